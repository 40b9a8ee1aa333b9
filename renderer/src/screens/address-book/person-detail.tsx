import { contactChannel, legalBasis } from '../../../../shared/domain/vocabulary';
import { LogEntryList } from '../../components/log-entry-list';
import { TagList, WarmthBadge } from '../../components/badges';
import { PhoneNumber } from '../../components/phone-number';
import { downloadBlob } from '../../download-blob';
import { formatShortDate } from '../../strings/dutch';
import { href } from '../../routing/use-route';
import { useLoadedNetwork } from '../../state/network-data';
import { strings } from '../../strings';
import { DetailHeader } from './detail-header';
import { NotFound } from './record-actions';
import { PersonRights } from './person-rights';
import { TieList } from './tie-list';
import { AffiliationHistory } from './affiliation-history';
import { personRhythmMonths } from '../../../../shared/analysis/due-visits';
import { departureOf, hasLeft } from '../../../../shared/domain/affiliation';

export function PersonDetail({ id }: { id: string }) {
  const { api, index } = useLoadedNetwork();
  const person = index.person.get(id);
  if (!person) return <NotFound backHref={href('adresboek', 'contactpersonen')} />;
  const affiliations = index.affiliationsOfPerson.get(id) ?? [];
  const departure = departureOf(affiliations);
  const rhythm = personRhythmMonths(person);
  const log = [...(index.logEntriesOfPerson.get(id) ?? [])].sort((left, right) => right.occurredOn.localeCompare(left.occurredOn));
  const text = strings.detail;
  return (
    <article className="detail" aria-labelledby="detail-title">
      <DetailHeader
        list="contactpersonen"
        id={id}
        title={person.name}
        eyebrow={
          departure
            ? text.departure.departedFrom(index.organisation.get(departure.organisationId)?.name ?? '', formatShortDate(departure.until ?? ''))
            : affiliations
                .filter((affiliation) => !hasLeft(affiliation))
                .map((affiliation) => [affiliation.role, index.organisation.get(affiliation.organisationId)?.name].filter(Boolean).join(' bij '))
                .join(' · ')
        }
        archivedAt={person.archivedAt}
        archive={() => api.person.archive({ id })}
        restore={() => api.person.restore({ id })}
      />
      <div className="detail-grid">
        <section className="card" aria-labelledby="contact-title">
          <h2 id="contact-title">{text.contact}</h2>
          <dl className="facts">
            {person.phones.map((phone) => (
              <div key={phone.number} className="fact-row">
                <dt>{`${text.phone} (${phone.label === 'prive' ? 'privé' : phone.label})`}</dt>
                <dd>
                  <PhoneNumber e164={phone.number} isMobile={phone.label === 'mobiel'} />
                </dd>
              </div>
            ))}
            {person.email && (
              <>
                <dt>{text.email}</dt>
                <dd>
                  <a href={`mailto:${person.email}`}>{person.email}</a>
                </dd>
              </>
            )}
            <dt>{text.preferredChannel}</dt>
            <dd>{person.preferredChannel ? contactChannel.labels[person.preferredChannel] : '–'}</dd>
            <dt>{text.warmth}</dt>
            <dd>
              <WarmthBadge warmth={person.brokerWarmth} />
            </dd>
            <dt>{text.rhythm}</dt>
            <dd>{rhythm === null ? text.noRhythm : person.visitEveryMonths !== null ? text.rhythmOwn(rhythm) : text.rhythmByWarmth(rhythm)}</dd>
            <dt>{text.legalBasis}</dt>
            <dd>{legalBasis.labels[person.legalBasis]}</dd>
          </dl>
          <TagList tags={person.expertiseTags} label={text.expertise} />
          {person.notes && <p className="description">{person.notes}</p>}
          <button
            type="button"
            className="button-secondary button-small no-print"
            onClick={() => void api.handover.vcards({ personIds: [id] }).then((result) => result.ok && downloadBlob(new Blob([result.value.text], { type: 'text/vcard' }), `${person.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.vcf`))}
          >
            {text.vcard}
          </button>
        </section>
        <section className="card" aria-labelledby="affiliations-title">
          <h2 id="affiliations-title">{text.affiliations}</h2>
          <AffiliationHistory personId={id} />
        </section>
        <section className="card" aria-labelledby="ties-title">
          <h2 id="ties-title">{text.ties}</h2>
          <TieList self={{ kind: 'person', id }} />
        </section>
        <section className="card" aria-labelledby="log-title">
          <h2 id="log-title">
            {text.log} <span className="count">{log.length}</span>
          </h2>
          {log.length === 0 ? (
            <p className="empty-note">{text.noLog}</p>
          ) : (
            <LogEntryList entries={log} showParticipants={false} />
          )}
        </section>
        <PersonRights id={id} name={person.name} />
      </div>
    </article>
  );
}
