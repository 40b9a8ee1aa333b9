/** What a command prints: `json` with --json, `text` otherwise. */
export interface CommandOutput {
  json: unknown;
  text: string;
  /** Non-zero when the command found a problem (e.g. `check`). */
  exitCode?: number;
}
