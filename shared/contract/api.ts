import { z } from 'zod';
import { isoDate, recordId, shortText } from '../domain/primitives';
import type { Affiliation } from '../domain/affiliation';
import type { Casus } from '../domain/casus';
import type { CasusFollowUp } from '../domain/casus-follow-up';
import type { CasusMatch } from '../domain/casus-match';
import { personCreate, type Person } from '../domain/person';
import { entityRegistry, type EntityRecord, type EntitySchemas } from '../domain/entity-registry';
import type { ChangeSetSummary, UndoOutcome } from '../domain/change';
import { entityKinds, type EntityKind } from '../domain/record';
import type { NetworkCounts, NetworkStats } from '../domain/network-stats';
import { logbookRecord, type LogbookOutcome } from '../domain/logbook-record';
import { meetingRecord, type MeetingRecordOutcome } from '../domain/meeting';
import { departure, type DepartureOutcome, type DeparturePlan } from '../domain/departure';
import { replyInto, requestReplyInput, type RequestReply } from '../domain/request';
import type { MeetingTieProposal } from '../analysis/meeting-ties';
import type { DueVisit } from '../analysis/due-visits';
import type { NetworkData, NetworkPatch } from '../network/network-data';
import type { AnalysisPhase, NetworkAnalysis } from '../analysis/analyse-network';
import type { MatchSuggestion } from '../casus/suggest-matches';
import type { MonitoringReport } from '../casus/monitoring-report';
import type { AccessLogEntry } from '../domain/access-log';
import { casusHandover } from '../domain/casus-handover';
import { casusFollowUpAnswer } from '../domain/casus-follow-up';
import { settingsPatch, type Settings } from '../domain/settings';
import { mappingFile } from '../import/column-mapping';
import { termDecision, type UnknownTerm } from '../import/term-proposals';
import { listingCheck } from '../offers/check-request';
import { maxImportFileBytes } from '../import/zip-size';
import type { CreatedCounts } from '../import/plan-import';
import { savePositionsInput, type NodePositions } from '../network/node-positions';
import { mutation, query, type MethodSpec } from './define-method';
import type { Result } from './result';
import type { apiMethodNames } from './method-names';

// Messages zod writes itself (wrong type, too short, ...) are Dutch too.
z.config(z.locales.nl());

const byId = z.object({ id: recordId }).strict();
const listOptions = z
  .object({
    /** Archived records are left out unless asked for. */
    includeArchived: z.boolean().optional(),
  })
  .strict();
const nothing = z.object({}).strict();
const todayInput = z.object({ today: isoDate }).strict();
const dueVisitsInput = z.object({ today: isoDate, neighbourhoodId: recordId.nullable() }).strict();
const mergeInput = z.object({ kind: z.enum(['organisation', 'person', 'taxonomyTerm', 'neighbourhood'], { error: 'Samenvoegen kan voor organisaties, contactpersonen, lijstwaarden en wijken.' }), keepId: recordId, dropId: recordId }).strict();

/** What a merge moved, per kind of relation. */
export interface MergeOutcome {
  keepId: string;
  dropId: string;
  moved: Record<string, number>;
}
const suggestInput = z.object({ id: recordId, today: isoDate, limit: z.number().int().min(1).max(100).optional() }).strict();
const accessLogInput = z.object({ casusId: recordId.optional(), limit: z.number().int().min(1).max(5000).optional() }).strict();
const reportInput = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((period) => period.from <= period.to, { error: 'De periode begint na het einde.', path: ['to'] });
const retentionInput = z.object({ today: isoDate, dryRun: z.boolean() }).strict();

/** Everything Spinweb holds about one person (AVG right of access). */
export interface PersonDataExport {
  exportedAt: string;
  person: Record<string, unknown>;
  organisations: { name: string; role: string; since: string | null; until: string | null }[];
  ties: { with: string; kind: string; warmth: string; since: string | null; note: string }[];
  logEntries: { occurredOn: string; kind: string; note: string }[];
  offersAsContact: string[];
  casussenAsReferrer: string[];
  /** Casussen handed over to this person (codes only). */
  casusMatchesAsContact: string[];
  /** Planned introductions, afspraken and other tasks that name this person (`owner`: theirs to do). */
  tasks: { kind: string; dueOn: string; doneOn: string | null; note: string; owner: boolean }[];
  /** Uitvragen put out to this person, and their answers. */
  requests: { askedOn: string; question: string }[];
  requestReplies: { answeredOn: string; answer: string }[];
  /** Meetings this person was invited to or came to. */
  meetings: { kind: string; heldOn: string; title: string; invited: boolean; attended: boolean }[];
  changeHistory: { at: string; action: string; summary: string }[];
}

