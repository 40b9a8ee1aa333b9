// Child process of the import bench: one CLI import, then its own peak memory (kernel's max RSS) on stdout.
import { runCli } from '../../electron/cli/run-cli';

const [sheet, db] = process.argv.slice(2);
if (!sheet || !db) throw new Error('usage: import-child SHEET DB');
const code = await runCli(['import', sheet, '--db', db], { stdout: () => undefined, stderr: (text) => process.stderr.write(`${text}\n`) });
process.stdout.write(JSON.stringify({ code, peakRssKb: process.resourceUsage().maxRSS }));
process.exitCode = code;
