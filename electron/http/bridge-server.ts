import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../shared/contract/api';
import { dispatch } from '../api/dispatch';
import { securityHeaders } from './security-headers';
import { readStaticFile } from './static-files';

/** Browser mode only ever listens here: the network stays on this machine. */
export const loopbackHost = '127.0.0.1';
// Room for an import file (base64, up to about 15 MB); every other call is far smaller.
const maxBodyBytes = 21 * 1024 * 1024;

export interface BridgeServer {
  /** Open this in a browser; the token travels in the fragment, never in a request line. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface BridgeOptions {
  handlers: ApiHandlers;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': contentType, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The request body, or null when it is too large (read to the end anyway, so the client gets the 413). */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= maxBodyBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode: the built renderer and the API over HTTP on 127.0.0.1 only.
 * Every API call needs the random token (`Authorization: Bearer ...`), and
 * every request a Host header naming this server, so a web page elsewhere
 * cannot reach the network through DNS rebinding.
 */
export async function startBridge(options: BridgeOptions): Promise<BridgeServer> {
  const token = randomBytes(32).toString('base64url');
  let allowedHosts = new Set<string>();

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
        return sendJson(response, 403, { ok: false, error: { code: 'INVALID_INPUT', message: 'Onbekende host: Spinweb beantwoordt alleen verzoeken aan 127.0.0.1.' } });
      }
      const url = new URL(request.url ?? '/', `http://${loopbackHost}`);
      const api = /^\/api\/([A-Za-z]+)\/([A-Za-z]+)$/.exec(url.pathname);
      if (api) {
        const authorization = request.headers.authorization ?? '';
        if (!authorization.startsWith('Bearer ') || !sameSecret(authorization.slice('Bearer '.length), token)) {
          return sendJson(response, 401, { ok: false, error: { code: 'INVALID_INPUT', message: 'Geen of een verkeerd toegangstoken.' } });
        }
        if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Gebruik POST.' } });
        const body = await readBody(request);
        if (body === null) return sendJson(response, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'Verzoek te groot.' } });
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          return sendJson(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Het verzoek is geen geldige JSON.' } });
        }
        return sendJson(response, 200, await dispatch(options.handlers, api[1] ?? '', api[2] ?? '', input));
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Niet toegestaan', 'text/plain; charset=utf-8');
      const file = await readStaticFile(options.rendererDir, url.pathname);
      if (!file) return send(response, 404, 'Niet gevonden', 'text/plain; charset=utf-8');
      return send(response, 200, file.body, file.contentType);
    } catch (error) {
      console.error('Spinweb bridge error', error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message: 'Er ging iets mis in Spinweb.' } });
    }
  };
  const server = createServer((request, response) => void answer(request, response));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, loopbackHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`${loopbackHost}:${port}`, `localhost:${port}`]);
  return {
    url: `http://${loopbackHost}:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
