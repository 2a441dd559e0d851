// `npm run check:egain`: reads EGAIN_URL, EGAIN_USER and EGAIN_PASSWORD (asking for what is missing
// when a terminal is attached), runs the connection check and exits 0, or 1 with a one-line reason.
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { runCheck } from './check-egain.ts';
import { egainUrlSchema } from './config.ts';

const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const EnvSchema = z.object({
  EGAIN_URL: z.preprocess(unsetIfEmpty, egainUrlSchema.optional()),
  EGAIN_USER: z.preprocess(unsetIfEmpty, z.string().optional()),
  EGAIN_PASSWORD: z.preprocess(unsetIfEmpty, z.string().optional()),
  EGAIN_CHECK_CRITERIA: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .transform((text, ctx): unknown => {
        try {
          return JSON.parse(text);
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
          return z.NEVER;
        }
      })
      .pipe(z.record(z.string(), z.string().min(1), 'must be a JSON object of non-empty strings'))
      .default({ department: 'Service' }),
  ),
  EGAIN_CHECK_TIMEOUT_SECONDS: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().positive().max(600).default(20),
  ),
  EGAIN_CHECK_FORCE_LOGIN: z.preprocess(unsetIfEmpty, z.enum(['0', '1']).default('0')),
  EGAIN_CHECK_LANGUAGE: z.preprocess(unsetIfEmpty, z.string().default('en-US')),
});

function fail(reason: string): never {
  process.stderr.write(`check:egain failed: ${reason}\n`);
  process.exit(1);
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stdout.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let value = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    input.on('data', onData);
  });
}

const parsed = EnvSchema.safeParse(process.env);
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  fail(`${issue?.path.join('.') ?? 'environment'} ${issue?.message ?? 'is invalid'}`);
}
const env = parsed.data;
if (env.EGAIN_URL === undefined) {
  fail(
    'EGAIN_URL is not set (the eGain base URL up to the context root, e.g. https://acme.example.com/system)',
  );
}
const terminal = process.stdin.isTTY && process.stdout.isTTY;
let userName = env.EGAIN_USER;
let password = env.EGAIN_PASSWORD;
try {
  if (userName === undefined) {
    if (!terminal) fail('EGAIN_USER is not set and no terminal is attached to ask for it');
    userName = await ask('eGain user name: ');
  }
  if (password === undefined) {
    if (!terminal) fail('EGAIN_PASSWORD is not set and no terminal is attached to ask for it');
    password = await askHidden('eGain password: ');
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!userName) fail('no user name given');
if (!password) fail('no password given');

process.stdout.write(`Checking ${env.EGAIN_URL} as ${userName}\n`);
const result = await runCheck(
  {
    baseUrl: env.EGAIN_URL,
    userName,
    password,
    criteria: env.EGAIN_CHECK_CRITERIA,
    timeoutMs: env.EGAIN_CHECK_TIMEOUT_SECONDS * 1000,
    forceLogin: env.EGAIN_CHECK_FORCE_LOGIN === '1',
    language: env.EGAIN_CHECK_LANGUAGE,
  },
  (line) => void process.stdout.write(`${line}\n`),
);
if (!result.ok) fail(result.reason ?? 'a step failed');