/** A casus contact moment that is due. */
export interface DueCasusFollowUp {
  followUpId: string;
  casusId: string;
  code: string;
  dueOn: string;
  note: string;
}

/** A casus whose retention period is over. */
export interface RetentionCandidate {
  id: string;
  code: string;
  closedOn: string;
  dueOn: string;
}
export interface RetentionOutcome {
  months: number;
  anonymised: RetentionCandidate[];
  dryRun: boolean;
}
const importFileInput = z
  .object({
    fileName: shortText,
    /** The file's bytes, base64: CSV, XLSX or vCard. */
    contentBase64: z.string().max(Math.ceil((maxImportFileBytes * 4) / 3) + 4, { error: `Het bestand is te groot om in één keer te importeren (maximaal ${maxImportFileBytes / 1024 / 1024} MB).` }),
    /** Field -> header text; absent: guessed from the headers. */
    mapping: mappingFile.optional(),
    /** What to do with each value the lists lack: put it under the proposed one, add it, or leave it out. */
    // One per distinct value, which a large file can have by the thousand.
    termDecisions: z.array(termDecision).max(100_000).optional(),
    /** A value with no decision takes the app's proposal instead of being left out: how the import screen reads a file. */
    takeProposals: z.boolean().optional(),
  })
  .strict();

const changesSinceInput = z.object({ afterId: z.number().int().min(0).nullable() }).strict();

/** Where the change log stands, and what changed after the change set asked about. */
export interface ChangesSince {
  lastId: number;
  kinds: EntityKind[];
  /** The changed network records as they are now, to patch the loaded network with; null when so much changed that loading it again is quicker. */
  network: NetworkPatch | null;
}

/** How far the running import is: shown on the import screen and to a save that waits behind it. */
export interface ImportProgress {
  /** The file's name. */
  source: string;
  /** `wachten`: another program is writing; `plannen`: reading and planning; `opslaan`: writing records. */
  phase: 'wachten' | 'plannen' | 'opslaan';
  done: number;
  total: number;
  /** Imports queued behind this one. */
  waitingImports: number;
}

/** The running analysis, for its progress bar. */
export interface AnalysisProgress {
  phase: AnalysisPhase;
  /** How far the whole analysis is, 0..1. */
  fraction: number;
  /** Analyses asked for behind this one. */
  waiting: number;
}

/** How a file was read: what the preview shows to check the mapping by eye. */
export interface ImportReading {
  encoding: string;
  delimiter: string;
  header: string[];
  /** Field -> header text, as used. */
  mapping: Record<string, string>;
  unknownColumns: string[];
  /** The first rows as read. */
  sample: string[][];
}

/** What an import will do (preview) or did (apply). */
export interface ImportPreview extends ImportReading {
  rowsRead: number;
  created: CreatedCounts;
  existingOrganisations: { line: number; name: string }[];
  problems: { line: number; message: string }[];
  /** Values the lists lack, with what each most likely means. */
  unknownTerms: UnknownTerm[];
  /** The kinds guessed for new organisations, from their names or their offers. */
  kindGuesses: { line: number; name: string; kindId: string; from: 'naam' | 'aanbod' }[];
  duplicateCandidates: { kind: 'organisation' | 'person'; keepId: string; dropId: string; labels: [string, string]; reasons: string[] }[];
  changeSetId: number | null;
}
const handoverExportInput = z.object({ neighbourhoodId: recordId.nullable(), includeCasussen: z.boolean() }).strict();
const handoverImportInput = z.object({ text: z.string().max(60_000_000, { error: 'Het overdrachtsbestand is te groot.' }) }).strict();
const vcardInput = z.object({ personIds: z.array(recordId).max(100_000).optional() }).strict();

/** What a handover bundle does to the receiver's network. */
export interface HandoverPreview {
  neighbourhood: string | null;
  casussenIncluded: boolean;
  added: Record<string, number>;
  matched: { kind: string; name: string; how: string }[];
  updated: { kind: string; name: string; fields: string[] }[];
  left: { kind: string; name: string; fields: string[] }[];
  changeSetId: number | null;
}
const backupChoice = z.object({ file: z.string().min(1).max(4096) }).strict();

