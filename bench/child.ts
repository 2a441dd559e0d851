// Starts bench/serve.ts in a child process and reads its ready line.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
const READY_TIMEOUT_MS = 120_000;

export interface Child<T> {
  ready: T;
  /** Ends stdin (the child closes its servers and exits) and waits for the exit; kills after 10 s. */
  stop: () => Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startChild<T>(args: string[], readySchema: z.ZodType<T>): Promise<Child<T>> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const stop = async (): Promise<void> => {
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
  };
  const stdout = child.stdout;
  if (stdout === null) throw new Error('the child has no stdout');
  const lines = createInterface({ input: stdout });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`bench/serve.ts ${args.join(' ')} was not ready in time`)),
        READY_TIMEOUT_MS,
      );
      lines.once('line', (text) => {
        clearTimeout(timer);
        resolve(text);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`bench/serve.ts ${args.join(' ')} exited with code ${String(code)}`));
      });
    });
    const parsed: unknown = JSON.parse(line);
    return { ready: readySchema.parse(parsed), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
