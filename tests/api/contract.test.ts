import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import { apiContract } from '../../shared/contract/api';
import { ok, openTestApp } from '../support/temp-database';
import { snapshot } from '../support/snapshot';

describe('the API contract', () => {
  it('covers create, read, update, archive and restore for every entity, plus undo', () => {
    for (const namespace of ['neighbourhood', 'taxonomyTerm', 'organisation', 'person', 'affiliation', 'offer', 'tie', 'logEntry', 'casus', 'casusMatch', 'casusFollowUp'] as const) {
      expect(Object.keys(apiContract[namespace])).toEqual(expect.arrayContaining(['archive', 'create', 'get', 'list', 'restore', 'update']));
    }
    expect(Object.keys(apiContract.changes)).toContain('undo');
  });

  const badInputs: [string, string, unknown, RegExp][] = [
    ['organisation', 'create', { kindId: 'kind-welzijn' }, /^name: /],
    ['organisation', 'create', { name: '   ', kindId: 'kind-welzijn' }, /^name: Vul een naam in\.$/],
    ['organisation', 'create', { name: 'X', kindId: 'kind-welzijn', phone: '12345' }, /^phone: Ongeldig telefoonnummer: "12345"\.$/],
    ['organisation', 'create', { name: 'X', kindId: 'kind-welzijn', postcode: 'ABCD 12' }, /^postcode: Ongeldige postcode/],
    ['organisation', 'create', { name: 'X', kindId: 'kind-welzijn', website: 'javascript:alert(1)' }, /^website: /],
    ['organisation', 'create', { name: 'X', kindId: 'kind-welzijn', secretField: 1 }, /secretField/],
    ['person', 'create', { name: 'Y', email: 'geen-mail' }, /^email: Ongeldig e-mailadres\.$/],
    ['person', 'create', { name: 'Y', preferredChannel: 'duif' }, /^preferredChannel: "duif" is geen voorkeurskanaal; kies uit: bellen, appen, mailen\.$/],
    ['logEntry', 'create', { occurredOn: '2026-02-30', kind: 'telefoon' }, /^occurredOn: Ongeldige datum/],
    ['casus', 'create', { code: 'Jan Jansen', openedOn: '2026-01-01', referrerTypeId: 'referrer-huisarts' }, /^code: Casuscode moet er zo uitzien: C-2026-014\.$/],
    ['organisation', 'get', { id: "x' or 1=1 --" }, /^id: Ongeldig id/],
    ['organisation', 'update', { id: 'abc', patch: { name: 42 } }, /^patch\.name: /],
    ['organisation', 'list', 'not an object', /./],
  ];

  it.each(badInputs)('%s.%s rejects bad input with a Dutch message naming the field (%#)', async (namespace, method, input, message) => {
    const app = await openTestApp();
    const before = await snapshot(app.network.db);
    const result = await dispatch(createHandlers(app.context), namespace, method, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(message);
    expect(await snapshot(app.network.db)).toBe(before);
  });

  it('takes a website as people write it, adding https://, and still refuses what is no website', async () => {
    const { api } = await openTestApp();
    const created = ok(await api.organisation.create({ name: 'Buurthuis De Ster', kindId: 'kind-welzijn', website: 'www.buurthuis-de-ster.nl' }));
    expect(created.website).toBe('https://www.buurthuis-de-ster.nl');
    expect(ok(await api.organisation.update({ id: created.id, patch: { website: ' http://ster.nl/agenda ' } })).website).toBe('http://ster.nl/agenda');
    for (const website of ['localhost', 'ftp://ster.nl', 'www.ster .nl']) {
      const refused = await api.organisation.update({ id: created.id, patch: { website } });
      expect(refused.ok ? '' : refused.error.fields?.['patch.website'], website).toBe('Ongeldige website: bijvoorbeeld www.buurthuis.nl of https://www.buurthuis.nl.');
    }
  });

  it('answers an unknown method without touching anything', async () => {
    const app = await openTestApp();
    const handlers = createHandlers(app.context);
    expect(await dispatch(handlers, 'organisation', 'delete', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Onbekende opdracht: organisation.delete.' } });
    expect((await dispatch(handlers, 'constructor', 'prototype', {})).ok).toBe(false);
    expect((await dispatch(handlers, '__proto__', 'toString', {})).ok).toBe(false);
  });

  it('stores a hostile string as plain text', async () => {
    const app = await openTestApp();
    const name = `<img src=x onerror=alert(1)>'); drop table organisation; --`;
    const created = ok(await app.api.organisation.create({ name, kindId: 'kind-overig' }));
    expect(ok(await app.api.organisation.get({ id: created.id })).name).toBe(name);
    expect(ok(await app.api.organisation.list({})).length).toBe(1);
  });
});
