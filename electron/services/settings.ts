import { settingsDefaults, settingsFields, type SettingKey, type Settings } from '../../shared/domain/settings';
import { runChange } from '../changes/run-change';
import type { Executor } from '../changes/row-access';
import type { ServiceContext } from './service-context';

const settingKeys = Object.keys(settingsDefaults) as SettingKey[];

/**
 * Every setting, stored values over the defaults. A stored value that no
 * longer passes its schema (hand-edited file, older build) falls back to
 * the default rather than breaking the app.
 */
export async function readSettings(executor: Executor): Promise<Settings> {
  const rows = await executor.selectFrom('setting').select(['id', 'value']).execute();
  const settings: Record<string, unknown> = { ...settingsDefaults };
  for (const row of rows) {
    if (!settingKeys.includes(row.id as SettingKey)) continue;
    const parsed = settingsFields[row.id as SettingKey].safeParse(JSON.parse(row.value));
    if (parsed.success) settings[row.id] = parsed.data;
  }
  return settings as Settings;
}

/** Changes some settings as one change set: undoable like any other edit. */
export async function updateSettings(context: ServiceContext, patch: Partial<Settings>): Promise<Settings> {
  await runChange(context.db, context.clock.now().toISOString(), { actor: context.actor, action: 'update', summary: 'Instellingen gewijzigd' }, async (recorder) => {
    for (const key of settingKeys) {
      if (!(key in patch)) continue;
      const value = JSON.stringify(patch[key]);
      const existing = await recorder.trx.selectFrom('setting').select('id').where('id', '=', key).executeTakeFirst();
      if (existing) await recorder.update('setting', key, { value });
      else await recorder.insert('setting', [{ id: key, value }]);
    }
  });
  return readSettings(context.db);
}
