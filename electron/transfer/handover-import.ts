import { present } from '../../shared/invariants/present';
import { AppError } from '../../shared/contract/result';
import type { HandoverBundle } from '../../shared/transfer/handover-bundle';
import { bundleDefinitions, type BundleCollection } from '../../shared/domain/entity-registry';
import { runChange } from '../changes/run-change';
import { entityServices } from '../services/entity-services';
import { applyErasures } from '../services/erase-in-copies';
import { readLedger } from '../database/erasure-ledger';
import { loadNetwork } from '../services/load-network';
import type { ServiceContext } from '../services/service-context';
import { countOf } from '../../shared/text/plural';

type Kind = BundleCollection;
/** The kinds in a bundle, in the order they are read in: what others point at comes first. */
const kinds: readonly Kind[] = bundleDefinitions.map((definition) => definition.collection);
const definitionOf = new Map(bundleDefinitions.map((definition) => [definition.collection, definition]));
const definitionOfKind = (kind: Kind) => present(definitionOf.get(kind), `the registry entry of ${kind}`);
const serviceOf = (kind: Kind) => entityServices[definitionOfKind(kind).kind];

type AnyRecord = { id: string; createdAt: string; updatedAt: string; archivedAt: string | null } & Record<string, unknown>;

/** What a bundle does to the receiver's network: shown before, reported after. */
export interface BundlePreview {
  neighbourhood: string | null;
  casussenIncluded: boolean;
  added: Record<Kind, number>;
  /** Records the receiver already had, found by id or (entered separately) by name and number. */
  matched: { kind: Kind; name: string; how: 'zelfde id' | 'zelfde naam' | 'zelfde naam en nummer' }[];
  /** Same record, changed later in the bundle: taken over. */
  updated: { kind: Kind; name: string; fields: string[] }[];
  /** Same record, changed later by the receiver: the receiver's stays, and says so. */
  left: { kind: Kind; name: string; fields: string[] }[];
  changeSetId: number | null;
}

const nameOf = (record: AnyRecord) => [record.name, record.title, record.label, record.code, record.occurredOn, record.id].find((value): value is string => typeof value === 'string') ?? '?';
const fieldsOf = ({ id: _id, createdAt: _created, updatedAt: _updated, archivedAt: _archived, ...fields }: AnyRecord) => fields;
const differing = (left: AnyRecord, right: AnyRecord) => {
  const a = fieldsOf(left);
  const b = fieldsOf(right);
  return Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
};

/**
 * Merges a handover bundle into the receiver's network as one change set
 * (one undo). Records are recognised by id, or, when entered separately,
 * by name (and for people a shared number or e-mail address); their
 * relations are pointed at the receiver's record. A record both sides
 * changed keeps the most recent version, and the preview shows which.
 * Nothing the receiver has is deleted.
 */
