import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { buildSearchDocuments } from '../../shared/search/build-search-documents';
import { SearchEngine } from '../../shared/search/search-engine';
import { ok, openTestApp } from '../support/temp-database';

describe('the search index after a save', () => {
  it("re-indexes only the documents the save changed: one contact's expertise is one document of the demo's", async () => {
    const app = await openTestApp();
    await buildDemoNetwork(app.network.db, { seed: 2026, today: '2026-11-23' });
    const data = ok(await app.api.network.load({}));
    const engine = new SearchEngine(buildSearchDocuments(data), data.neighbourhoods);
    const person = data.persons.find((candidate) => candidate.archivedAt === null)!;
    const saved = ok(await app.api.person.update({ id: person.id, patch: { expertiseTags: [...person.expertiseTags, 'schuldhulpverlening'] } }));
    const after = { ...data, persons: data.persons.map((candidate) => (candidate.id === saved.id ? saved : candidate)) };
    expect(engine.update(buildSearchDocuments(after))).toEqual({ changed: 1, removed: 0 });
    expect(engine.search('schuldhulpverlening', { today: '2026-11-23' }).results.map((result) => result.document.id)).toContain(person.id);
    // Nothing changed: nothing re-indexed.
    expect(engine.update(buildSearchDocuments(after))).toEqual({ changed: 0, removed: 0 });
  });
});
