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

/** Navigation, new windows and webviews, limited for a window's contents. */
export function hardenWindow(contents: HardenableContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event, url) => handleWillNavigate(event, url, openExternal));
  contents.on('will-redirect', (event, url) => handleWillNavigate(event, url, openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
}

/** Camera, microphone, notifications, geolocation...: Spinweb needs none of them. */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
