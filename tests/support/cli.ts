import { runCli } from '../../electron/cli/run-cli';

/** Runs the CLI in-process and keeps what it printed: stdout, stderr, and both in the order written. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string; output: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => void (out.push(text), both.push(text)),
    stderr: (text) => void (err.push(text), both.push(text)),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), output: both.join('\n') };
}
