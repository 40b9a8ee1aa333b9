import { present } from '../../../shared/invariants/present';
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as initialSchema from './0001-initial-schema';
import * as defaultTaxonomies from './0002-default-taxonomies';
import * as settingsAndPositions from './0003-settings-and-positions';
import * as accessLog from './0004-access-log';
import * as networkIdentity from './0005-network-identity';
import * as termRoles from './0006-term-roles';
import * as tasks from './0007-tasks';
import * as mapViews from './0008-map-views';
import * as meetings from './0009-meetings';
import * as socialeKaart from './0010-sociale-kaart';
import * as casusNeeds from './0011-casus-needs';
import * as casusOutcomes from './0012-casus-outcomes';

/**
 * Every migration, in order. Names are zero-padded so they sort right; a
 * migration is never edited after release, only followed by a new one.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial-schema': initialSchema,
  '0002-default-taxonomies': defaultTaxonomies,
  '0003-settings-and-positions': settingsAndPositions,
  '0004-access-log': accessLog,
  '0005-network-identity': networkIdentity,
  '0006-term-roles': termRoles,
  '0007-tasks': tasks,
  '0008-map-views': mapViews,
  '0009-meetings': meetings,
  '0010-sociale-kaart': socialeKaart,
  '0011-casus-needs': casusNeeds,
  '0012-casus-outcomes': casusOutcomes,
};

export const migrationNames = Object.keys(migrations);

/**
 * How the rows of a network file exported at an older schema version are
 * brought up to date, step by step, by the migration that changed them, so
 * `import-json` reads an export made before an update. Files older than
 * `oldestReadableNetworkFile` lack tables added since and are refused.
 */
export const networkFileUpgrades: Readonly<Partial<Record<number, (tables: Record<string, Record<string, string | number | null>[]>) => void>>> = {
  6: termRoles.upgradeRows,
  7: tasks.upgradeRows,
  8: mapViews.upgradeRows,
  9: meetings.upgradeRows,
  10: socialeKaart.upgradeRows,
  11: casusNeeds.upgradeRows,
  12: casusOutcomes.upgradeRows,
};
export const oldestReadableNetworkFile = 5;

/** The schema version of this build: the number of migrations it knows. */
export const currentSchemaVersion = migrationNames.length;

/** Kysely's provider, optionally stopping after `upTo` migrations (for tests). */
export function migrationProvider(upTo = currentSchemaVersion): MigrationProvider {
  return {
    async getMigrations() {
      return Object.fromEntries(migrationNames.slice(0, upTo).map((name) => [name, present(migrations[name], `migration ${name}`)]));
    },
  };
}
