const crud = ['create', 'get', 'list', 'update', 'archive', 'restore'] as const;

/**
 * The names of every API method, without their schemas: what the preload
 * needs to build its bridge, kept light so the preload bundle stays small.
 * `api.ts` checks at compile time that this matches the contract exactly.
 */
export const apiMethodNames = {
  neighbourhood: crud,
  taxonomyTerm: crud,
  organisation: crud,
  person: [...crud, 'createAtOrganisation', 'exportData', 'erase'],
  affiliation: crud,
  offer: crud,
  tie: crud,
  logEntry: crud,
  casus: [...crud, 'suggestMatches', 'accessLog', 'applyRetention', 'recordHandover', 'report', 'dueFollowUps'],
  casusMatch: crud,
  casusFollowUp: crud,
  logbook: ['record'],
  changes: ['undo', 'since', 'list'],
  network: ['stats', 'load', 'exportFile', 'analyse', 'merge', 'positions', 'savePositions'],
  importFile: ['preview', 'apply', 'progress', 'cancel'],
  handover: ['exportBundle', 'preview', 'apply', 'vcards'],
  backups: ['list', 'create', 'restoreAtNextStart', 'rescue'],
  clock: ['now'],
  settings: ['get', 'update'],
} as const;
