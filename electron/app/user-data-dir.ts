import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name as Electron sees it (package.json `name`), which names its user-data folder. */
const appFolderName = 'spinweb';

/**
 * Electron's `app.getPath('userData')` for this app, computed without
 * Electron: browser mode (`npm start` where Electron cannot run) opens the
 * same network file as the desktop app.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), appFolderName);
}
