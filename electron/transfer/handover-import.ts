import { AppError } from '../../shared/contract/result';
import type { HandoverBundle } from '../../shared/transfer/handover-bundle';
import { foldText } from '../../shared/normalise/name';
import { runChange } from '../changes/run-change';
import { entityServices } from '../services/entity-services';
import { applyErasures } from '../services/erase-in-copies';
import { readLedger } from '../database/erasure-ledger';
import { loadNetwork } from '../services/load-network';
import type { ServiceContext } from '../services/service-context';

type Kind = 'neighbourhoods' | 'terms' | 'organisations' | 'persons' | 'affiliations' | 'offers' | 'ties' | 'logEntries' | 'casussen';
const kinds: readonly Kind[] = ['neighbourhoods', 'terms', 'organisations', 'persons', 'affiliations', 'offers', 'ties', 'logEntries', 'casussen'];
const serviceOf = {
  neighbourhoods: entityServices.neighbourhood,
  terms: entityServices.taxonomyTerm,
  organisations: entityServices.organisation,
  persons: entityServices.person,
  affiliations: entityServices.affiliation,
  offers: entityServices.offer,
  ties: entityServices.tie,
  logEntries: entityServices.logEntry,
  casussen: entityServices.casus,
} as const;

type AnyRecord = { id: string; createdAt: string; updatedAt: string; archivedAt: string | null } & Record<string, unknown>;

/** What a bundle does to the receiver's network: shown before, reported after. */
export interface BundlePreview {
  wijk: string | null;
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

const nameOf = (record: AnyRecord) => String(record.name ?? record.title ?? record.label ?? record.code ?? record.occurredOn ?? record.id);
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
  const existing: Record<Kind, AnyRecord[]> = { ...(receiver as unknown as Record<Kind, AnyRecord[]>), casussen: casussen as unknown as AnyRecord[] };
  const idMap = new Map<string, string>();
  const preview: BundlePreview = { wijk: bundle.wijk, casussenIncluded: bundle.casussenIncluded, added: Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<Kind, number>, matched: [], updated: [], left: [], changeSetId: null };
  const toAdd: Record<Kind, AnyRecord[]> = Object.fromEntries(kinds.map((kind) => [kind, []])) as unknown as Record<Kind, AnyRecord[]>;
  const toUpdate: { kind: Kind; id: string; patch: Record<string, unknown> }[] = [];
  const mapped = (id: string | null) => (id === null ? null : (idMap.get(id) ?? id));
  const mapEnd = (end: { kind: string; id: string }) => ({ ...end, id: mapped(end.id)! });

  /** Relations point at the receiver's records. */
  const remap = (kind: Kind, record: AnyRecord): AnyRecord => {
    const copy = { ...record } as Record<string, unknown>;
    const lists: Partial<Record<Kind, string[]>> = {
      organisations: ['neighbourhoodIds'],
      offers: ['themeIds', 'lifeDomainIds', 'pgDimensionIds', 'targetGroupIds', 'neighbourhoodIds'],
      logEntries: ['personIds', 'organisationIds', 'tieIds'],
      casussen: ['needIds'],
    };
    const singles: Partial<Record<Kind, string[]>> = {
      neighbourhoods: ['parentId'],
      terms: ['parentId'],
      organisations: ['kindId'],
      affiliations: ['personId', 'organisationId'],
      offers: ['organisationId', 'contactPersonId'],
      ties: ['sourceLogEntryId'],
      casussen: ['referrerPersonId', 'referrerTypeId', 'neighbourhoodId', 'mainReasonId'],
    };
    for (const field of lists[kind] ?? []) copy[field] = (copy[field] as string[]).map((id) => mapped(id)!);
    for (const field of singles[kind] ?? []) copy[field] = mapped(copy[field] as string | null);
    if (kind === 'ties') {
      copy.from = mapEnd(copy.from as { kind: string; id: string });
      copy.to = mapEnd(copy.to as { kind: string; id: string });
    }
    return copy as AnyRecord;
  };

  /** The receiver's record this one is, entered separately: by a natural key per kind. */
  const naturalKey = (kind: Kind, record: AnyRecord): string[] => {
    const folded = (value: unknown) => foldText(String(value ?? ''));
    switch (kind) {
      case 'neighbourhoods':
        return [folded(record.name)];
      case 'terms':
        return [`${record.taxonomy}|${folded(record.label)}`];
      case 'organisations':
        return [folded(record.name)];
      case 'persons': {
        const phones = (record.phones as { number: string }[]).map((phone) => phone.number);
        return [...phones, ...(record.email ? [String(record.email)] : [])].map((contact) => `${folded(record.name)}|${contact}`);
      }
      case 'affiliations':
        return [`${record.personId}|${record.organisationId}`];
      case 'offers':
        return [`${record.organisationId}|${folded(record.title)}`];
      case 'ties':
        return [[`${(record.from as { id: string }).id}`, `${(record.to as { id: string }).id}`].sort().join('|') + `|${record.kind}`];
      case 'casussen':
        // A casus is the same casus only by id: pseudonymised casussen have new ids, so they are never merged into another.
        return [];
      default:
        return [];
    }
  };

  for (const kind of kinds) {
    const mine = new Map(existing[kind].map((record) => [record.id, record]));
    const byKey = new Map(existing[kind].flatMap((record) => naturalKey(kind, record).map((key) => [key, record] as const)));
    for (const incoming of bundle[kind] as unknown as AnyRecord[]) {
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
    { actor: context.actor, action: 'bulk', summary: `Overdracht ingelezen${bundle.wijk ? ` (${bundle.wijk})` : ''}: ${preview.added.organisations} organisaties, ${preview.added.persons} personen nieuw` },
    async (recorder) => {
      const service = (kind: Kind) =>
        serviceOf[kind] as unknown as {
          createMany: (context: ServiceContext, recorder: unknown, inputs: Record<string, unknown>[]) => Promise<string[]>;
          updateWithin: (context: ServiceContext, recorder: unknown, id: string, patch: Record<string, unknown>) => Promise<unknown>;
        };
      // Ties and log entries point at each other: ties first without their source entry, which is set once the entries exist.
      for (const kind of kinds) {
        const inputs = toAdd[kind].map(({ createdAt: _created, updatedAt: _updated, archivedAt: _archived, ...fields }) => (kind === 'ties' ? { ...fields, sourceLogEntryId: null } : fields));
        await service(kind).createMany(context, recorder, inputs);
      }
      for (const tie of toAdd.ties) if (tie.sourceLogEntryId) await service('ties').updateWithin(context, recorder, tie.id, { sourceLogEntryId: tie.sourceLogEntryId });
      for (const { kind, id, patch } of toUpdate) await service(kind).updateWithin(context, recorder, id, patch);
    },
  );
  // A bundle made before an erasure still holds that person: the network's erasure ledger erases them again.
  if (context.databaseFile) await applyErasures(context, readLedger(context.databaseFile));
  return { ...preview, changeSetId };
}