export async function importBundle(context: ServiceContext, bundle: HandoverBundle, options: { dryRun: boolean }): Promise<BundlePreview> {
  const receiver = await loadNetwork(context);
  const casussen = await entityServices.casus.list(context, { includeArchived: true });
  const existing: Record<Kind, readonly AnyRecord[]> = { ...receiver, casussen };
  const idMap = new Map<string, string>();
  const preview: BundlePreview = { neighbourhood: bundle.wijk, casussenIncluded: bundle.casussenIncluded, added: Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<Kind, number>, matched: [], updated: [], left: [], changeSetId: null };
  const toAdd = Object.fromEntries(kinds.map((kind) => [kind, [] as AnyRecord[]])) as Record<Kind, AnyRecord[]>;
  const toUpdate: { kind: Kind; id: string; patch: Record<string, unknown> }[] = [];
  const mappedId = (id: string) => idMap.get(id) ?? id;
  const mapped = (id: string | null) => (id === null ? null : mappedId(id));
  const mapEnd = (end: { kind: string; id: string }) => ({ ...end, id: mappedId(end.id) });

  /** Relations point at the receiver's records: every reference the registry names for the kind. */
  const remap = (kind: Kind, record: AnyRecord): AnyRecord => {
    const copy: Record<string, unknown> = { ...record };
    for (const reference of definitionOfKind(kind).references) {
      const value = copy[reference.field];
      if ('end' in reference) copy[reference.field] = mapEnd(value as { kind: string; id: string });
      else if (reference.many) copy[reference.field] = (value as string[]).map(mappedId);
      else copy[reference.field] = mapped(value as string | null);
    }
    return copy as AnyRecord;
  };

  /** The receiver's record this one is, entered separately: by the kind's natural keys (none: only the same id). */
  const naturalKey = (kind: Kind, record: AnyRecord): string[] => definitionOfKind(kind).naturalKeys?.(record) ?? [];

  for (const kind of kinds) {
    const mine = new Map(existing[kind].map((record) => [record.id, record]));
    const byKey = new Map(existing[kind].flatMap((record) => naturalKey(kind, record).map((key) => [key, record] as const)));
    const incomingRecords: readonly AnyRecord[] = bundle[kind];
    for (const incoming of incomingRecords) {
      const same = mine.get(incoming.id);
      if (same) {
        const changed = differing(remap(kind, incoming), same);
        if (changed.length === 0) continue;
        if (incoming.updatedAt > same.updatedAt) {
          preview.updated.push({ kind, name: nameOf(same), fields: changed });
          toUpdate.push({ kind, id: same.id, patch: Object.fromEntries(changed.map((field) => [field, (remap(kind, incoming) as Record<string, unknown>)[field]])) });
        } else {
          preview.left.push({ kind, name: nameOf(same), fields: changed });
        }
        continue;
      }
      const record = remap(kind, incoming);
      const twin = naturalKey(kind, record)
        .map((key) => byKey.get(key))
        .find(Boolean);
      if (twin) {
        idMap.set(incoming.id, twin.id);
        if (kind === 'organisations' || kind === 'persons') preview.matched.push({ kind, name: nameOf(twin), how: kind === 'persons' ? 'zelfde naam en nummer' : 'zelfde naam' });
        continue;
      }
      toAdd[kind].push(record);
      preview.added[kind]++;
      for (const key of naturalKey(kind, record)) byKey.set(key, record);
    }
  }
  // Codes are unique: a pseudonym that happens to equal one of the receiver's codes is named, never merged or half-imported.
  const codesInUse = new Set(existing.casussen.map((casus) => String(casus.code)));
  for (const casus of toAdd.casussen) {
    if (codesInUse.has(String(casus.code))) throw new AppError('CONFLICT', `Casus ${String(casus.code)} uit de overdracht heeft dezelfde code als een casus in dit netwerk; er is niets ingelezen. Vraag de afzender om een nieuwe overdracht.`);
    codesInUse.add(String(casus.code));
  }
  if (options.dryRun) return preview;

  const { changeSetId } = await runChange(
    context.db,
    context.clock.now().toISOString(),
    { actor: context.actor, action: 'bulk', summary: `Overdracht ingelezen${bundle.wijk ? ` (${bundle.wijk})` : ''}: ${countOf(preview.added.organisations, 'organisatie', 'organisaties')}, ${countOf(preview.added.persons, 'persoon', 'personen')} nieuw` },
    async (recorder) => {
      // Ties and log entries point at each other: ties first without their source entry, which is set once the entries exist.
      for (const kind of kinds) {
        const inputs = toAdd[kind].map(({ createdAt: _created, updatedAt: _updated, archivedAt: _archived, ...fields }) => (kind === 'ties' ? { ...fields, sourceLogEntryId: null } : fields));
        await serviceOf(kind).createManyFrom(context, recorder, inputs);
      }
      for (const tie of toAdd.ties) if (tie.sourceLogEntryId) await serviceOf('ties').updateFrom(context, recorder, tie.id, { sourceLogEntryId: tie.sourceLogEntryId });
      for (const { kind, id, patch } of toUpdate) await serviceOf(kind).updateFrom(context, recorder, id, patch);
    },
  );
  // A bundle made before an erasure still holds that person: the network's erasure ledger erases them again.
  if (context.databaseFile) await applyErasures(context, readLedger(context.databaseFile));
  return { ...preview, changeSetId };
}
