import { join, normalize, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';

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
    const path = normalize(join(rendererDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    const inside = relative(rendererDir, path);
    if (inside.startsWith('..') || inside.includes(`..${sep}`)) return new Response('Niet toegestaan', { status: 403 });
    return net.fetch(pathToFileURL(path).toString());
  });
}
