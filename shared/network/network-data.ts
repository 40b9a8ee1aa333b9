import type { ApiClient } from '../contract/api';
import type { EntityRecord, entityRegistry, NetworkKind } from '../domain/entity-registry';

/** The whole network as the UI and the search see it (archived records included): every kind the registry puts in the network load, under its collection key. */
export type NetworkData = { [Kind in NetworkKind as (typeof entityRegistry)[Kind]['collection']]: EntityRecord<Kind>[] };

/** Network records that changed (as they are now) and those that are gone, per collection. */
export interface NetworkPatch {
  changed: Partial<NetworkData>;
  removed: Partial<Record<keyof NetworkData, string[]>>;
}

/**
 * The network with a patch applied: a changed record replaces its old
 * version where it stood, a new one comes last, a removed one goes.
 * Collections the patch does not touch stay the same arrays, so what
 * depends only on them need not be worked out again.
 */
export function patchNetworkData(data: NetworkData, patch: NetworkPatch): NetworkData {
  const patched: NetworkData = { ...data };
  for (const collection of Object.keys(data) as (keyof NetworkData)[]) {
    const changed: readonly { id: string }[] = patch.changed[collection] ?? [];
    const removed = new Set(patch.removed[collection] ?? []);
    if (changed.length === 0 && removed.size === 0) continue;
    const byId = new Map(changed.map((record) => [record.id, record]));
    const records: { id: string }[] = [];
    for (const record of data[collection] as readonly { id: string }[]) {
      if (removed.has(record.id)) continue;
      const update = byId.get(record.id);
      records.push(update ?? record);
      byId.delete(record.id);
    }
    records.push(...byId.values());
    (patched as unknown as Record<string, unknown>)[collection] = records;
  }
  return patched;
}

/** Loads the network through the API in one call: the renderer and the CLI share this. */
export async function loadNetworkData(api: ApiClient): Promise<NetworkData> {
  const result = await api.network.load({});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
