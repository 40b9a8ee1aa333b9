/** Error codes that cross the API boundary; the UI branches on these. */
export type ErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'DISK_FULL' | 'NOTHING_TO_UNDO' | 'UNKNOWN_METHOD' | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  /** A Dutch sentence for the broker, naming what is wrong. */
  message: string;
  /** For INVALID_INPUT: the problem per field path, for messages next to form fields. */
  fields?: Record<string, string>;
}

/** Every API call answers with an envelope, never a thrown string. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * An error a service raises on purpose. It crosses the boundary as
 * `{ ok: false, error: { code, message, fields } }`, with `fields` when it
 * names the field at fault; any other error becomes INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field the message belongs next to (a path such as `newRole.organisationId`). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
