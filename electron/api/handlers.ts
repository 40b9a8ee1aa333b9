import { analyseNetwork } from '../../shared/analysis/analyse-network';
import { monitoringReport } from '../../shared/casus/monitoring-report';
import { suggestMatches } from '../../shared/casus/suggest-matches';
import type { ApiHandlers } from '../../shared/contract/api';
import type { RecordMeta } from '../../shared/domain/record';
import { listChangeSets } from '../changes/change-log';
import { undoLastChange } from '../changes/undo';
import type { EntityService } from '../services/entity-service';
import { entityServices } from '../services/entity-services';
import { listAccess } from '../services/access-log';
import { withCasusAccessLog } from './casus-access-policy';
import { recordCasusHandover } from '../services/casus-handover';
import { applyCasusRetention } from '../services/casus-retention';
import { exportPersonData } from '../services/person-rights';
import { erasePerson } from '../services/erase-person';
import { importQueueFor } from '../services/import-queue';
import { importPreview, importSpreadsheet } from '../services/import-spreadsheet';
import { AppError } from '../../shared/contract/result';
import { listBackups } from '../database/backup-files';
import { requestRestore } from '../database/restore-backup';
import { describeLoss, rescueNetwork } from '../transfer/rescue-network';
import { serialiseNetwork } from '../transfer/export-network';
import { todayOn } from '../../shared/dates/clock';
import { parseBundleText } from '../../shared/transfer/handover-bundle';
import { exportHandover } from '../services/handover-export';
import { importBundle } from '../transfer/handover-import';
import { exportVcards } from '../services/vcard-export';
import type { ImportField } from '../../shared/import/column-mapping';
import { ImportError } from '../../shared/import/import-error';
import { loadNetwork } from '../services/load-network';
import { mergeRecords } from '../services/merge-records';
import { networkStats } from '../services/network-stats';
import { loadPositions, savePositions } from '../services/node-positions';
import { readSettings, updateSettings } from '../services/settings';
import { recordLogbook } from '../services/record-logbook';
import { createPersonAtOrganisation } from '../services/person-at-organisation';
import type { ServiceContext } from '../services/service-context';

/** An import from the app: the file comes as base64; a file that cannot be read is the user's input, not a crash. */
async function importFromApi(context: ServiceContext, fileName: string, contentBase64: string, mapping: Partial<Record<ImportField, string>> | undefined, dryRun: boolean) {
  try {
    return await importSpreadsheet(context, new Uint8Array(Buffer.from(contentBase64, 'base64')), { source: fileName, dryRun, mappingByName: mapping });
  } catch (error) {
    if (error instanceof ImportError) throw new AppError('INVALID_INPUT', error.message);
    throw error;
  }
}

function requireDatabaseFile(context: ServiceContext): string {
  if (!context.databaseFile) throw new AppError('CONFLICT', 'Reservekopieën beheert de app; dit venster heeft geen netwerkbestand.');
  return context.databaseFile;
}

function crudHandlers<Fields, Rec extends Fields & RecordMeta>(service: EntityService<Fields, Rec>, context: ServiceContext) {
  return {
    create: (input: Partial<Fields>) => service.create(context, input),
    get: ({ id }: { id: string }) => service.get(context, id),
    list: ({ includeArchived }: { includeArchived?: boolean | undefined }) => service.list(context, { includeArchived }),
    update: ({ id, patch }: { id: string; patch: Partial<Fields> }) => service.update(context, id, patch),
    archive: ({ id }: { id: string }) => service.archive(context, id),
    restore: ({ id }: { id: string }) => service.restore(context, id),
  };
}

/**
 * The API's handlers bound to one database and actor: plain async functions
 * taking parsed input, testable in Node without Electron.
 */
export function createHandlers(context: ServiceContext): ApiHandlers {
  return withCasusAccessLog(handlersFor(context), context);
}

