import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/** A Chromium to drive, and where it came from (printed at the start of the run). */
export interface FoundChromium {
  executablePath: string;
  source: string;
  /** Extra environment for the browser process. */
  env?: Record<string, string>;
}

/** Names of an installed Chromium, Chrome or Edge on PATH (Linux, macOS with a shim, Windows). */
const commandNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'chrome'];
/** Where browsers install outside PATH. */
const wellKnownPaths = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first installed Chromium-family browser, or null. */
export function findInstalledChromium(pathVariable = process.env.PATH ?? ''): string | null {
  const onPath = pathVariable
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => commandNames.flatMap((name) => [join(dir, name), join(dir, `${name}.exe`)]));
  return [...onPath, ...wellKnownPaths].find(isExecutable) ?? null;
}

/**
 * The browser for the e2e tests and the bench, without root: `CHROMIUM_PATH`;
 * else an installed Chromium, Chrome or Edge; else the Chromium shipped
 * inside the npm package `@sparticuz/chromium` (Linux x64; unpacked once into
 * the temp folder, about 4 s).
 */
export async function findChromium(): Promise<FoundChromium> {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!isExecutable(fromEnvironment)) throw new Error(`CHROMIUM_PATH wijst naar ${fromEnvironment}, maar daar staat geen uitvoerbaar bestand.`);
    return { executablePath: fromEnvironment, source: 'CHROMIUM_PATH' };
  }
  const installed = findInstalledChromium();
  if (installed) return { executablePath: installed, source: 'installed' };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('Geen Chromium, Chrome of Edge gevonden. Installeer er een, of wijs er een aan met CHROMIUM_PATH.');
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  const packageFile = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
  const executablePath = await packaged.executablePath();
  // A bare machine may have no fonts at all: then the fonts that came with the package (unpacked beside the binary).
  const env = existsSync('/etc/fonts/fonts.conf') ? undefined : { FONTCONFIG_PATH: join(dirname(executablePath), 'fonts') };
  return { executablePath, source: `@sparticuz/chromium ${version} (npm)`, ...(env ? { env } : {}) };
}
