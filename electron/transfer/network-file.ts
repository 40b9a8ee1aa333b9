import { z } from 'zod';
import { tablesInDependencyOrder, type TableName } from '../database/schema';

/** A whole network as one JSON document: every table, ids and history included. */
export const networkFileFormat = 'spinweb-network';

const cell = z.union([z.string(), z.number(), z.null()]);
const tableRows = z.array(z.record(z.string(), cell));

/**
 * The file as written at its own schema version: a file from before an
 * update lacks the tables added since, which reading it in adds
 * (`parseNetworkFile`); a table unknown to this version is an error.
 */
export const networkFileAsWritten = z
  .object({
    format: z.literal(networkFileFormat, { error: `Dit is geen Spinweb-netwerkbestand (format moet "${networkFileFormat}" zijn).` }),
    schemaVersion: z.number().int().min(1),
    tables: z
      .object(Object.fromEntries(tablesInDependencyOrder.map((table) => [table, tableRows.optional()])) as Record<TableName, z.ZodOptional<typeof tableRows>>)
      .strict(),
  })
  .strict();

export type NetworkFileAsWritten = z.output<typeof networkFileAsWritten>;

/** A network file at this version: every table present. */
export type NetworkFile = Omit<z.output<typeof networkFileAsWritten>, 'tables'> & { tables: Record<TableName, z.output<typeof tableRows>> };
