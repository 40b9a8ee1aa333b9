import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { resolveInside } from '../http/static-files';

/** The renderer is served as app://spinweb/..., never from file://. */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://spinweb`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves files from the built renderer folder, refusing anything outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, (request) => {
    const url = new URL(request.url);
    if (url.host !== 'spinweb') return new Response('Niet gevonden', { status: 404 });
    const path = resolveInside(rendererDir, url.pathname);
    if (!path) return new Response('Niet toegestaan', { status: 403 });
    return net.fetch(pathToFileURL(path).toString());
  });
}
