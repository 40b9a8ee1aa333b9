import { shell, type BrowserWindow, type Session } from 'electron';
import { appOrigin } from './app-protocol';

const externalSchemes = new Set(['tel:', 'mailto:', 'https:']);

/** Opens tel:, mailto: and https: links in the system's own apps; nothing else leaves the app. */
export function openExternalSafely(url: string): void {
  try {
    if (externalSchemes.has(new URL(url).protocol)) void shell.openExternal(url);
  } catch {
    // Not a URL: ignore.
  }
}

/** No navigation away from the app, no new windows, no permissions. */
export function hardenWindow(window: BrowserWindow): void {
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
