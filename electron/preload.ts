import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel } from '../shared/contract/ipc-channel';
import { apiMethodNames } from '../shared/contract/method-names';

// The one object the renderer sees: a function per API method, nothing else.
// Inputs are parsed in the main process; this only forwards them.
const api = Object.fromEntries(
  Object.entries(apiMethodNames).map(([namespace, methods]) => [
    namespace,
    Object.fromEntries(methods.map((method) => [method, (input: unknown) => ipcRenderer.invoke(ipcChannel(namespace, method), input)])),
  ]),
);

contextBridge.exposeInMainWorld('spinweb', api);
