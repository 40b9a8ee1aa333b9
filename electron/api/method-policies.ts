import { formatDate } from '../../shared/dates/format-date';
import type { z } from 'zod';
import { apiContract, type ApiHandlers } from '../../shared/contract/api';
import type { CasusAccess, MethodSpec } from '../../shared/contract/define-method';
import { countOf } from '../../shared/text/plural';
import { AppError } from '../../shared/contract/result';
import { logAccess } from '../services/access-log';
import type { ServiceContext } from '../services/service-context';

type AnyHandler = (input: unknown) => Promise<unknown>;
type DynamicTable<Entry> = Record<string, Record<string, Entry>>;

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** The casus a read was about, when it was about one: a casus itself, or a match or follow-up of it. */
function casusIdOf(namespace: string, input: unknown, output: unknown): string | null {
  const casusId = field(output, 'casusId');
  if (typeof casusId === 'string') return casusId;
  const id = namespace === 'casus' ? (field(output, 'id') ?? field(input, 'id')) : undefined;
  return typeof id === 'string' ? id : null;
}

/** `C-2026-014` for one casus, `40 casussen` for a list, `rapportage 1 januari 2026 t/m 31 december 2026` for a period. */
function detailOf(access: CasusAccess, input: unknown, output: unknown): string {
  const code = field(output, 'code');
  if (typeof code === 'string') return code;
  if (Array.isArray(output)) return countOf(output.length, access.one, access.many ?? access.one);
  const [from, to] = [field(input, 'from'), field(input, 'to')];
  return typeof from === 'string' && typeof to === 'string' ? `${access.one} ${formatDate(from)} t/m ${formatDate(to)}` : access.one;
}

/** Refused before it starts: the message names why, and nothing was touched. */
export const readOnlyMessage = 'Het netwerk is alleen-lezen geopend (het bestand is beschadigd of schrijfbeveiligd): bekijken en exporteren kan, wijzigen niet. Er is niets gewijzigd.';

/** The casus access log after a read of casus data. A list that came back empty showed no casus data and is not logged. */
async function logCasusAccess(context: ServiceContext, access: CasusAccess, namespace: string, input: unknown, output: unknown): Promise<void> {
  if (access.action === 'list' && Array.isArray(output) && output.length === 0) return;
  await logAccess(context, access.action, casusIdOf(namespace, input, output), detailOf(access, input, output)).catch((error: unknown) => {
    // A network opened read-only to rescue it (damaged or write-protected) cannot take a log entry; the broker may still read her own data.
    if (!(error instanceof Error && /SQLITE_READONLY/.test(error.message))) throw error;
  });
}

/**
 * What the contract's marks on a method mean, applied to every handler for
 * every door alike (the app, browser mode and the CLI build their handlers
 * here), so no handler can forget them:
 * - a method that is not `readOnly` is refused on a network opened to read
 *   only, before it starts;
 * - a method marked `casusAccess` writes the access log after it answers.
 */
export function withMethodPolicies(handlers: ApiHandlers, context: ServiceContext): ApiHandlers {
  const contract = apiContract as unknown as DynamicTable<MethodSpec<z.ZodType, unknown>>;
  const table = handlers as unknown as DynamicTable<AnyHandler>;
  for (const [namespace, methods] of Object.entries(contract)) {
    for (const [method, spec] of Object.entries(methods)) {
      const methodsOf = table[namespace];
      const handler = methodsOf?.[method];
      if (!methodsOf || !handler) continue;
      const { casusAccess: access, readOnly } = spec;
      methodsOf[method] = async (input) => {
        if (!readOnly && context.readOnly) throw new AppError('CONFLICT', readOnlyMessage);
        const output = await handler(input);
        if (access) await logCasusAccess(context, access, namespace, input, output);
        return output;
      };
    }
  }
  return handlers;
}
