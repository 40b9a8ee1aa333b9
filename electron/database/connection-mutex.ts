/**
 * SQLite has one connection; this lock lets one query or transaction hold
 * it at a time, so nothing slips in between a transaction's statements.
 */
export class ConnectionMutex {
  #held?: Promise<void>;
  #release?: () => void;

  async lock(): Promise<void> {
    while (this.#held) {
      await this.#held;
    }
    this.#held = new Promise((resolve) => {
      this.#release = resolve;
    });
  }

  unlock(): void {
    const release = this.#release;
    this.#held = undefined;
    this.#release = undefined;
    release?.();
  }
}
