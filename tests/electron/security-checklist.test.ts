// Electron's security checklist, one test per item that applies, against
// the real window options, handlers and preload. The Electron runtime cannot
// run on these machines, so its objects are stood in for by the smallest
// structural fakes that record what our code asks of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent, WebContents } from 'electron';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rendererRequestHandler, appSchemePrivileges } from '../../electron/app/app-protocol';
import { isTrustedSender, registerIpc } from '../../electron/app/ipc';
import { isAllowedExternalUrl } from '../../electron/app/navigation-policy';
import { createMainWindow } from '../../electron/app/window-options';
import { handleWillNavigate, handleWindowOpen, hardenWindow, limitPermissions } from '../../electron/app/window-security';
import { createHandlers } from '../../electron/api/handlers';
import { apiMethodNames } from '../../shared/contract/method-names';
import { ok, openTestApp } from '../support/temp-database';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** The options the real window factory passes to BrowserWindow. */
function createdWindowOptions(): BrowserWindowConstructorOptions {
  let captured: BrowserWindowConstructorOptions | undefined;
  function RecordingWindow(options: BrowserWindowConstructorOptions) {
    captured = options;
  }
  createMainWindow(RecordingWindow as never, '/app/preload.cjs', '/app/icon.png');
  return captured!;
}
const preferences = createdWindowOptions().webPreferences!;

