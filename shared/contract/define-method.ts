import type { z } from 'zod';
import type { AccessLogEntry } from '../domain/access-log';

/**
 * A method that reads casus data: every call through any door (app, browser,
 * CLI) is written to the access log with this action and what was read, in
 * Dutch (`one` and `many` for a count: "1 casus", "40 casussen").
 */
export interface CasusAccess {
  action: AccessLogEntry['action'];
  one: string;
  many?: string;
}

/**
 * One API method: the schema its input is parsed with at the boundary, and
 * (as a type only) what it returns.
 */
export interface MethodSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Phantom field: carries the output type, never set at runtime. */
  output?: Output;
  /** Reads never change data; the transport may retry them. */
  readOnly: boolean;
  /** Set when the method reads casus data: the access log policy applies. */
  casusAccess?: CasusAccess;
}

export function query<Input extends z.ZodType, Output>(input: Input, casusAccess?: CasusAccess): MethodSpec<Input, Output> {
  return { input, readOnly: true, ...(casusAccess ? { casusAccess } : {}) };
}

export function mutation<Input extends z.ZodType, Output>(input: Input): MethodSpec<Input, Output> {
  return { input, readOnly: false };
}