/** A verified copy of the network in its backup folder, as its manifest describes it. */
export interface BackupInfo {
  file: string;
  /** When it was made (ISO, to the millisecond). */
  at: string;
  reason: string;
  bytes: number;
  /** What it holds: shown before a restore. */
  counts: NetworkCounts;
}
const personAtOrganisation = z.object({ person: personCreate, organisationId: recordId, role: shortText }).strict();

type Schemas<Kind extends EntityKind> = (typeof entityRegistry)[Kind]['schemas'];

/** The CRUD methods of one kind, typed by its registry entry's schemas (deferred until the kind is known). */
type CrudMethods<Kind extends EntityKind> =
  Schemas<Kind>['create'] extends infer Create extends z.ZodType
    ? Schemas<Kind>['patch'] extends infer Patch extends z.ZodType
      ? {
          create: MethodSpec<Create, EntityRecord<Kind>>;
          get: MethodSpec<typeof byId, EntityRecord<Kind>>;
          list: MethodSpec<typeof listOptions, EntityRecord<Kind>[]>;
          update: MethodSpec<z.ZodObject<{ id: typeof recordId; patch: Patch }>, EntityRecord<Kind>>;
          archive: MethodSpec<typeof byId, EntityRecord<Kind>>;
          restore: MethodSpec<typeof byId, EntityRecord<Kind>>;
        }
      : never
    : never;

/** Create, read, update, archive and restore, with the schemas a registry entry names. */
function crud({ create, patch }: EntitySchemas) {
  return {
    create: mutation(create),
    get: query(byId),
    list: query(listOptions),
    update: mutation(z.object({ id: recordId, patch }).strict()),
    archive: mutation(byId),
    restore: mutation(byId),
  };
}

/** The CRUD methods of every kind in the entity registry: a new kind gets them with its entry. */
const crudContract = Object.fromEntries(entityKinds.map((kind) => [kind, crud(entityRegistry[kind].schemas)])) as unknown as { [Kind in EntityKind]: CrudMethods<Kind> };

/**
 * The API: one table of methods, `namespace.method` -> input schema and
 * output type. IPC, the HTTP bridge and the CLI all dispatch through it.
 */
