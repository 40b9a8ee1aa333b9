/**
 * A value the code's own logic guarantees (a key set a line before, an index
 * within bounds, a record the demo builder just made), checked: when the
 * guarantee breaks, the error names what was missing instead of `undefined`
 * travelling on. Used where a non-null assertion (`!`) would only hide it.
 */
export function present<Value>(value: Value | null | undefined, what: string): Value {
  if (value === undefined || value === null) throw new Error(`Missing: ${what}`);
  return value;
}
