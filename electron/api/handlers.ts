import { present } from '../../shared/invariants/present';
import type { ApiHandlers } from '../../shared/contract/api';
import type { RecordMeta } from '../../shared/domain/record';
import { listChangeSets } from '../changes/change-log';
import { undoLastChange } from '../changes/undo';
import type { EntityService } from '../services/entity-service';
import { entityServices } from '../services/entity-services';
import { listAccess } from '../services/access-log';
import { withMethodPolicies } from './method-policies';
import { recordListingCheck } from '../services/listing-check';
import { answerCasusFollowUp, recordCasusHandover } from '../services/casus-handover';
import { applyCasusRetention } from '../services/casus-retention';
import { exportPersonData } from '../services/person-rights';
import { erasePerson } from '../services/erase-person';
import { importQueueFor } from '../services/import-queue';
import { changesSince } from '../changes/changes-since';
import { importUpload } from '../services/import-spreadsheet';
import { AppError } from '../../shared/contract/result';
import { listBackups } from '../database/backup-files';
import { requestRestore } from '../database/restore-backup';
import { rescueForDownload } from '../transfer/rescue-network';
import { exportForDownload } from '../transfer/export-network';
import { todayOn } from '../../shared/dates/clock';
import { parseBundleText } from '../../shared/transfer/handover-bundle';
import { exportHandover } from '../services/handover-export';
import { importBundle } from '../transfer/handover-import';
import { exportVcards } from '../services/vcard-export';
import { loadNetwork } from '../services/load-network';
import { casusReport, dueCasusFollowUps, suggestCasusMatches } from '../services/casus-reads';
import { analyseStoredNetwork } from '../services/network-analysis';
import { analysisRunnerFor } from '../services/analysis-runner';
import { mergeMoves, mergeRecords } from '../services/merge-records';
import { networkStats } from '../services/network-stats';
import { loadPositions, savePositions } from '../services/node-positions';
import { readSettings, updateSettings } from '../services/settings';
import { recordLogbook } from '../services/record-logbook';
import { meetingTieProposals, recordMeeting } from '../services/meetings';
import { departurePlan, recordDeparture } from '../services/departures';
import { dueVisitsFor } from '../services/due-visits';
import { logRequestReply, makeReplyInto } from '../services/requests';
import { createPersonAtOrganisation } from '../services/person-at-organisation';
import type { ServiceContext } from '../services/service-context';

/** An import from the app: the file comes as base64; a file that cannot be read is the user's input, not a crash. */
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
  return withMethodPolicies(handlersFor(context), context);
}

function handlersFor(context: ServiceContext): ApiHandlers {
  return {
    neighbourhood: crudHandlers(entityServices.neighbourhood, context),
    taxonomyTerm: crudHandlers(entityServices.taxonomyTerm, context),
    person: {
      ...crudHandlers(entityServices.person, context),
      createAtOrganisation: (input) => createPersonAtOrganisation(context, input),
      exportData: ({ id }) => exportPersonData(context, id),
      erase: ({ id }) => erasePerson(context, id),
    },
    organisation: {
      ...crudHandlers(entityServices.organisation, context),
      recordCheck: (input) => recordListingCheck(context, input),
    },
    affiliation: {
      ...crudHandlers(entityServices.affiliation, context),
      departurePlan: ({ id }) => departurePlan(context, id),
      depart: (input) => recordDeparture(context, input),
    },
    offer: crudHandlers(entityServices.offer, context),
    tie: crudHandlers(entityServices.tie, context),
    logEntry: crudHandlers(entityServices.logEntry, context),
    meeting: {
      ...crudHandlers(entityServices.meeting, context),
      proposeTies: ({ id }) => meetingTieProposals(context, id),
      record: (input) => recordMeeting(context, input),
    },
    task: crudHandlers(entityServices.task, context),
    request: {
      ...crudHandlers(entityServices.request, context),
      logReply: (input) => logRequestReply(context, input),
      replyInto: (input) => makeReplyInto(context, input),
    },
    requestReply: crudHandlers(entityServices.requestReply, context),
    mapView: crudHandlers(entityServices.mapView, context),
    presentation: crudHandlers(entityServices.presentation, context),
    casus: {
      // Reads of casus data land in the access log through the contract's marks (withMethodPolicies).
      ...crudHandlers(entityServices.casus, context),
      suggestMatches: ({ id, today, limit }) => suggestCasusMatches(context, id, today, limit),
      accessLog: ({ casusId, limit }) => listAccess(context.db, { entityId: casusId, limit }),
      applyRetention: (input) => applyCasusRetention(context, input),
      recordHandover: (input) => recordCasusHandover(context, input),
      answerFollowUp: (input) => answerCasusFollowUp(context, input),
      dueFollowUps: ({ today }) => dueCasusFollowUps(context, today),
      report: ({ from, to }) => casusReport(context, from, to),
    },
    casusMatch: crudHandlers(entityServices.casusMatch, context),
    casusFollowUp: crudHandlers(entityServices.casusFollowUp, context),
    visits: {
      due: ({ today, neighbourhoodId }) => dueVisitsFor(context, today, neighbourhoodId),
    },
    logbook: {
      record: (input) => recordLogbook(context, input),
    },
    changes: {
      undo: () => undoLastChange(context.db, context.clock.now().toISOString(), context.actor),
      since: ({ afterId }) => changesSince(context.db, afterId),
      list: ({ limit }) => listChangeSets(context.db, limit),
    },
    network: {
      stats: () => networkStats(context.db),
      load: () => loadNetwork(context),
      exportFile: () => exportForDownload(context.db, todayOn(context.clock)),
      analyse: ({ today }) => analyseStoredNetwork(context, today),
      analyseProgress: async () => analysisRunnerFor(context.db).progress(),
      analyseCancel: async () => ({ cancelled: analysisRunnerFor(context.db).cancel() }),
      merge: (input) => mergeRecords(context, input),
      mergeMoves: (input) => mergeMoves(context.db, input),
      positions: () => loadPositions(context.db),
      savePositions: (input) => savePositions(context.db, input),
    },
    importFile: {
      preview: (upload) => importUpload(context, upload, true),
      apply: (upload) => importUpload(context, upload, false),
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
        return present(listBackups(requireDatabaseFile(context))[0], 'the backup just made');
      },
      restoreAtNextStart: async ({ file }) => requestRestore(requireDatabaseFile(context), file),
      rescue: () => rescueForDownload(requireDatabaseFile(context), todayOn(context.clock)),
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
