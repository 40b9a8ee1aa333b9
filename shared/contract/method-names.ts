import { entityKinds, type EntityKind } from '../domain/record';

const crud = ['create', 'get', 'list', 'update', 'archive', 'restore'] as const;
/** Every kind of record has these (the contract derives them from the entity registry). */
const crudNames = Object.fromEntries(entityKinds.map((kind) => [kind, crud])) as { [Kind in EntityKind]: typeof crud };

/**
 * The names of every API method, without their schemas: what the preload
 * needs to build its bridge, kept light so the preload bundle stays small.
 * `api.ts` checks at compile time that this matches the contract exactly.
 */
export const apiMethodNames = {
  ...crudNames,
  person: [...crud, 'createAtOrganisation', 'exportData', 'erase'],
  casus: [...crud, 'suggestMatches', 'accessLog', 'applyRetention', 'recordHandover', 'answerFollowUp', 'report', 'dueFollowUps'],
  organisation: [...crud, 'recordCheck'],
  affiliation: [...crud, 'departurePlan', 'depart'],
  meeting: [...crud, 'proposeTies', 'record'],
  request: [...crud, 'logReply', 'replyInto'],
  visits: ['due'],
  logbook: ['record'],
  changes: ['undo', 'since', 'list'],
  network: ['stats', 'load', 'exportFile', 'analyse', 'analyseProgress', 'analyseCancel', 'merge', 'mergeMoves', 'positions', 'savePositions'],
  importFile: ['preview', 'apply', 'progress', 'cancel'],
  handover: ['exportBundle', 'preview', 'apply', 'vcards'],
  backups: ['list', 'create', 'restoreAtNextStart', 'rescue'],
  clock: ['now'],
  settings: ['get', 'update'],
} as const;
