import type { NetworkData } from '../network/network-data';
import { affectedSearchDocuments, buildSearchDocuments } from './build-search-documents';
import type { SearchEngine } from './search-engine';

/**
 * Brings the index in step with a new version of the network: from the
 * previous version, only the documents the change touched are built and
 * compared; the first time, or after a change of terms or wijken, all of them.
 */
export function updateSearchIndex(engine: SearchEngine, before: NetworkData | null, after: NetworkData): { changed: number; removed: number } {
  const selection = before ? affectedSearchDocuments(before, after) : null;
  if (!selection) {
    engine.setPlaces(after.neighbourhoods.map(({ id, name }) => ({ id, name })));
    return engine.update(buildSearchDocuments(after));
  }
  const documents = buildSearchDocuments(after, selection);
  const built = new Set(documents.map((document) => document.id));
  const gone = [...selection.persons, ...selection.organisations, ...selection.offers, ...selection.requests].filter((id) => !built.has(id));
  return engine.patch(documents, gone);
}
