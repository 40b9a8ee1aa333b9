import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { apiContract, type ApiHandlers } from '../../shared/contract/api';
import { ipcChannel } from '../../shared/contract/ipc-channel';
import { dispatch } from '../api/dispatch';
import { appOrigin } from './app-protocol';

function fromOurRenderer(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${appOrigin}/`);
}

/** One handler per contract method; each checks the sender, then parses its input in `dispatch`. */
export function registerIpc(handlers: ApiHandlers): void {
  for (const [namespace, methods] of Object.entries(apiContract)) {
    for (const method of Object.keys(methods)) {
      ipcMain.handle(ipcChannel(namespace, method), (event, input: unknown) => {
        if (!fromOurRenderer(event)) return { ok: false, error: { code: 'INVALID_INPUT', message: 'Verzoek komt niet van het Spinweb-venster.' } };
        return dispatch(handlers, namespace, method, input);
      });
    }
  }
}
