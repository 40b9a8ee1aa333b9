import { appOrigin } from './app-origin';

const externalSchemes = new Set(['tel:', 'mailto:', 'https:']);

/** Pages of the app itself: app://spinweb/... */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

/** Links the system may open outside the app when the user clicks them: phone, mail and secure web pages. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!externalSchemes.has(parsed.protocol)) return false;
    // No credentials smuggled into a web link.
    return parsed.protocol !== 'https:' || (parsed.username === '' && parsed.password === '');
  } catch {
    return false;
  }
}
