import type { z } from 'zod';

/**
 * Turns zod issues into one Dutch sentence per problem, naming the field:
 * `phones.0.number: Ongeldig telefoonnummer: "12".`
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join(' ');
}

/** The first problem per field path (`phones.0.number`), so a form can show it next to the field. */
export function issuesByField(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (path !== '' && !(path in fields)) fields[path] = issue.message;
  }
  return fields;
}
