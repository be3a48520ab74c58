import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'dealcalc.cjs');
/** Whether the bundled CLI and the built page are there (npm install builds them). */
export const BUILT =
  existsSync(join(ROOT, 'dist', 'dealcalc.cjs')) && existsSync(join(ROOT, 'dist', 'web', 'app.js'));

/** Starts `dealcalc serve …` and resolves with the process and its first line of output. */
export function startServe(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{
  child: ChildProcessWithoutNullStreams;
  line: string;
  stderr: () => string;
  stdout: () => string;
}> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const first = stdout === '';
      stdout += chunk.toString();
      if (first && stdout.includes('\n'))
        resolve({ child, line: stdout.split('\n')[0] as string, stderr: () => stderr, stdout: () => stdout });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}
