import { organisationStatus } from '../../../../shared/domain/vocabulary';
import { TagList, WarmthBadge } from '../../components/badges';
import { PhoneNumber } from '../../components/phone-number';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { labelsOf } from '../../components/options';
import { mainPhone } from './person-list';
import { DetailHeader } from './detail-header';
import { NotFound } from './record-actions';
import { TieList } from './tie-list';
import { ListingCheckPanel, VerifiedOn } from '../../components/listing-check';

export function OrganisationDetail({ id }: { id: string }) {
  const { api, index } = useLoadedNetwork();
  const organisation = index.organisation.get(id);
  if (!organisation) return <NotFound backHref={href('adresboek', 'organisaties')} />;
  const people = (index.affiliationsOfOrganisation.get(id) ?? [])
    .flatMap((affiliation) => {
      const person = index.person.get(affiliation.personId);
      return person && person.archivedAt === null ? [{ affiliation, person }] : [];
    });
  const offers = (index.offersOfOrganisation.get(id) ?? []).filter((offer) => offer.archivedAt === null);
  const text = strings.detail;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHeader
        list="organisaties"
        id={id}
        title={organisation.name}
        eyebrow={index.term.get(organisation.kindId)?.label}
        status={organisation.status !== 'actief' ? organisationStatus.labels[organisation.status] : null}
        archivedAt={organisation.archivedAt}
        archive={() => api.organisation.archive({ id })}
        restore={() => api.organisation.restore({ id })}
      >
        <a className="button-secondary" href={`${href('adresboek', 'contactpersonen', 'nieuw')}?organisatie=${encodeURIComponent(id)}`}>
          {text.addPerson}
        </a>
        <a className="button-secondary" href={`${href('adresboek', 'aanbod', 'nieuw')}?organisatie=${encodeURIComponent(id)}`}>
          {text.addOffer}
        </a>
      </DetailHeader>
      <div className="detail-grid">
        <section className="card" aria-labelledby="contact-title">
          <h2 id="contact-title">{text.contact}</h2>
          <dl className="facts">
            {(organisation.address || organisation.postcode) && (
              <>
                <dt>{text.address}</dt>
                <dd>{[organisation.address, [organisation.postcode, organisation.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</dd>
              </>
            )}
            {organisation.phone && (
              <>
                <dt>{text.phone}</dt>
                <dd>
                  <PhoneNumber e164={organisation.phone} isMobile={organisation.phone.startsWith('+316')} />
                </dd>
              </>
            )}
            {organisation.email && (
              <>
                <dt>{text.email}</dt>
                <dd>
                  <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
                </dd>
              </>
            )}
            {organisation.website && (
              <>
                <dt>{text.website}</dt>
                <dd>
                  <a href={organisation.website} rel="noreferrer">
                    {organisation.website.replace(/^https?:\/\//, '')}
                  </a>
                </dd>
              </>
            )}
            <dt>{text.neighbourhoods}</dt>
            <dd>{labelsOf(organisation.neighbourhoodIds, index.neighbourhood) || '–'}</dd>
            <dt>{text.verified}</dt>
            <dd>
              <VerifiedOn verifiedOn={organisation.verifiedOn} />
            </dd>
          </dl>
          {organisation.description && <p className="description">{organisation.description}</p>}
          <TagList tags={organisation.tags} label={text.tags} />
          <TagList tags={organisation.facilities} label={text.facilities} />
        </section>
        {organisation.archivedAt === null && <ListingCheckPanel organisationId={id} />}
        <section className="card" aria-labelledby="people-title">
          <h2 id="people-title">
            {text.people} <span className="count">{people.length}</span>
          </h2>
          {people.length === 0 ? (
            <p className="empty-note">{text.noPeople}</p>
          ) : (
            <ul className="people-list">
              {people.map(({ affiliation, person }) => {
                const phone = mainPhone(person);
                return (
                  <li key={affiliation.id}>
                    <div>
                      <a href={href('adresboek', 'contactpersonen', person.id)}>{person.name}</a>
                      <span className="muted"> · {affiliation.role}</span> <WarmthBadge warmth={person.brokerWarmth} />
                    </div>
                    {phone && <PhoneNumber e164={phone.number} isMobile={phone.label === 'mobiel'} />}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="offers-title">
          <h2 id="offers-title">
            {text.offers} <span className="count">{offers.length}</span>
          </h2>
          {offers.length === 0 ? (
            <p className="empty-note">{text.noOffers}</p>
          ) : (
            <ul className="plain-list">
              {offers.map((offer) => (
                <li key={offer.id}>
                  <a href={href('adresboek', 'aanbod', offer.id)}>{offer.title}</a>
                  <span className="muted"> · {labelsOf(offer.themeIds, index.term)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="ties-title">
          <h2 id="ties-title">{text.ties}</h2>
          <TieList self={{ kind: 'organisation', id }} />
        </section>
      </div>
    </article>
  );
}
