// Reads the server's environment variables (docs/architecture.md, "Environment") into a typed config.
import { z } from 'zod';

export interface SimulatorConfig {
  cases: number;
  seed: number;
  idleTimeoutMinutes: number;
  /** Always false when `egainUrl` is set (D14). */
  testControls: boolean;
  /** SIM_SHAPE: the contract's wire shapes, or a real ECE server's (docs/decisions/026). */
  shape: 'contract' | 'ece';
}

export interface Config {
  port: number;
  host: string;
  /** Base URL of a real eGain server up to and including the context root, without a trailing slash. */
  egainUrl: string | undefined;
  sim: SimulatorConfig;
}

export interface LoadConfigOptions {
  /** Port used when PORT is unset: 3000 for `npm start`, 5173 for `npm run dev`. */
  defaultPort?: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

// An empty variable (`EGAIN_URL=` in a shell or `env: { EGAIN_URL: '' }` in Playwright) means "unset".
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const positiveNumber = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'must be a positive number')
  .transform(Number)
  .pipe(z.number().positive());

export const egainUrlSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an absolute http:// or https:// URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'must use http:// or https://' });
    }
    if (url.username !== '' || url.password !== '') {
      ctx.addIssue({ code: 'custom', message: 'must not contain credentials' });
    }
    if (url.search !== '' || url.hash !== '') {
      ctx.addIssue({ code: 'custom', message: 'must not contain a query string or fragment' });
    }
  })
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

const flag = z.enum(['0', '1']).transform((value) => value === '1');

const EnvSchema = z.object({
  PORT: z.preprocess(unsetIfEmpty, integer(0, 65535).optional()),
  HOST: z.preprocess(unsetIfEmpty, z.string().trim().default('127.0.0.1')),
  EGAIN_URL: z.preprocess(unsetIfEmpty, egainUrlSchema.optional()),
  SIM_CASES: z.preprocess(unsetIfEmpty, integer(1, 1_000_000).default(5000)),
  SIM_SEED: z.preprocess(unsetIfEmpty, integer(0, 2 ** 32 - 1).default(20210825)),
  SIM_IDLE_TIMEOUT_MINUTES: z.preprocess(unsetIfEmpty, positiveNumber.default(30)),
  SIM_TEST_CONTROLS: z.preprocess(unsetIfEmpty, flag.default(false)),
  SIM_SHAPE: z.preprocess(unsetIfEmpty, z.enum(['contract', 'ece']).default('contract')),
});

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = typeof env[name] === 'string' ? ` (got ${JSON.stringify(env[name])})` : '';
      return `  ${name}: ${issue.message}${value}`;
    });
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT ?? options.defaultPort ?? 3000,
    host: parsed.HOST,
    egainUrl: parsed.EGAIN_URL,
    sim: {
      cases: parsed.SIM_CASES,
      seed: parsed.SIM_SEED,
      idleTimeoutMinutes: parsed.SIM_IDLE_TIMEOUT_MINUTES,
      // Test controls exist only in the simulator, never in front of a real server (D14).
      testControls: parsed.SIM_TEST_CONTROLS && parsed.EGAIN_URL === undefined,
      shape: parsed.SIM_SHAPE,
    },
  };
}

/** For the entry points: a bad environment prints the reason and exits with code 1. */
export function loadConfigOrExit(
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): Config {
  try {
    return loadConfig(env, options);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
