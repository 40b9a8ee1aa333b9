import { accessibility, language, offerAccess, offerStatus, timeOfDay } from '../../../../shared/domain/vocabulary';
import { describeWhen } from '../../../../shared/domain/offer';
import { PhoneNumber } from '../../components/phone-number';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { labelsOf } from '../../components/options';
import { mainPhone } from './person-list';
import { DetailHeader } from './detail-header';
import { NotFound } from './record-actions';
import { VerifiedOn } from '../../components/listing-check';

export function OfferDetail({ id }: { id: string }) {
  const { api, index } = useLoadedNetwork();
  const offer = index.offer.get(id);
  if (!offer) return <NotFound backHref={href('adresboek', 'aanbod')} />;
  const organisation = index.organisation.get(offer.organisationId);
  const contact = offer.contactPersonId ? index.person.get(offer.contactPersonId) : undefined;
  const phone = contact && mainPhone(contact);
  const text = strings.detail;
  const form = strings.form.offer;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHeader
        list="aanbod"
        id={id}
        title={offer.title}
        eyebrow={<a href={href('adresboek', 'organisaties', offer.organisationId)}>{organisation?.name}</a>}
        status={offer.status !== 'actief' ? offerStatus.labels[offer.status] : null}
        archivedAt={offer.archivedAt}
        archive={() => api.offer.archive({ id })}
        restore={() => api.offer.restore({ id })}
      >
        <a className="button-secondary" href={href('adresboek', 'aanbod', id, 'blad')}>
          {strings.addressBook.sheetLink}
        </a>
      </DetailHeader>
      <div className="detail-grid">
        <section className="card" aria-labelledby="offer-title">
          <h2 id="offer-title">{text.description}</h2>
          {offer.description && <p className="description">{offer.description}</p>}
          <dl className="facts">
            <dt>{form.themes}</dt>
            <dd>{labelsOf(offer.themeIds, index.term) || '–'}</dd>
            <dt>{form.targetGroups}</dt>
            <dd>{labelsOf(offer.targetGroupIds, index.term) || '–'}</dd>
            <dt>{form.lifeDomains}</dt>
            <dd>{labelsOf(offer.lifeDomainIds, index.term) || '–'}</dd>
            <dt>{form.pgDimensions}</dt>
            <dd>{labelsOf(offer.pgDimensionIds, index.term) || '–'}</dd>
            <dt>{form.neighbourhoods}</dt>
            <dd>{labelsOf(offer.neighbourhoodIds, index.neighbourhood) || '–'}</dd>
            <dt>{text.schedule}</dt>
            <dd>{[describeWhen(offer), offer.timesOfDay.map((time) => timeOfDay.labels[time]).join(', ')].filter(Boolean).join(' · ') || '–'}</dd>
            <dt>{text.location}</dt>
            <dd>{offer.location || '–'}</dd>
            <dt>{text.cost}</dt>
            <dd>{offer.cost || (offer.isFree ? 'gratis' : '–')}</dd>
            <dt>{form.access}</dt>
            <dd>{offerAccess.labels[offer.access]}</dd>
            {(offer.capacity !== null || offer.hasWaitingList) && (
              <>
                <dt>{text.capacity}</dt>
                <dd>{[offer.capacity === null ? '' : String(offer.capacity), offer.hasWaitingList ? text.waitingList : ''].filter(Boolean).join(' · ')}</dd>
              </>
            )}
            <dt>{form.languages}</dt>
            <dd>{[...offer.languages.map((code) => language.labels[code]), ...(offer.forLanguageLearners ? [text.forLanguageLearners] : [])].join(', ') || '–'}</dd>
            <dt>{form.accessibility}</dt>
            <dd>{offer.accessibility.map((code) => accessibility.labels[code]).join(', ') || '–'}</dd>
            <dt>{text.verified}</dt>
            <dd>
              <VerifiedOn verifiedOn={offer.verifiedOn} />
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="contact-person-title">
          <h2 id="contact-person-title">{text.contactPerson}</h2>
          {contact ? (
            <p>
              <a href={href('adresboek', 'contactpersonen', contact.id)}>{contact.name}</a> {phone && <PhoneNumber e164={phone.number} isMobile={phone.label === 'mobiel'} />}
            </p>
          ) : (
            <p className="empty-note">{text.noContactPerson}</p>
          )}
        </section>
      </div>
    </article>
  );
}
