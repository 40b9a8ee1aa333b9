import { formatMoment } from '../shared/dates/format-date';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { createHandlers } from './api/handlers';
import { appOrigin, appSchemePrivileges, serveRenderer } from './app/app-protocol';
import { registerIpc } from './app/ipc';
import { installDutchMenu } from './app/menu';
import { openNetworkForUse, userNetworkFile, type FirstNetworkChoice } from './app/open-network-for-use';
import { makeBackup } from './database/backups';
import type { DamageChoice, DamageReport } from './database/open-safely';
import { createMainWindow } from './app/window-options';
import { hardenWindow, limitPermissions } from './app/window-security';
import type { SpinwebDatabase } from './database/open-database';
import { createServiceContext } from './services/service-context';
import { systemClock } from '../shared/dates/clock';

// Thin on purpose: every policy lives in a plain module with its own tests.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
let mainWindow: BrowserWindow | null = null;
let network: SpinwebDatabase | null = null;

// Only links that passed isAllowedExternalUrl reach this (tel:, mailto:, https:).
const openExternal = (url: string) => void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: callers validate the scheme first

/** First start: the broker picks the demo network or an empty one (flags skip the question). */
async function chooseFirstNetwork(): Promise<FirstNetworkChoice> {
  if (process.argv.includes('--empty')) return 'empty';
  if (process.argv.includes('--demo')) return 'demo';
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: 'Welkom bij Spinweb',
    message: 'Waarmee wil je beginnen?',
    detail: 'Het demonetwerk is een verzonnen Rotterdam Noord om de app te leren kennen. Een leeg netwerk vul je zelf.',
    buttons: ['Demonetwerk Rotterdam Noord', 'Leeg netwerk'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0 ? 'demo' : 'empty';
}

/** A damaged network file: restore the latest good backup (named with its date), or open read-only to export. */
async function chooseOnDamage(report: DamageReport): Promise<DamageChoice> {
  const backup = report.latestGood ? `De laatste goede reservekopie is van ${formatMoment(report.latestGood.at)}.` : 'Er is geen goede reservekopie.';
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Het netwerkbestand is beschadigd',
    message: 'Spinweb vond een fout in het netwerkbestand.',
    detail: `${backup}\n\nTerugzetten bewaart het beschadigde bestand ernaast. Alleen-lezen openen laat je exporteren wat er nog is. (${report.detail})`,
    buttons: report.latestGood ? ['Reservekopie terugzetten', 'Alleen-lezen openen'] : ['Alleen-lezen openen'],
    defaultId: 0,
    cancelId: report.latestGood ? 1 : 0,
  });
  return report.latestGood && response === 0 ? 'restore' : 'read-only';
}

function createWindow(): BrowserWindow {
  // Hardened through 'web-contents-created' below, like every web contents.
  const window = createMainWindow(BrowserWindow, join(__dirname, 'preload.cjs'), join(__dirname, 'icon.png'));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWindow(contents, openExternal));

  void app.whenReady().then(async () => {
    try {
      const opened = await openNetworkForUse(userNetworkFile(app.getPath('userData')), { clock: systemClock, chooseFirstNetwork, onDamage: chooseOnDamage });
      network = opened.network;
      if (opened.backupWarning) void dialog.showMessageBox({ type: 'warning', title: 'Geen reservekopie gemaakt', message: opened.backupWarning });
      if (opened.writeProtected) void dialog.showMessageBox({ type: 'info', title: 'Alleen-lezen', message: opened.writeProtected });
    } catch (error) {
      dialog.showErrorBox('Spinweb kan het netwerk niet openen', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    limitPermissions(session.defaultSession);
    serveRenderer(protocol, join(__dirname, '..', 'renderer'), (fileUrl) => net.fetch(fileUrl));
    const opened = network;
    const backup = async (reason: 'voor-import' | 'handmatig') => {
    await makeBackup(opened, reason, systemClock.now());
  };
    registerIpc(ipcMain, createHandlers(createServiceContext(network.db, 'app', systemClock, { backup, databaseFile: network.file, readOnly: network.readOnly })));
    installDutchMenu();
    mainWindow = createWindow();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void network?.close());
}
