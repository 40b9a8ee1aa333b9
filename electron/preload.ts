import { contextBridge, ipcRenderer } from 'electron';
import { buildClient } from '../shared/contract/build-client';
import { ipcChannel } from '../shared/contract/ipc-channel';

// The one object the renderer sees: a function per API method, nothing else.
// Inputs are parsed in the main process; this only forwards them.
contextBridge.exposeInMainWorld(
  'spinweb',
  buildClient((namespace, method, input) => ipcRenderer.invoke(ipcChannel(namespace, method), input)),
);
