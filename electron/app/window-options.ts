import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

type WindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

/**
 * Creates the main window. Every item of Electron's security checklist that
 * is a window option is set explicitly here, as a literal (so static
 * checkers such as electronegativity see it too), and tested.
 */
/** `iconPath`: the app icon (build/icon.png, copied into dist/electron by the build) for the title bar and task bar. */
export function createMainWindow(BrowserWindow: WindowClass, preloadPath: string, iconPath: string): ElectronBrowserWindow {
  return new BrowserWindow({ // eng-disable REMOTE_MODULE_JS_CHECK: the remote module no longer exists in Electron 45
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Spinweb',
    icon: iconPath,
    show: false,
    backgroundColor: '#f3f5f8',
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK: the preload is our bundled bridge only, in a sandbox
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Electron's spellchecker fetches its dictionaries from the internet: off, so nothing typed leaves the machine.
      spellcheck: false,
    },
  });
}
