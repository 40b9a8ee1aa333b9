import { present } from '../../../shared/invariants/present';
import type { ApiClient } from '../../../shared/contract/api';
import { buildClient } from '../../../shared/contract/build-client';
import type { Result } from '../../../shared/contract/result';

type Listener = () => void;

/**
 * The moment the oldest unanswered call (other than the import's own) was
 * made, or null: a save that waits behind a long import can then say why it
 * waits instead of seeming to hang.
 */
export class PendingCalls {
  #started = new Map<number, number>();
  #next = 0;
  #listeners = new Set<Listener>();

  readonly subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly oldestStartedAt = (): number | null => {
    const first = this.#started.values().next();
    return first.done ? null : first.value;
  };

  track<Value>(call: Promise<Value>): Promise<Value> {
    const id = this.#next++;
    this.#started.set(id, performance.now());
    this.#emit();
    return call.finally(() => {
      this.#started.delete(id);
      this.#emit();
    });
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}

/** The same client, with every call except the import's own (whose screen shows its progress) tracked. */
export function withPendingCalls(api: ApiClient, pending: PendingCalls): ApiClient {
  const methods = api as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;
  return buildClient((namespace, method, input) => {
    const send = present(methods[namespace]?.[method], `API method ${namespace}.${method}`);
    const call = send(input);
    return namespace === 'importFile' ? call : pending.track(call);
  });
}

/** The page's one tracker (one window, one client). */
export const pendingCalls = new PendingCalls();
