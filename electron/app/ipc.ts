import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { apiContract, type ApiHandlers } from '../../shared/contract/api';
import { ipcChannel } from '../../shared/contract/ipc-channel';
import type { Result } from '../../shared/contract/result';
import { dispatch } from '../api/dispatch';
import { isAppUrl } from './navigation-policy';

/** Only the app's own page may call the API, not a frame or page from elsewhere. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const untrusted: Result<never> = { ok: false, error: { code: 'INVALID_INPUT', message: 'Verzoek komt niet van het Spinweb-venster.' } };

/** One handler per contract method: checks the sender, then `dispatch` parses the input with the contract's schema. */
export function registerIpc(ipc: Pick<IpcMain, 'handle'>, handlers: ApiHandlers): void {
  for (const [namespace, methods] of Object.entries(apiContract)) {
    for (const method of Object.keys(methods)) {
      ipc.handle(ipcChannel(namespace, method), (event, input: unknown) => (isTrustedSender(event) ? dispatch(handlers, namespace, method, input) : untrusted));
    }
  }
}
