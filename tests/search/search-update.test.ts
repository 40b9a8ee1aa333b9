import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '../../electron/demo/build-demo-network';
import { affectedSearchDocuments, buildSearchDocuments } from '../../shared/search/build-search-documents';
import { patchNetworkData, type NetworkPatch } from '../../shared/network/network-data';
import { sameDocument } from '../../shared/search/search-document';
import { updateSearchIndex } from '../../shared/search/update-search-index';
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

  it('after each kind of change, re-indexes only the touched documents and ends where a full rebuild ends', async () => {
    const app = await openTestApp();
    await buildDemoNetwork(app.network.db, { seed: 2026, today: '2026-11-23' });
    let data = ok(await app.api.network.load({}));
    const engine = new SearchEngine();
    updateSearchIndex(engine, null, data);
    const active = <Item extends { archivedAt: string | null }>(items: readonly Item[]) => items.filter((item) => item.archivedAt === null);
    const library = data.organisations.find((organisation) => organisation.name === 'Bibliotheek Oude Noorden')!;
    const [first, second] = active(data.affiliations).filter((affiliation) => affiliation.organisationId === library.id);
    const contactOffer = active(data.offers).find((offer) => offer.contactPersonId !== null)!;
    const someone = active(data.persons).find((person) => person.id !== contactOffer.contactPersonId)!;
    const gone = active(data.persons).find((person) => ![someone.id, contactOffer.contactPersonId, first!.personId, second!.personId].includes(person.id))!;
    // Someone with one role who is the contact of an offer there: their leaving shows in both documents.
    const roles = (personId: string) => active(data.affiliations).filter((affiliation) => affiliation.personId === personId);
    const leaving = active(data.affiliations).find((affiliation) => roles(affiliation.personId).length === 1 && ![someone.id, gone.id, first!.personId, second!.personId].includes(affiliation.personId) && active(data.offers).some((offer) => offer.contactPersonId === affiliation.personId && offer.organisationId === affiliation.organisationId))!;
    const steps: [string, NetworkPatch, number][] = [
      // An organisation renamed: it, its people and its offers.
      ['organisation renamed', { changed: { organisations: [{ ...library, name: 'Bibliotheek Noord' }] }, removed: {} }, 1],
      ['warmth', { changed: { persons: [{ ...someone, brokerWarmth: 'warm' }] }, removed: {} }, 1],
      ['contact logged', { changed: { logEntries: [{ ...data.logEntries[0]!, id: 'nieuw-contact', occurredOn: '2026-11-23', personIds: [someone.id], archivedAt: null }] }, removed: {} }, 1],
      ['affiliation moved', { changed: { affiliations: [{ ...first!, personId: someone.id }] }, removed: {} }, 1],
      ['offer contact', { changed: { offers: [{ ...contactOffer, contactPersonId: someone.id }] }, removed: {} }, 1],
      ['departure with a successor', { changed: { affiliations: [{ ...leaving, until: '2026-11-30', successorPersonId: someone.id }] }, removed: {} }, 2],
      // The successor's name stands in the document of the one who left, and their number in the offer's.
      ['successor renamed', { changed: { persons: [{ ...someone, name: 'Kees Opvolger' }] }, removed: {} }, 3],
      // An uitvraag's document holds its replies: a changed answer touches it.
      ['reply to an uitvraag', { changed: { requestReplies: [{ ...data.requestReplies[0]!, answer: 'Wij hebben een wandelmaatje op donderdag.' }] }, removed: {} }, 1],
      ['person removed', { changed: {}, removed: { persons: [gone.id] } }, 1],
      // A wijk renamed: every document (its name is in many): a full rebuild.
      ['wijk renamed', { changed: { neighbourhoods: [{ ...data.neighbourhoods[0]!, name: 'Oude Noorden-Zuid' }] }, removed: {} }, 0],
    ];
    for (const [change, patch, atLeast] of steps) {
      const after = patchNetworkData(data, patch);
      const selection = affectedSearchDocuments(data, after);
      if (change === 'wijk renamed') expect(selection).toBeNull();
      else {
        // A record's change touches a few documents, at least its own.
        const touched = selection!.persons.size + selection!.organisations.size + selection!.offers.size + selection!.requests.size;
        expect(touched, change).toBeGreaterThanOrEqual(atLeast);
        expect(touched, change).toBeLessThan(60);
      }
      updateSearchIndex(engine, data, after);
      data = after;
      const full = buildSearchDocuments(data);
      expect(engine.size, change).toBe(full.length);
      expect(full.filter((document) => !sameDocument(engine.documentOf(document.id)!, document)).map((document) => document.label), change).toEqual([]);
    }
    expect(engine.search('bibliotheek noord', { today: '2026-11-23' }).results[0]?.document.label).toBe('Bibliotheek Noord');
    // Uitvragen are found by their question and answers, after everyone to call.
    const found = engine.search('wandelmaatje', { today: '2026-11-23' }).results;
    expect(found.map((result) => [result.document.kind, result.document.label])).toContainEqual(['request', 'Wie heeft ruimte voor een maatje voor een oudere man in Oude Noorden?']);
    const kinds = engine.search('taalgroep overdag', { today: '2026-11-23', limit: 50 }).results.map((result) => result.document.kind);
    expect(kinds).toContain('request');
    expect(kinds.slice(kinds.indexOf('request')).every((kind) => kind === 'request')).toBe(true);
    const left = engine.documentOf(leaving.personId)!;
    expect(left).toMatchObject({ departed: true, phone: null, contactPersonId: someone.id });
    expect(left.detail).toMatch(/^vertrokken bij .+ per 30 november 2026 · opvolger: Kees Opvolger$/);
  });
});
