import { sql } from 'kysely';
import { AppError } from '../../shared/contract/result';
import { taxonomyLabels } from '../../shared/taxonomies/taxonomy';
import { definitionOfTable } from '../../shared/domain/entity-registry';
import type { Executor } from '../changes/row-access';
import type { Reference } from '../repositories/entity-repository';

const idsPerQuery = 5_000;

/**
 * Checks that every id a record points at exists (and, for taxonomy terms,
 * belongs to the right list), so the error names the field instead of
 * surfacing as a bare foreign-key failure.
 */
export async function checkReferences(executor: Executor, references: readonly Reference[]): Promise<void> {
  for (const reference of references) {
    const ids = [...new Set(reference.ids.filter((id): id is string => id !== null))];
    if (ids.length === 0) continue;
    const found = new Map<string, { id: string; taxonomy: string | null; label: string | null }>();
    // In batches: SQLite takes at most 32,766 variables in one statement, and an import of a large sheet has more ids.
    for (let start = 0; start < ids.length; start += idsPerQuery) {
      const { rows } = await sql<{ id: string; taxonomy: string | null; label: string | null }>`
        select id, ${reference.table === 'taxonomy_term' ? sql`taxonomy, label` : sql`null as taxonomy, null as label`}
        from ${sql.table(reference.table)} where id in (${sql.join(ids.slice(start, start + idsPerQuery))})`.execute(executor);
      for (const row of rows) found.set(row.id, row);
    }
    for (const id of ids) {
      const row = found.get(id);
      if (!row) throw new AppError('INVALID_INPUT', `${reference.field}: onbekende ${definitionOfTable(reference.table)?.label ?? reference.table} "${id}".`);
      if (reference.taxonomy && row.taxonomy !== reference.taxonomy) {
        throw new AppError('INVALID_INPUT', `${reference.field}: "${row.label}" hoort niet bij de lijst ${taxonomyLabels[reference.taxonomy]}.`);
      }
    }
  }
}
