import type { z } from 'zod';
import { describeIssues } from './describe-issues';
import { AppError } from './result';

/**
 * A file's text as JSON checked by `schema`, or an INVALID_INPUT error
 * naming the file (`name`, e.g. "Het overdrachtsbestand") and what is wrong.
 */
export function parseJsonText<Schema extends z.ZodType>(text: string, schema: Schema, name: string): z.output<Schema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${name} is geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `${name} klopt niet: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}
