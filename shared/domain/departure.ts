import { z } from 'zod';
import { isoDate, recordId, shortText } from './primitives';

/**
 * Someone left an organisation: the role ends on `leftOn`, and with a
 * successor, what ran through them there moves to the successor in the same
 * change: the offers they were the contact of, their open afspraken and
 * planned introductions, and the casus handovers still waiting for a result.
 * The ties she chose to carry over are made for the successor (lauw: a new
 * person is not yet a warm contact). Where the person went, if she knows,
 * becomes their new role, so they stay in her network. One undo takes it all
 * back.
 */
export const departure = z
  .object({
    affiliationId: recordId,
    leftOn: isoDate,
    successorPersonId: recordId.nullable(),
    /** Ties of the person who left that the successor takes over (with the same party at the other end). */
    carryTieIds: z.array(recordId).max(200, { error: 'Hoogstens 200 verbindingen per keer.' }),
    /** Where the person went, when she knows: a role at another organisation from that day, so she keeps them. */
    newRole: z.object({ organisationId: recordId, role: shortText }).strict().nullable().default(null),
  })
  .strict();
export type Departure = z.output<typeof departure>;

/** What a departure moves to the successor, counted; the same shape before (the plan) and after. */
export interface DepartureMoves {
  offers: number;
  afspraken: number;
  introductions: number;
  casusMatches: number;
}

/** What the broker sees before she confirms: what moves, and the ties she may carry over. */
export interface DeparturePlan {
  moves: DepartureMoves;
  /** The person's ties, warmest first: each one she may have the successor take over. */
  ties: { tieId: string; other: { kind: 'person' | 'organisation'; id: string }; otherName: string; kind: string; warmth: 'warm' | 'lauw' | 'koud' }[];
}

export interface DepartureOutcome {
  moves: DepartureMoves;
  /** Ties made for the successor. */
  tieIds: string[];
  /** The successor's role at the organisation, made when they had none there. */
  successorAffiliationId: string | null;
  /** The person's role at the organisation they went to. */
  newAffiliationId: string | null;
}
