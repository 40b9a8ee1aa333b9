// Child process of the import bench: one CLI import, then on stdout how long
// the import itself took (the CLI's modules are loaded, and compiled by tsx,
// before it starts) and its own peak memory (kernel's max RSS).
import { runCli } from '../../electron/cli/run-cli';

const [sheet, db] = process.argv.slice(2);
if (!sheet || !db) throw new Error('usage: import-child SHEET DB');
const started = performance.now();
const code = await runCli(['import', sheet, '--db', db], { stdout: () => undefined, stderr: (text) => process.stderr.write(`${text}\n`) });
const importMs = performance.now() - started;
process.stdout.write(JSON.stringify({ code, importMs, peakRssKb: process.resourceUsage().maxRSS }));
process.exitCode = code;
