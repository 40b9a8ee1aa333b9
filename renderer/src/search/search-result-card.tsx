import { preferredPhone, type Person } from '../../../shared/domain/person';
import type { Organisation } from '../../../shared/domain/organisation';
import { contactChannel } from '../../../shared/domain/vocabulary';
import { hasLeft } from '../../../shared/domain/affiliation';
import type { SearchResult } from '../../../shared/search/search-engine';
import { WarmthBadge } from '../components/badges';
import { PhoneNumber } from '../components/phone-number';
import { href } from '../routing/use-route';
import { useLoadedNetwork, type NetworkIndex } from '../state/network-data';
import { strings } from '../strings';

const listOf = { person: 'contactpersonen', organisation: 'organisaties', offer: 'aanbod' } as const;

/** Where a result's record is: its page in the Adresboek, or an uitvraag's own page. */
export function recordHref(document: Pick<SearchResult['document'], 'kind' | 'id'>): string {
  return document.kind === 'request' ? href('uitvragen', document.id) : href('adresboek', listOf[document.kind], document.id);
}
const warmthOrder = { warm: 0, lauw: 1, koud: 3 } as const;

/**
 * The person to call for a result: the person (or, when they left, their
 * successor), the offer's contact (its successor too, in the document), or
 * the warmest person still working at an organisation.
 */
export function personToCall(result: SearchResult, index: NetworkIndex): Person | undefined {
  const document = result.document;
  if (document.kind === 'person' && !document.departed) return index.person.get(document.id);
  if (document.kind !== 'organisation') return document.contactPersonId ? index.person.get(document.contactPersonId) : undefined;
  return peopleByWarmth(document.id, index)[0];
}

export function peopleByWarmth(organisationId: string, index: NetworkIndex): Person[] {
  return (index.affiliationsOfOrganisation.get(organisationId) ?? [])
    .filter((affiliation) => !hasLeft(affiliation))
    .map((affiliation) => index.person.get(affiliation.personId))
    .filter((person): person is Person => person !== undefined && person.archivedAt === null)
    .sort((left, right) => (left.brokerWarmth ? warmthOrder[left.brokerWarmth] : 2) - (right.brokerWarmth ? warmthOrder[right.brokerWarmth] : 2));
}


export interface NumberToCall {
  e164: string;
  isMobile: boolean;
  /** Whose number it is, for the toast: a person's name, or the organisation's for its general number. */
  whose: string;
  /** An organisation's general number, because no person to call has one: the card says so. */
  general: boolean;
}

/** The organisations whose general number stands in for a result without a person's number: the offer's, or where the person works. */
function organisationsOf(result: SearchResult, index: NetworkIndex): Organisation[] {
  const document = result.document;
  const ids =
    document.kind === 'organisation'
      ? [document.id]
      : document.kind === 'offer'
        ? [index.offer.get(document.id)?.organisationId ?? '']
        : document.kind === 'person' && !document.departed
          ? (index.affiliationsOfPerson.get(document.id) ?? []).filter((affiliation) => !hasLeft(affiliation)).map((affiliation) => affiliation.organisationId)
          : [];
  return ids.map((id) => index.organisation.get(id)).filter((organisation): organisation is Organisation => organisation !== undefined);
}

/**
 * The number shown first on a result card, which is also the one Enter
 * copies: the person to call (the person, the offer's contact, or the first
 * of an organisation's people who has a number); only without one, the
 * general number of the organisation (the offer's, or where the person
 * works), which the card then shows too.
 */
export function numberToCall(result: SearchResult, index: NetworkIndex): NumberToCall | null {
  const document = result.document;
  const people = document.kind === 'organisation' ? peopleByWarmth(document.id, index).slice(0, 3) : [personToCall(result, index)].filter((person): person is Person => person !== undefined);
  for (const person of people) {
    const phone = preferredPhone(person);
    if (phone) return { e164: phone.number, isMobile: phone.label === 'mobiel', whose: person.name, general: false };
  }
  const organisation = organisationsOf(result, index).find((candidate) => candidate.phone);
  return organisation?.phone ? { e164: organisation.phone, isMobile: false, whose: organisation.name, general: true } : null;
}

function Phone({ person }: { person: Person }) {
  const phone = preferredPhone(person);
  return phone ? <PhoneNumber e164={phone.number} isMobile={phone.label === 'mobiel'} whose={person.name} /> : <span className="muted">{strings.search.noNumber}</span>;
}

/** A result is the action: the number to call is right there. */
export function SearchResultCard({ result, active, onLog }: { result: SearchResult; active: boolean; onLog: (person: Person) => void }) {
  const { index } = useLoadedNetwork();
  const document = result.document;
  const caller = personToCall(result, index);
  const person = document.kind === 'person' ? index.person.get(document.id) : undefined;
  const toCall = numberToCall(result, index);
  // No person with a number: the general number is shown, as it is the one Enter copies.
  const general = toCall?.general ? toCall : null;
  return (
    <li className={`result-card${active ? ' is-active' : ''}${document.archived ? ' is-archived' : ''}`} aria-current={active ? 'true' : undefined}>
      <div className="result-main">
        <p className="result-title">
          <span className={`kind-badge kind-${document.kind}`}>{strings.search.kinds[document.kind]}</span>{' '}
          <a href={recordHref(document)}>{document.label}</a>
          {document.kind === 'person' && <> <WarmthBadge warmth={document.warmth} /></>}
        </p>
        {document.detail && <p className="result-detail">{document.detail}</p>}
        <p className="result-why">{result.why}</p>
      </div>
      <div className="result-actions">
        {person && document.departed && (
          <>
            <span className="muted">{caller ? strings.search.callSuccessor : strings.search.departedNoSuccessor}</span>
            {caller && (
              <span>
                <a href={href('adresboek', 'contactpersonen', caller.id)}>{caller.name}</a> <Phone person={caller} />
              </span>
            )}
          </>
        )}
        {person && !document.departed && (
          <>
            <Phone person={person} />
            {person.email && <a href={`mailto:${person.email}`}>{person.email}</a>}
            {person.preferredChannel && <span className="muted">voorkeur: {contactChannel.labels[person.preferredChannel]}</span>}
          </>
        )}
        {document.kind === 'offer' && caller && (
          <>
            <span className="muted">{strings.search.call}</span>
            <span>
              <a href={href('adresboek', 'contactpersonen', caller.id)}>{caller.name}</a> <Phone person={caller} />
            </span>
          </>
        )}
        {document.kind === 'organisation' && (
          <ul className="result-people" aria-label={strings.search.people}>
            {peopleByWarmth(document.id, index)
              .slice(0, 3)
              .map((member) => (
                <li key={member.id}>
                  <a href={href('adresboek', 'contactpersonen', member.id)}>{member.name}</a> <WarmthBadge warmth={member.brokerWarmth} /> <Phone person={member} />
                </li>
              ))}
          </ul>
        )}
        {general && (
          <span>
            <span className="muted">{strings.search.generalNumber(general.whose)}</span> <PhoneNumber e164={general.e164} isMobile={false} whose={general.whose} />
          </span>
        )}
        {caller && (
          <button type="button" className="button-secondary button-small" onClick={() => onLog(caller)}>
            {strings.search.logCall(caller.name)}
          </button>
        )}
      </div>
    </li>
  );
}