function navigationEvent() {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

describe("Electron's security checklist", () => {
  it('isolates the context of the preload from the page', () => {
    expect(preferences.contextIsolation).toBe(true);
  });

  it('runs the renderer in the sandbox', () => {
    expect(preferences.sandbox).toBe(true);
  });

  it('gives the page no Node.js integration anywhere', () => {
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
    expect(preferences.webviewTag).toBe(false);
  });

  it('keeps web security on and experimental features off', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('allows no insecure content and serves the page from a secure custom scheme', () => {
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(appSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    const main = readFileSync(root('electron/main.ts'), 'utf8');
    expect(main).toContain('window.loadURL(`${appOrigin}/index.html`)');
    expect(main).not.toMatch(/loadFile|file:\/\//);
  });

  it('has a strict Content-Security-Policy in the page and on every app:// response', async () => {
    const html = readFileSync(root('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const handler = rendererRequestHandler('/srv/renderer', async () => new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }));
    const response = await handler(new Request('app://spinweb/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(response.headers.get('Content-Security-Policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('serves only files inside the renderer folder over app://', async () => {
    const fetched: string[] = [];
    const handler = rendererRequestHandler('/srv/renderer', async (url) => {
      fetched.push(url);
      return new Response('ok');
    });
    expect((await handler(new Request('app://spinweb/assets/app.js'))).status).toBe(200);
    // The URL parser already folds dot segments; what reaches the disk stays inside the folder.
    await handler(new Request('app://spinweb/%2e%2e/%2e%2e/etc/passwd'));
    await handler(new Request('app://spinweb/assets/..%2F..%2F..%2Fetc%2Fpasswd'));
    expect((await handler(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect(fetched.length).toBeGreaterThan(1);
    expect(fetched.every((url) => url.startsWith('file:///srv/renderer/'))).toBe(true);
  });

  it('stops navigation away from the app, opening only allowed links outside it', () => {
    const opened: string[] = [];
    const open = (url: string) => opened.push(url);
    for (const url of ['https://example.org/agenda', 'tel:+31612345678', 'mailto:info@buurtwerk.example', 'http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:evil']) {
      const event = navigationEvent();
      handleWillNavigate(event, url, open);
      expect(event.prevented, url).toBe(true);
    }
    const inside = navigationEvent();
    handleWillNavigate(inside, 'app://spinweb/index.html#/adresboek', open);
    expect(inside.prevented).toBe(false);
    expect(opened).toEqual(['https://example.org/agenda', 'tel:+31612345678', 'mailto:info@buurtwerk.example']);
  });

  it('never opens a new window', () => {
    const opened: string[] = [];
    expect(handleWindowOpen({ url: 'https://wa.me/31612345678' }, (url) => opened.push(url))).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'app://spinweb/index.html' }, (url) => opened.push(url))).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'smb://server/share' }, (url) => opened.push(url))).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://wa.me/31612345678']);
  });

  it('wires those limits into every web contents, webviews refused', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (windowOpenHandler = handler),
    } as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
    hardenWindow(contents, () => undefined);
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    // A frame inside the page may not navigate away either.
    const frame = Object.assign(navigationEvent(), { url: 'https://evil.example/' });
    (listeners.get('will-frame-navigate') as unknown as (event: typeof frame) => void)(frame);
    expect(frame.prevented).toBe(true);
    const webview = navigationEvent();
    listeners.get('will-attach-webview')!(webview, '');
    expect(webview.prevented).toBe(true);
    const redirect = navigationEvent();
    listeners.get('will-redirect')!(redirect, 'https://evil.example');
    expect(redirect.prevented).toBe(true);
    expect(windowOpenHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('grants the app page only the clipboard write and fullscreen; every other permission, page and device is denied', () => {
    let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void) | undefined;
    let checkHandler: ((contents: unknown, permission: string, requestingOrigin: string) => boolean) | undefined;
    let deviceHandler: (() => boolean) | undefined;
    limitPermissions({
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      setDevicePermissionHandler: (handler: typeof deviceHandler) => (deviceHandler = handler),
    } as never);
    const request = (permission: string, url: string) => {
      let answer: boolean | undefined;
      requestHandler!(null, permission, (granted) => (answer = granted), { requestingUrl: url });
      return answer;
    };
    const page = 'app://spinweb/index.html';
    expect(['clipboard-sanitized-write', 'fullscreen'].map((permission) => request(permission, page))).toEqual([true, true]);
    expect(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi', 'pointerLock'].map((permission) => request(permission, page))).toEqual(Array(7).fill(false));
    expect(request('fullscreen', 'https://evil.example/')).toBe(false);
    expect(checkHandler!(null, 'clipboard-sanitized-write', 'app://spinweb')).toBe(true);
    expect(checkHandler!(null, 'clipboard-read', 'app://spinweb')).toBe(false);
    expect(checkHandler!(null, 'fullscreen', 'https://evil.example')).toBe(false);
    expect(deviceHandler!()).toBe(false);
  });

  it('keeps the spellchecker off: it would fetch dictionaries from the internet', () => {
    expect(preferences.spellcheck).toBe(false);
  });

  it('validates every URL before openExternal', () => {
    expect(['tel:+31612345678', 'mailto:a@b.example', 'https://example.org/x'].every(isAllowedExternalUrl)).toBe(true);
    expect(['http://example.org', 'file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'ms-msdt:x', 'smb://host/share', 'https://user:pass@example.org', 'niet een url'].some(isAllowedExternalUrl)).toBe(false);
    const main = readFileSync(root('electron/main.ts'), 'utf8');
    // The one call site; its only callers are the handlers tested above.
    expect(main.match(/shell\.openExternal/g)).toHaveLength(1);
  });

  it('answers IPC only from the app page itself, with parsed input', async () => {
    const app = await openTestApp();
    const channels = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => unknown>();
    registerIpc({ handle: (channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => unknown) => channels.set(channel, listener) }, createHandlers(app.context));
    const expected = Object.entries(apiMethodNames).flatMap(([namespace, methods]) => methods.map((method) => `spinweb:${namespace}.${method}`));
    expect([...channels.keys()].sort()).toEqual(expected.sort());
    const create = channels.get('spinweb:organisation.create')!;
    const fromApp = { senderFrame: { url: 'app://spinweb/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
    const fromElsewhere = { senderFrame: { url: 'https://evil.example/', parent: null } } as unknown as IpcMainInvokeEvent;
    const fromSubframe = { senderFrame: { url: 'app://spinweb/index.html', parent: {} } } as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(fromApp)).toBe(true);
    expect(await create(fromElsewhere, { name: 'X', kindId: 'kind-welzijn' })).toMatchObject({ ok: false });
    expect(await create(fromSubframe, { name: 'X', kindId: 'kind-welzijn' })).toMatchObject({ ok: false });
    expect(await create(fromApp, { name: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(ok(await app.api.organisation.list({}))).toEqual([]);
    expect(await create(fromApp, { name: 'Buurthuis', kindId: 'kind-welzijn' })).toMatchObject({ ok: true });
  });

  it('exposes no raw IPC: the preload bridges one named object, a function per API method', async () => {
    const bundle = await build({ entryPoints: [root('electron/preload.ts')], bundle: true, write: false, platform: 'node', format: 'cjs', external: ['electron'] });
    const exposed = new Map<string, unknown>();
    const invoked: [string, unknown][] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: { invoke: async (channel: string, input: unknown) => invoked.push([channel, input]), send: () => undefined, on: () => undefined },
    };
    const require = (name: string) => {
      if (name === 'electron') return fakeElectron;
      throw new Error(`the preload may only require electron, not ${name}`);
    };
    runInNewContext(bundle.outputFiles[0]!.text, { require, module: { exports: {} }, exports: {} });
    expect([...exposed.keys()]).toEqual(['spinweb']);
    const api = exposed.get('spinweb') as Record<string, Record<string, unknown>>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(apiMethodNames).sort());
    for (const namespace of Object.values(api)) for (const method of Object.values(namespace)) expect(typeof method).toBe('function');
    const values = Object.values(api).flatMap((namespace) => Object.values(namespace));
    expect(values).not.toContain(fakeElectron.ipcRenderer);
    expect(values).not.toContain(fakeElectron.ipcRenderer.invoke);
    await (api.organisation!.get as (input: unknown) => Promise<unknown>)({ id: 'x' });
    expect(invoked).toEqual([['spinweb:organisation.get', { id: 'x' }]]);
  });

  it('sets the Electron fuses in the packaged app', () => {
    const config = parse(readFileSync(root('electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean>; npmRebuild: boolean; asarUnpack: string[] };
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/sqlite3/**');
  });
});
