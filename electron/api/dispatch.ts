import type { z } from 'zod';
import { apiContract, type ApiClient, type ApiHandlers } from '../../shared/contract/api';
import { buildClient } from '../../shared/contract/build-client';
import { describeIssues, issuesByField } from '../../shared/contract/describe-issues';
import type { MethodSpec } from '../../shared/contract/define-method';
import { AppError, type Result } from '../../shared/contract/result';
import { isBusyError } from '../database/open-sqlite3';
import { readOnlyMessage } from './method-policies';

type AnyHandler = (input: unknown) => Promise<unknown>;
type DynamicTable<Entry> = Record<string, Record<string, Entry> | undefined>;

/** Own properties only: "constructor" or "__proto__" must not resolve to anything. */
function own<Entry>(table: Record<string, Entry> | undefined, key: string): Entry | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The one entry point every front door (IPC, HTTP, CLI, tests) uses:
 * looks the method up in the contract, parses the input with its schema,
 * runs the handler and wraps the outcome in a result envelope. Bad input
 * never reaches a handler; unexpected errors never leak their details.
 */
export async function dispatch(handlers: ApiHandlers, namespace: string, method: string, input: unknown): Promise<Result<unknown>> {
  // The contract and handler tables are indexed by run-time strings here,
  // after which the schema check makes the input type-safe.
  const spec = own(own(apiContract as unknown as DynamicTable<MethodSpec<z.ZodType, unknown>>, namespace), method);
  const handler = own(own(handlers as unknown as DynamicTable<AnyHandler>, namespace), method);
  if (!spec || !handler) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Onbekende opdracht: ${namespace}.${method}.` } };
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: describeIssues(parsed.error.issues), fields: issuesByField(parsed.error.issues) } };
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, ...(error.field ? { fields: { [error.field]: error.message } } : {}) } };
    if (error instanceof Error && /SQLITE_READONLY/.test(error.message)) {
      // A file that became read-only while open (write protection set from outside); one opened read-only is refused earlier (method-policies).
      return { ok: false, error: { code: 'CONFLICT', message: readOnlyMessage } };
    }
    if (isBusyError(error)) {
      // Another program (a long import from the command line) holds the write lock beyond the 5 s a save waits.
      return { ok: false, error: { code: 'CONFLICT', message: 'Spinweb is elders nog bezig met schrijven (bijvoorbeeld een grote import); er is niets gewijzigd. Probeer het over een ogenblik opnieuw.' } };
    }
    console.error(`Spinweb: ${namespace}.${method} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Er ging iets mis bij het opslaan of ophalen; er is niets gewijzigd.' } };
  }
}

/**
 * A typed client over `dispatch`, for the CLI and tests (the renderer gets
 * the same shape from the preload bridge or the HTTP bridge).
 */
export function createLocalClient(handlers: ApiHandlers): ApiClient {
  return buildClient((namespace, method, input) => dispatch(handlers, namespace, method, input));
}
