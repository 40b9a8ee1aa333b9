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
