/** The IPC channel of one API method: the preload and the main process agree on it here. */
export function ipcChannel(namespace: string, method: string): string {
  return `spinweb:${namespace}.${method}`;
}
