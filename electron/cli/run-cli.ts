import { AppError } from '../../shared/contract/result';
import { UsageError } from './cli-error';
import { analyseCommand, analyseUsage } from './commands/analyse-command';
import { backupCommand, backupUsage } from './commands/backup-command';
import { checkCommand, checkUsage } from './commands/check-command';
import type { CliIo, CommandOutput } from './commands/command';
import { demoCommand, demoUsage } from './commands/demo-command';
import { exportCommand, exportUsage } from './commands/export-command';
import { handoverExportCommand, handoverExportUsage, handoverImportCommand, handoverImportUsage } from './commands/handover-command';
import { importCommand, importUsage } from './commands/import-command';
import { importJsonCommand, importJsonUsage } from './commands/import-json-command';
import { matchCommand, matchUsage } from './commands/match-command';
import { mergeCommand, mergeUsage } from './commands/merge-command';
import { reportCommand, reportUsage } from './commands/report-command';
import { rescueCommand, rescueUsage } from './commands/rescue-command';
import { restoreCommand, restoreUsage } from './commands/restore-command';
import { retentionCommand, retentionUsage } from './commands/retention-command';
import { searchCommand, searchUsage } from './commands/search-command';
import { serveCommand, serveUsage } from './commands/serve-command';
import { statsCommand, statsUsage } from './commands/stats-command';
import { meetingsCommand, meetingsUsage } from './commands/meetings-command';
import { requestsCommand, requestsUsage } from './commands/requests-command';
import { dueVisitsCommand, dueVisitsUsage, planRoundCommand, planRoundUsage } from './commands/visits-command';

const commands: Record<string, { run: (args: string[], io: CliIo) => Promise<CommandOutput>; usage: string }> = {
  demo: { run: demoCommand, usage: demoUsage },
  stats: { run: statsCommand, usage: statsUsage },
  check: { run: checkCommand, usage: checkUsage },
  export: { run: exportCommand, usage: exportUsage },
  'import-json': { run: importJsonCommand, usage: importJsonUsage },
  import: { run: importCommand, usage: importUsage },
  'handover-export': { run: handoverExportCommand, usage: handoverExportUsage },
  'handover-import': { run: handoverImportCommand, usage: handoverImportUsage },
  backup: { run: backupCommand, usage: backupUsage },
  restore: { run: restoreCommand, usage: restoreUsage },
  rescue: { run: rescueCommand, usage: rescueUsage },
  serve: { run: serveCommand, usage: serveUsage },
  search: { run: searchCommand, usage: searchUsage },
  analyse: { run: analyseCommand, usage: analyseUsage },
  match: { run: matchCommand, usage: matchUsage },
  retention: { run: retentionCommand, usage: retentionUsage },
  report: { run: reportCommand, usage: reportUsage },
  merge: { run: mergeCommand, usage: mergeUsage },
  meetings: { run: meetingsCommand, usage: meetingsUsage },
  requests: { run: requestsCommand, usage: requestsUsage },
  'due-visits': { run: dueVisitsCommand, usage: dueVisitsUsage },
  'plan-round': { run: planRoundCommand, usage: planRoundUsage },
};

export const usage = ['Gebruik: npm run cli -- <opdracht> [opties]', '', ...Object.values(commands).map((command) => `  ${command.usage}`)].join('\n');

/** Runs one CLI invocation and returns the exit code (0 ok, 1 failed, 2 wrong usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(usage);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`Onbekende opdracht "${name}".\n\n${usage}`);
    return 2;
  }
  const json = args.includes('--json');
  try {
    const output = await command.run(args, io);
    io.stdout(json ? JSON.stringify(output.json, null, 2) : output.text);
    return output.exitCode ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\nGebruik: npm run cli -- ${command.usage}`);
      return 2;
    }
    const message = error instanceof AppError ? error.message : `Fout: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr(json ? JSON.stringify({ ok: false, error: { code: error instanceof AppError ? error.code : 'INTERNAL', message } }) : message);
    return 1;
  }
}
