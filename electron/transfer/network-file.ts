import { z } from 'zod';
import { tablesInDependencyOrder, type TableName } from '../database/schema';

/** A whole network as one JSON document: every table, ids and history included. */
export const networkFileFormat = 'spinweb-network';

const cell = z.union([z.string(), z.number(), z.null()]);
const tableRows = z.array(z.record(z.string(), cell));

export const networkFile = z
  .object({
    format: z.literal(networkFileFormat, { error: `Dit is geen Spinweb-netwerkbestand (format moet "${networkFileFormat}" zijn).` }),
    schemaVersion: z.number().int().min(1),
    tables: z
      .object(Object.fromEntries(tablesInDependencyOrder.map((table) => [table, tableRows])) as Record<TableName, typeof tableRows>)
      .strict(),
  })
  .strict();

export type NetworkFile = z.output<typeof networkFile>;
