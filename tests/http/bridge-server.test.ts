import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeServer } from '../../electron/http/bridge-server';
import { resolveInside } from '../../electron/http/static-files';
import { serveForTest } from '../support/browser';
import { snapshot } from '../support/snapshot';
import { ok, openTestApp, tempDir } from '../support/temp-database';

/** Stops a child started with `detached` and everything it started (npm and tsx each start another process). */
function stopGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  } catch (error) {
    // ESRCH: the whole group has already gone.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the Host header can be anything (fetch would not allow that). */
function send(port: number, path: string, options: { method?: string; host?: string; token?: string; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: {
          Host: options.host ?? `127.0.0.1:${port}`,
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const bridges: BridgeServer[] = [];
afterEach(async () => {
  while (bridges.length > 0) await bridges.pop()!.close();
});

async function startTestBridge() {
  const app = await openTestApp();
  const bridge = await serveForTest(app.network);
  bridges.push(bridge);
  return { app, bridge };
}

const createOrganisation = JSON.stringify({ name: 'Buurttuin De Pluk', kindId: 'kind-bewonersinitiatief' });

describe('browser mode (the HTTP bridge)', () => {
  it('listens on 127.0.0.1 only and shows the token in the URL fragment', async () => {
    const { bridge } = await startTestBridge();
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
    expect(bridge.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (external) {
      await expect(
        new Promise((resolve, reject) => {
          const req = request({ host: external.address, port: bridge.port, path: '/' }, resolve);
          req.on('error', reject);
          req.end();
        }),
      ).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('answers API calls that carry the token', async () => {
    const { app, bridge } = await startTestBridge();
    const reply = await send(bridge.port, '/api/organisation/create', { method: 'POST', token: bridge.token, body: createOrganisation });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Buurttuin De Pluk' } });
    expect(ok(await app.api.organisation.list({})).map((organisation) => organisation.name)).toEqual(['Buurttuin De Pluk']);
  });

  it('refuses API calls without the right token with 401, changing nothing', async () => {
    const { app, bridge } = await startTestBridge();
    const before = await snapshot(app.network.db);
    expect((await send(bridge.port, '/api/organisation/create', { method: 'POST', body: createOrganisation })).status).toBe(401);
    expect((await send(bridge.port, '/api/organisation/create', { method: 'POST', body: createOrganisation, token: 'x'.repeat(43) })).status).toBe(401);
    expect((await send(bridge.port, '/api/changes/undo', { method: 'POST', body: '{}', token: `${bridge.token}x` })).status).toBe(401);
    expect(await snapshot(app.network.db)).toBe(before);
  });

  it('refuses a foreign Host header with 403, even with the token (DNS rebinding)', async () => {
    const { app, bridge } = await startTestBridge();
    const before = await snapshot(app.network.db);
    for (const host of ['evil.example', `evil.example:${bridge.port}`, `127.0.0.1:${bridge.port + 1}`, `127.0.0.1.evil.example:${bridge.port}`]) {
      const reply = await send(bridge.port, '/api/organisation/create', { method: 'POST', body: createOrganisation, token: bridge.token, host });
      expect(reply.status, host).toBe(403);
      expect((await send(bridge.port, '/', { host })).status, host).toBe(403);
    }
    expect(await snapshot(app.network.db)).toBe(before);
    expect((await send(bridge.port, '/', { host: `localhost:${bridge.port}` })).status).toBe(200);
  });

  it('rejects malformed requests clearly', async () => {
    const { app, bridge } = await startTestBridge();
    const before = await snapshot(app.network.db);
    expect((await send(bridge.port, '/api/organisation/create', { method: 'POST', token: bridge.token, body: '{niet json' })).status).toBe(400);
    expect((await send(bridge.port, '/api/organisation/list', { method: 'GET', token: bridge.token })).status).toBe(405);
    expect((await send(bridge.port, '/api/organisation/create', { method: 'POST', token: bridge.token, body: JSON.stringify({ name: 'x'.repeat(23_000_000) }) })).status).toBe(413);
    const unknown = await send(bridge.port, '/api/organisation/drop', { method: 'POST', token: bridge.token, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await snapshot(app.network.db)).toBe(before);
  });

  it('serves the renderer with its security headers and nothing outside it', async () => {
    const { bridge } = await startTestBridge();
    const index = await send(bridge.port, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<div id="root">');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/%00']) {
      const reply = await send(bridge.port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('"name": "spinweb"');
    }
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/assets/app.js')).toBe('/srv/app/assets/app.js');
  });

  it('is what `npm run cli -- serve` starts, printing its address', async () => {
    const db = join(tempDir(), 'serve.sqlite');
    const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn('npm', ['run', '--silent', 'cli', '--', 'serve', '--db', db, '--empty', '--json'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('\n')) resolve(output.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`serve stopped with ${code}`)));
      });
      const started = JSON.parse(line) as { url: string; host: string; port: number };
      expect(started.host).toBe('127.0.0.1');
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
      expect((await send(started.port, '/api/network/stats', { method: 'POST', body: '{}' })).status).toBe(401);
    } finally {
      stopGroup(child);
    }
  }, 60_000);

  it('is what `npm start` opens where Electron cannot run: the app\'s own network, in the user-data folder', async () => {
    const home = tempDir();
    const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
    // The electron package answers with a runtime that is not there, as on a machine where it could not be downloaded.
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), ELECTRON_OVERRIDE_DIST_PATH: join(home, 'geen-electron') };
    const child = spawn(process.execPath, ['build/start.mjs', '--empty'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /Spinweb draait op (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
          if (found) resolve(found[1]!);
        });
        child.on('exit', (code) => reject(new Error(`npm start stopped with ${code}: ${errors}`)));
      });
      expect(errors).toMatch(/^Electron kan hier niet starten \(.*\); Spinweb opent daarom in de browser, met hetzelfde netwerk\.$/m);
      expect(existsSync(join(home, 'config', 'spinweb', 'spinweb.sqlite'))).toBe(true);
      const page = await send(Number(new URL(address).port), '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('<title>Spinweb</title>');
    } finally {
      stopGroup(child);
    }
  }, 60_000);
});
