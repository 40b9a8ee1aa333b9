import { formatDate } from '../dates/format-date';
import type { DropOutStatus } from '../domain/casus';
import { dropOutReason, handoverResult } from '../domain/vocabulary';

export interface FeedbackFacts {
  code: string;
  matches: { offerTitle: string | null; organisationName: string | null; handoverOn: string | null; result: 'gestart' | 'niet_gestart' | 'gestopt' | null }[];
  unmetNeed: boolean;
  /** Ended before the resident took part, with the reason: the referrer may need to pick it up again. */
  droppedOut?: { status: DropOutStatus; reason: (typeof dropOutReason.codes)[number] | null } | undefined;
  /** The latest answer at about 3 or 6 months: what the referrer most wants to hear later on. */
  lastContact?: { moment: 'drie_maanden' | 'zes_maanden'; stillParticipating: boolean } | undefined;
}

const afterMonths = { drie_maanden: 'Na 3 maanden', zes_maanden: 'Na 6 maanden' } as const;

const droppedOutText: Record<DropOutStatus, string> = {
  niet_bereikt: 'ik heb de bewoner helaas niet kunnen bereiken',
  afgezien: 'de bewoner heeft besloten er (voorlopig) van af te zien',
  niet_passend: 'de vraag past niet bij Welzijn op Recept',
};

/**
 * The short message to the referrer: the casus code, what it was linked to
 * and how it went. Deliberately nothing about the resident beyond the code:
 * the referrer knows who it is.
 */
export function feedbackText(facts: FeedbackFacts): string {
  if (facts.droppedOut) {
    const { status, reason } = facts.droppedOut;
    return `Casus ${facts.code}: ${droppedOutText[status]}${reason && reason !== 'anders' ? ` (${dropOutReason.labels[reason]})` : ''}. Wilt u het weer oppakken met de bewoner?`;
  }
  if (facts.unmetNeed) return `Casus ${facts.code}: helaas geen passend aanbod gevonden. Ik heb dit als hiaat in het aanbod vastgelegd.`;
  if (facts.matches.length === 0) return `Casus ${facts.code}: ik ben ermee bezig en laat weten zodra er een koppeling is.`;
  const parts = facts.matches.map((match) => {
    const what = [match.offerTitle, match.organisationName].filter(Boolean).join(' van ') || 'een contactpersoon';
    const how = match.result === null ? (match.handoverOn ? `, warm overgedragen op ${formatDate(match.handoverOn)}` : '') : `, ${handoverResult.labels[match.result]}${match.handoverOn ? ` (overgedragen op ${formatDate(match.handoverOn)})` : ''}`;
    return `${what}${how}`;
  });
  const later = facts.lastContact ? ` ${afterMonths[facts.lastContact.moment]} ${facts.lastContact.stillParticipating ? 'doet de bewoner nog mee' : 'is de bewoner gestopt'}.` : '';
  return `Casus ${facts.code}: gekoppeld aan ${parts.join('; en aan ')}.${later}`;
}
