import { z } from 'zod';
import { tieKind, warmth } from './vocabulary';
import { isoDate, longText, recordId } from './primitives';
import type { RecordMeta } from './record';

/** One end of a tie: a person or an organisation. */
export const tieEnd = z.object({
  kind: z.enum(['person', 'organisation'], { error: 'Een verbinding loopt tussen personen en/of organisaties.' }),
  id: recordId,
});
export type TieEnd = z.output<typeof tieEnd>;

export const tieFields = z.object({
  from: tieEnd,
  to: tieEnd,
  kind: tieKind.schema,
  warmth: warmth.schema,
  since: isoDate.nullable(),
  sourceLogEntryId: recordId.nullable(),
  note: longText,
});
export type TieFields = z.output<typeof tieFields>;
export type Tie = TieFields & RecordMeta;

export const tieCreate = tieFields.partial().required({ from: true, to: true, kind: true }).strict();
export const tiePatch = tieFields.omit({ from: true, to: true }).partial().strict();
export const tieDefaults: Omit<TieFields, 'from' | 'to' | 'kind'> = { warmth: 'lauw', since: null, sourceLogEntryId: null, note: '' };

export function tieProblems(tie: TieFields): string[] {
  if (tie.from.kind === tie.to.kind && tie.from.id === tie.to.id) return ['Een verbinding moet tussen twee verschillende partijen lopen.'];
  return [];
}
