import type { Executor } from './row-access';
import { ChangeRecorder, type ChangeDescription } from './change-recorder';
import type { Kysely } from 'kysely';
import type { Schema } from '../database/schema';

export interface ChangeOutcome<Result> {
  result: Result;
  /** Null when the work changed nothing (then nothing is logged). */
  changeSetId: number | null;
}

/**
 * Runs `work` in one transaction and logs everything it wrote as one change
 * set. If `work` throws, the transaction rolls back and nothing is logged.
 */
export async function runChange<Result>(
  db: Kysely<Schema>,
  at: string,
  description: ChangeDescription | ((result: Result) => ChangeDescription),
  work: (recorder: ChangeRecorder) => Promise<Result>,
  afterLogged?: (trx: Executor, changeSetId: number) => Promise<void>,
): Promise<ChangeOutcome<Result>> {
  return db.transaction().execute(async (trx) => {
    const recorder = new ChangeRecorder(trx, at);
    const result = await work(recorder);
    const changeSetId = await recorder.finish(typeof description === 'function' ? description(result) : description);
    if (changeSetId === null) return { result, changeSetId };
    await afterLogged?.(trx, changeSetId);
    return { result, changeSetId };
  });
}