export const apiContract = {
  ...crudContract,
  person: {
    ...crudContract.person,
    /** Everything held about this person (AVG right of access). */
    exportData: query<typeof byId, PersonDataExport>(byId),
    /** Erases this person and their details everywhere, history included (AVG right to erasure). Not undoable. */
    erase: mutation<typeof byId, { erased: string; redactedNotes: number; redactedHistory: number }>(byId),
    /** A new person and their role at an organisation, as one change (one undo). */
    createAtOrganisation: mutation<typeof personAtOrganisation, { person: Person; affiliation: Affiliation }>(personAtOrganisation),
  },
  casus: {
    ...crudContract.casus,
    get: query<typeof byId, Casus>(byId, { action: 'read', one: 'casus' }),
    list: query<typeof listOptions, Casus[]>(listOptions, { action: 'list', one: 'casus', many: 'casussen' }),
    /** Ranked offers and the people to call about them, each with its reasons. */
    suggestMatches: query<typeof suggestInput, MatchSuggestion[]>(suggestInput, { action: 'match', one: 'suggestie', many: 'suggesties' }),
    /** Who looked at casus data, newest first: for one casus, or all. */
    accessLog: query<typeof accessLogInput, AccessLogEntry[]>(accessLogInput),
    /** Follow-ups due by `today` and not done, with only the casus code: for the logboek's Opvolgen list. */
    dueFollowUps: query<typeof todayInput, DueCasusFollowUp[]>(todayInput, { action: 'list', one: 'vervolgcontact', many: 'vervolgcontacten' }),
    /** The monitoring report (Welzijn op Recept) for referrals opened in a period. */
    report: query<typeof reportInput, MonitoringReport>(reportInput, { action: 'report', one: 'rapportage' }),
    /** A warm handover: the match, three planned follow-ups, the casus "gekoppeld", the call in the logboek; one undo. */
    recordHandover: mutation<typeof casusHandover, { match: CasusMatch; followUpIds: string[] }>(casusHandover),
    /** A follow-up answered ("gestart", "doet nog mee", ...) and the handover's result set to match; one undo. */
    answerFollowUp: mutation<typeof casusFollowUpAnswer, { followUpId: string; matchId: string | null }>(casusFollowUpAnswer),
    /** Anonymises closed casussen past the retention period (dry run: only lists them). Not undoable. */
    applyRetention: mutation<typeof retentionInput, RetentionOutcome>(retentionInput),
  },
  casusMatch: {
    ...crudContract.casusMatch,
    get: query<typeof byId, CasusMatch>(byId, { action: 'read', one: 'koppeling' }),
    list: query<typeof listOptions, CasusMatch[]>(listOptions, { action: 'list', one: 'koppeling', many: 'koppelingen' }),
  },
  casusFollowUp: {
    ...crudContract.casusFollowUp,
    get: query<typeof byId, CasusFollowUp>(byId, { action: 'read', one: 'vervolgcontact' }),
    list: query<typeof listOptions, CasusFollowUp[]>(listOptions, { action: 'list', one: 'vervolgcontact', many: 'vervolgcontacten' }),
  },
  organisation: {
    ...crudContract.organisation,
    /** Her answer to "Vraag om controle": the organisation and its active offers checked as of that day, and a contact in the logbook; one undo. */
    recordCheck: mutation<typeof listingCheck, { logEntryId: string; offers: number }>(listingCheck),
  },
  affiliation: {
    ...crudContract.affiliation,
    /** What a departure from this role would move to a successor, and the ties the successor may take over. */
    departurePlan: query<typeof byId, DeparturePlan>(byId),
    /** The person left: the role ends; with a successor, offers, afspraken, introductions and waiting handovers move, chosen ties carried over; one undo. */
    depart: mutation<typeof departure, DepartureOutcome>(departure),
  },
  request: {
    ...crudContract.request,
    /** A partner answered: the reply, and the contact it was in the log; one change. */
    logReply: mutation<typeof requestReplyInput, RequestReply>(requestReplyInput),
    /** A reply made into an offer, a tie or a casus match, in one step (one undo). */
    replyInto: mutation<typeof replyInto, RequestReply>(replyInto),
  },
  meeting: {
    ...crudContract.meeting,
    /** The ties the meeting may have made: pairs of organisations present that are not connected yet, likeliest first. */
    proposeTies: query<typeof byId, MeetingTieProposal[]>(byId),
    /** The meeting took place: logged with everyone present, the accepted ties and the afspraken; one change, one undo. */
    record: mutation<typeof meetingRecord, MeetingRecordOutcome>(meetingRecord),
  },
  visits: {
    /** "Tijd voor een bezoek": organisations whose visit is due by their rhythm, most overdue first, weighted by warmth, betweenness and casus use. */
    due: query<typeof dueVisitsInput, DueVisit[]>(dueVisitsInput),
  },
  logbook: {
    /** One contact, or a whole round, with new people, ties and offers: one change, one undo. */
    record: mutation<typeof logbookRecord, LogbookOutcome>(logbookRecord),
  },
  changes: {
    /** Undo the most recent change that has not been undone yet. */
    undo: mutation<typeof nothing, UndoOutcome>(nothing),
    /** What changed after a change set (here, in another window or from the command line): the screens refresh what depends on it. */
    since: query<typeof changesSinceInput, ChangesSince>(changesSinceInput),
    list: query<z.ZodObject<{ limit: z.ZodOptional<z.ZodNumber> }>, ChangeSetSummary[]>(
      z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    ),
  },
  network: {
    stats: query<typeof nothing, NetworkStats>(nothing),
    /** The whole network in one call (archived records included): what the UI and its search index start from. */
    load: query<typeof nothing, NetworkData>(nothing),
    /** The whole network as a network file (every table, casussen included), to read into another file with `import-json`. */
    exportFile: query<typeof nothing, { fileName: string; text: string; rows: number }>(nothing, { action: 'list', one: 'export van het hele netwerk' }),
    /** Every finding of the analysis (gaps, duplicates, islands, ...), computed where the casussen are. */
    analyse: query<typeof todayInput, NetworkAnalysis>(todayInput, { action: 'list', one: 'analyse (onvervulde behoeften)' }),
    /** The running analysis's progress; null when none runs. Answered at once: the analysis has a thread of its own. */
    analyseProgress: query<typeof nothing, AnalysisProgress | null>(nothing),
    /**
     * Stops every running analysis (their callers get a Dutch "afgebroken").
     * A query: it changes no data, and so works on a network opened read-only too.
     */
    analyseCancel: query<typeof nothing, { cancelled: boolean }>(nothing),
    /** Merge a duplicate into the record to keep: every relation moves, the duplicate is archived; one undo. */
    merge: mutation<typeof mergeInput, MergeOutcome>(mergeInput),
    /** What `merge` would move, per kind of relation, without changing anything: the preview before she decides. */
    mergeMoves: query<typeof mergeInput, MergeOutcome['moved']>(mergeInput),
    /** Where the map put each node last time: reused so the map opens at once and stays familiar. */
    positions: query<typeof nothing, NodePositions>(nothing),
    /** Keeps laid-out positions (view state: not in the change log, not undone). */
    savePositions: mutation<typeof savePositionsInput, { saved: number }>(savePositionsInput),
  },
  importFile: {
    /** Reads and plans an import without writing anything: the preview. */
    preview: query<typeof importFileInput, ImportPreview>(importFileInput),
    /** Imports as one change set (one undo), after a backup. */
    apply: mutation<typeof importFileInput, ImportPreview>(importFileInput),
    /** The running import's progress; null when none runs. Answered at once, also while an import writes. */
    progress: query<typeof nothing, ImportProgress | null>(nothing),
    /** Stops the running import at its next batch: nothing of it is written. */
    cancel: mutation<typeof nothing, { cancelled: boolean }>(nothing),
  },
  handover: {
    /** The bundle for a successor: the whole network or one neighbourhood; casussen only when asked, pseudonymised. */
    exportBundle: query<typeof handoverExportInput, { fileName: string; text: string }>(handoverExportInput),
    /** What a bundle would add, update and leave (nothing written). */
    preview: query<typeof handoverImportInput, HandoverPreview>(handoverImportInput),
    /** Merges the bundle in, as one undoable change. */
    apply: mutation<typeof handoverImportInput, HandoverPreview>(handoverImportInput),
    /** Contacts as vCards, to put on a phone: some persons, or all. */
    vcards: query<typeof vcardInput, { text: string; count: number }>(vcardInput),
  },
  backups: {
    /** The copies in the backup folder, newest first. */
    list: query<typeof nothing, BackupInfo[]>(nothing),
    /** A backup now. */
    create: mutation<typeof nothing, BackupInfo>(nothing),
    /** Puts this backup back at the next start (the open file cannot be swapped). */
    restoreAtNextStart: mutation<typeof backupChoice, BackupInfo>(backupChoice),
    /** Everything still readable in the network file (also a damaged one), as a network file to read into a new one; what was lost, in Dutch. */
    rescue: query<typeof nothing, { fileName: string; text: string; rows: number; losses: string[] }>(nothing, { action: 'list', one: 'redding van het hele netwerk' }),
  },
  clock: {
    /** The app's "now" (ISO): the renderer anchors its clock on it, so page and services agree on today. */
    now: query<typeof nothing, { now: string }>(nothing),
  },
  settings: {
    get: query<typeof nothing, Settings>(nothing),
    /** Changes some settings; one undoable change. */
    update: mutation<typeof settingsPatch, Settings>(settingsPatch),
  },
} as const;

