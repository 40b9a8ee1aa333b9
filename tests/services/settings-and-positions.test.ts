import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import { settingsDefaults } from '../../shared/domain/settings';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp } from '../support/temp-database';

describe('settings', () => {
  it('start at the defaults, change as one undoable change, and undo back to the defaults', async () => {
    const app = await openTestApp();
    expect(ok(await app.api.settings.get({}))).toEqual(settingsDefaults);
    expect(ok(await app.api.settings.update({ lastMeetingOn: '2026-10-01', casusRetentionMonths: 36 }))).toEqual({ lastMeetingOn: '2026-10-01', casusRetentionMonths: 36 });
    expect(ok(await app.api.settings.update({ casusRetentionMonths: 12 }))).toEqual({ lastMeetingOn: '2026-10-01', casusRetentionMonths: 12 });
    ok(await app.api.changes.undo({}));
    expect(ok(await app.api.settings.get({})).casusRetentionMonths).toBe(36);
    ok(await app.api.changes.undo({}));
    expect(ok(await app.api.settings.get({}))).toEqual(settingsDefaults);
  });

  it.each([
    [{ casusRetentionMonths: 0 }, /^casusRetentionMonths: Minimaal 1 maand\.$/],
    [{ casusRetentionMonths: 2.5 }, /^casusRetentionMonths: Vul een heel aantal maanden in\.$/],
    [{ lastMeetingOn: '2026-13-01' }, /^lastMeetingOn: Ongeldige datum/],
    [{ theme: 'dark' }, /theme/],
  ])('refuse a bad value with a Dutch message and change nothing (%#)', async (patch, message) => {
    const app = await openTestApp();
    const before = await snapshot(app.network.db);
    const result = await dispatch(createHandlers(app.context), 'settings', 'update', patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(await snapshot(app.network.db)).toBe(before);
  });
});

describe('map positions', () => {
  it('are kept, updated in place, replaced by a fresh layout, and stay out of the change log', async () => {
    const app = await openTestApp();
    ok(await app.api.network.savePositions({ positions: [{ id: 'organisation:a', x: 1, y: 2 }, { id: 'person:b', x: -3.5, y: 4 }], replace: false }));
    ok(await app.api.network.savePositions({ positions: [{ id: 'person:b', x: 10, y: 20 }], replace: false }));
    expect(ok(await app.api.network.positions({}))).toEqual({ 'organisation:a': { x: 1, y: 2 }, 'person:b': { x: 10, y: 20 } });
    ok(await app.api.network.savePositions({ positions: [{ id: 'organisation:c', x: 0, y: 0 }], replace: true }));
    expect(ok(await app.api.network.positions({}))).toEqual({ 'organisation:c': { x: 0, y: 0 } });
    expect(ok(await app.api.changes.list({}))).toEqual([]);
  });

  it('refuse a position that is not a number or a node that is not a person or organisation', async () => {
    const app = await openTestApp();
    const handlers = createHandlers(app.context);
    const notANumber = await dispatch(handlers, 'network', 'savePositions', { positions: [{ id: 'person:a', x: 'links', y: 0 }], replace: false });
    expect(notANumber.ok ? '' : notANumber.error.message).toMatch(/^positions\.0\.x: Een positie moet een getal zijn\.$/);
    const badNode = await dispatch(handlers, 'network', 'savePositions', { positions: [{ id: 'casus:a', x: 0, y: 0 }], replace: false });
    expect(badNode.ok ? '' : badNode.error.message).toMatch(/^positions\.0\.id: Ongeldige knoop/);
    expect(ok(await app.api.network.positions({}))).toEqual({});
  });
});
