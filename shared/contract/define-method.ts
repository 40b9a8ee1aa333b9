import type { z } from 'zod';

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
}

export function query<Input extends z.ZodType, Output>(input: Input): MethodSpec<Input, Output> {
  return { input, readOnly: true };
}

export function mutation<Input extends z.ZodType, Output>(input: Input): MethodSpec<Input, Output> {
  return { input, readOnly: false };
}