export type ApiContract = typeof apiContract;
export type Namespace = keyof ApiContract;
export type MethodName<N extends Namespace> = keyof ApiContract[N] & string;

type SpecOf<N extends Namespace, M extends MethodName<N>> = ApiContract[N][M] extends MethodSpec<infer I, infer O> ? { input: I; output: O } : never;

/** What a caller passes (before parsing: e.g. a phone number as typed). */
export type ApiInput<N extends Namespace, M extends MethodName<N>> = z.input<SpecOf<N, M>['input']>;
/** What a handler receives (after parsing and normalising). */
export type ApiParsedInput<N extends Namespace, M extends MethodName<N>> = z.output<SpecOf<N, M>['input']>;
export type ApiOutput<N extends Namespace, M extends MethodName<N>> = SpecOf<N, M>['output'];

/** The typed client every front end uses; a transport implements it. */
export type ApiClient = {
  [N in Namespace]: { [M in MethodName<N>]: (input: ApiInput<N, M>) => Promise<Result<ApiOutput<N, M>>> };
};

/** The server side: one plain function per method, taking parsed input. */
export type ApiHandlers = {
  [N in Namespace]: { [M in MethodName<N>]: (input: ApiParsedInput<N, M>) => Promise<ApiOutput<N, M>> };
};

// Compile-time check that `apiMethodNames` lists exactly the contract's methods.
type ListedMethods = { [N in keyof typeof apiMethodNames]: (typeof apiMethodNames)[N][number] };
type ContractMethods = { [N in Namespace]: MethodName<N> };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<Check extends true> = Check;
export type MethodNamesMatchContract = Holds<Same<ListedMethods, ContractMethods>>;
