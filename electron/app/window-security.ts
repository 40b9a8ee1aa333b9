import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl, isAppUrl } from './navigation-policy';

/** Opens a URL in the system's own app (phone, mail client, browser). */
export type OpenExternal = (url: string) => void;

/** Navigation away from the app is refused; a phone, mail or https link goes to the system instead. */
export function handleWillNavigate(event: { preventDefault(): void }, url: string, openExternal: OpenExternal): void {
  if (isAppUrl(url)) return;
  event.preventDefault();
  if (isAllowedExternalUrl(url)) openExternal(url);
}

/** The app never opens a window of its own for a link. */
export function handleWindowOpen(details: { url: string }, openExternal: OpenExternal): { action: 'deny' } {
  if (isAllowedExternalUrl(details.url)) openExternal(details.url);
  return { action: 'deny' };
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Navigation, new windows and webviews, limited for a window's contents (frames inside the page too). */
export function hardenWindow(contents: HardenableContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event, url) => handleWillNavigate(event, url, openExternal));
  contents.on('will-frame-navigate', (event) => handleWillNavigate(event, event.url, openExternal));
  contents.on('will-redirect', (event, url) => handleWillNavigate(event, url, openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
}

/**
 * The two permissions Spinweb uses: writing a phone number to the clipboard
 * (Electron's sanitized write) and fullscreen for a presentation.
 */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

/** Whether the app's own page may use `permission`; anything else (camera, location, clipboard reading, ...) and any other page: no. */
export function isAllowedPermission(permission: string, requestingUrl: string): boolean {
  return allowedPermissions.has(permission) && isAppUrl(requestingUrl);
}

/** Exactly the clipboard write and fullscreen for the app's page; every other permission and every device (USB, serial, HID) denied. */
export function limitPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isAllowedPermission(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
