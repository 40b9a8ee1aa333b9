/** One entry of the access log: who looked at which casus data, when. */
export interface AccessLogEntry {
  id: number;
  at: string;
  actor: string;
  action: 'read' | 'list' | 'match' | 'report' | 'anonymise' | 'handover';
  entityKind: 'casus';
  entityId: string | null;
  detail: string;
}