function handlersFor(context: ServiceContext): ApiHandlers {
  return {
    neighbourhood: crudHandlers(entityServices.neighbourhood, context),
    taxonomyTerm: crudHandlers(entityServices.taxonomyTerm, context),
    organisation: crudHandlers(entityServices.organisation, context),
    person: {
      ...crudHandlers(entityServices.person, context),
      createAtOrganisation: (input) => createPersonAtOrganisation(context, input),
      exportData: ({ id }) => exportPersonData(context, id),
      erase: ({ id }) => erasePerson(context, id),
    },
    affiliation: crudHandlers(entityServices.affiliation, context),
    offer: crudHandlers(entityServices.offer, context),
    tie: crudHandlers(entityServices.tie, context),
    logEntry: crudHandlers(entityServices.logEntry, context),
    casus: {
      // Reads of casus data land in the access log through the contract's marks (withCasusAccessLog).
      ...crudHandlers(entityServices.casus, context),
      suggestMatches: async ({ id, today, limit }) => suggestMatches(await entityServices.casus.get(context, id), await loadNetwork(context), today, limit),
      accessLog: ({ casusId, limit }) => listAccess(context.db, { entityId: casusId, limit }),
      applyRetention: (input) => applyCasusRetention(context, input),
      recordHandover: (input) => recordCasusHandover(context, input),
      dueFollowUps: async ({ today }) => {
        const due = await context.db
          .selectFrom('casus_follow_up')
          .innerJoin('casus', 'casus.id', 'casus_follow_up.casus_id')
          .select(['casus_follow_up.id as followUpId', 'casus.id as casusId', 'casus.code as code', 'casus_follow_up.due_on as dueOn', 'casus_follow_up.note as note'])
          .where('casus_follow_up.due_on', '<=', today)
          .where('casus_follow_up.done_on', 'is', null)
          .where('casus_follow_up.archived_at', 'is', null)
          .where('casus.archived_at', 'is', null)
          .orderBy('casus_follow_up.due_on')
          .execute();
        return due;
      },
      report: async ({ from, to }) => {
        const [casussen, matches, followUps, offers] = await Promise.all([
          entityServices.casus.list(context, { includeArchived: false }),
          entityServices.casusMatch.list(context, { includeArchived: false }),
          entityServices.casusFollowUp.list(context, { includeArchived: false }),
          entityServices.offer.list(context, { includeArchived: true }),
        ]);
        return monitoringReport({ casussen, matches, followUps, offers }, from, to);
      },
    },
    casusMatch: crudHandlers(entityServices.casusMatch, context),
    casusFollowUp: crudHandlers(entityServices.casusFollowUp, context),
    logbook: {
      record: (input) => recordLogbook(context, input),
    },
    changes: {
      undo: () => undoLastChange(context.db, context.clock.now().toISOString(), context.actor),
      list: ({ limit }) => listChangeSets(context.db, limit),
    },
    network: {
      stats: () => networkStats(context.db),
      load: () => loadNetwork(context),
      analyse: async ({ today }) => {
        const casussen = await entityServices.casus.list(context, { includeArchived: false });
        return analyseNetwork(await loadNetwork(context), casussen, today, await entityServices.casusMatch.list(context, { includeArchived: false }));
      },
      merge: (input) => mergeRecords(context, input),
      positions: () => loadPositions(context.db),
      savePositions: (input) => savePositions(context.db, input),
    },
    importFile: {
      preview: async ({ fileName, contentBase64, mapping }) => importPreview(await importFromApi(context, fileName, contentBase64, mapping, true)),
      apply: async ({ fileName, contentBase64, mapping }) => importPreview(await importFromApi(context, fileName, contentBase64, mapping, false)),
      progress: async () => importQueueFor(context.db).progress(),
      cancel: async () => ({ cancelled: importQueueFor(context.db).cancel() }),
    },
    handover: {
      exportBundle: async (options) => {
        const { fileName, text } = await exportHandover(context, options);
        return { fileName, text };
      },
      preview: async ({ text }) => importBundle(context, parseBundleText(text), { dryRun: true }),
      apply: async ({ text }) => importBundle(context, parseBundleText(text), { dryRun: false }),
      vcards: ({ personIds }) => exportVcards(context, personIds),
    },
    backups: {
      list: async () => listBackups(requireDatabaseFile(context)),
      create: async () => {
        if (!context.backup) throw new AppError('CONFLICT', 'Reservekopieën beheert de app; dit venster heeft geen netwerkbestand.');
        await context.backup('handmatig');
        return listBackups(requireDatabaseFile(context))[0]!;
      },
      restoreAtNextStart: async ({ file }) => requestRestore(requireDatabaseFile(context), file),
      rescue: async () => {
        const rescued = await rescueNetwork(requireDatabaseFile(context));
        return { fileName: `netwerk-gered-${todayOn(context.clock)}.json`, text: serialiseNetwork(rescued.file), rows: rescued.rows, losses: rescued.losses.map(describeLoss) };
      },
    },
    clock: {
      now: async () => ({ now: context.clock.now().toISOString() }),
    },
    settings: {
      get: () => readSettings(context.db),
      update: (patch) => updateSettings(context, patch),
    },
  };
}
