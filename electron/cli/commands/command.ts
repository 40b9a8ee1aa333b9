/** What a command prints: `json` with --json, `text` otherwise. */
export interface CommandOutput {
  json: unknown;
  text: string;
  /** Non-zero when the command found a problem (e.g. `check`). */
  exitCode?: number;
}

/** Where a command prints while it runs (`serve` prints its address at once). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
