import { pathToFileURL } from 'node:url';
import type { Protocol } from 'electron';
import { securityHeaders } from '../http/security-headers';
import { resolveInside } from '../http/static-files';
import { appHost, appScheme } from './app-origin';

export { appOrigin } from './app-origin';

/** Privileges of the app:// scheme; registered before the app is ready. */
export const appSchemePrivileges = { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } };

/**
 * Answers app://spinweb/... from the built renderer folder, with the
 * security headers (CSP included), refusing anything outside the folder.
 */
export function rendererRequestHandler(rendererDir: string, fetchFile: (fileUrl: string) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Niet gevonden', { status: 404 });
    const path = resolveInside(rendererDir, url.pathname);
    if (!path) return new Response('Niet toegestaan', { status: 403 });
    const file = await fetchFile(pathToFileURL(path).toString());
    const headers = new Headers(file.headers);
    for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
    return new Response(file.body, { status: file.status, headers });
  };
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string, fetchFile: (fileUrl: string) => Promise<Response>): void {
  protocol.handle(appScheme, rendererRequestHandler(rendererDir, fetchFile));
}
