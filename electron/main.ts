import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createHandlers } from './api/handlers';
import { appOrigin, registerAppScheme, serveRenderer } from './app/app-protocol';
import { registerIpc } from './app/ipc';
import { installDutchMenu } from './app/menu';
import { openUserDatabase } from './app/open-user-database';
import { denyPermissions, hardenWindow } from './app/window-security';
import type { SpinwebDatabase } from './database/open-database';
import { createServiceContext } from './services/service-context';

// Thin on purpose: everything testable lives in plain modules.
registerAppScheme();
let mainWindow: BrowserWindow | null = null;
let network: SpinwebDatabase | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Spinweb',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  hardenWindow(window);
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

  app.whenReady().then(async () => {
    try {
      network = await openUserDatabase(app.getPath('userData'), process.argv.includes('--empty'));
    } catch (error) {
      dialog.showErrorBox('Spinweb kan het netwerk niet openen', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    denyPermissions(session.defaultSession);
    serveRenderer(join(__dirname, '..', 'renderer'));
    registerIpc(createHandlers(createServiceContext(network.db, 'app')));
    installDutchMenu();
    mainWindow = createWindow();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void network?.close());
}
