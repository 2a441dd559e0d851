// Reads the server's environment variables (docs/architecture.md, "Environment") into a typed config.
import { isIP } from 'node:net';
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

/** How the production server guards itself and the eGain server (decisions 020 and 021). */
export interface GuardConfig {
  /** Host names the server answers for; others get 421. */
  allowedHosts: string[];
  /** Proxies whose X-Forwarded-* headers are believed: false, true (any) or addresses/ranges. */
  trustProxy: boolean | string[];
  /** The site is reached over HTTPS: Strict-Transport-Security is sent. */
  https: boolean;
  upstream: {
    connectTimeoutMs: number;
    headersTimeoutMs: number;
    answerTimeoutMs: number;
    maxAnswerBytes: number;
    perClient: number;
    total: number;
    queueTimeoutMs: number;
    queuePerClient: number;
  };
  signIn: { perUser: number; perAddress: number; windowMs: number };
}

export interface Config {
  port: number;
  host: string;
  /** Base URL of a real eGain server up to and including the context root, without a trailing slash. */
  egainUrl: string | undefined;
  sim: SimulatorConfig;
  guard: GuardConfig;
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

const boolean = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['0', '1', 'false', 'true']))
  .transform((value) => value === '1' || value === 'true');

const seconds = (max: number) =>
  positiveNumber.pipe(z.number().max(max)).transform((value) => Math.round(value * 1000));

const list = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter((item) => item !== ''),
  )
  .pipe(z.array(z.string()).min(1, 'must name at least one entry'));

const hostNames = list.pipe(
  z.array(
    z
      .string()
      .regex(
        /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$|^[0-9a-f:.]+$/,
        'must be host names without port or scheme, separated by commas',
      ),
  ),
);

/** An address, a CIDR range or one of proxy-addr's names, as Fastify's trustProxy takes them. */
function isTrustedProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

const trustProxy = z.union([
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['0', 'false']))
    .transform(() => false),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['1', 'true']))
    .transform(() => true),
  list.pipe(
    z.array(
      z
        .string()
        .refine(
          isTrustedProxyEntry,
          'must be true, or addresses / CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas',
        ),
    ),
  ),
]);

const EnvSchema = z.object({
  PORT: z.preprocess(unsetIfEmpty, integer(0, 65535).optional()),
  HOST: z.preprocess(unsetIfEmpty, z.string().trim().default('127.0.0.1')),
  EGAIN_URL: z.preprocess(unsetIfEmpty, egainUrlSchema.optional()),
  SIM_CASES: z.preprocess(unsetIfEmpty, integer(1, 1_000_000).default(5000)),
  SIM_SEED: z.preprocess(unsetIfEmpty, integer(0, 2 ** 32 - 1).default(20210825)),
  SIM_IDLE_TIMEOUT_MINUTES: z.preprocess(unsetIfEmpty, positiveNumber.default(30)),
  SIM_TEST_CONTROLS: z.preprocess(unsetIfEmpty, flag.default(false)),
  ALLOWED_HOSTS: z.preprocess(unsetIfEmpty, hostNames.optional()),
  TRUST_PROXY: z.preprocess(unsetIfEmpty, trustProxy.default(false)),
  HTTPS: z.preprocess(unsetIfEmpty, boolean.default(false)),
  UPSTREAM_CONNECT_TIMEOUT_SECONDS: z.preprocess(unsetIfEmpty, seconds(600).default(5_000)),
  UPSTREAM_HEADERS_TIMEOUT_SECONDS: z.preprocess(unsetIfEmpty, seconds(600).default(15_000)),
  UPSTREAM_TIMEOUT_SECONDS: z.preprocess(unsetIfEmpty, seconds(600).default(30_000)),
  UPSTREAM_QUEUE_TIMEOUT_SECONDS: z.preprocess(unsetIfEmpty, seconds(600).default(5_000)),
  UPSTREAM_MAX_RESPONSE_MB: z.preprocess(unsetIfEmpty, positiveNumber.default(10)),
  UPSTREAM_MAX_PER_CLIENT: z.preprocess(unsetIfEmpty, integer(1, 10_000).default(16)),
  UPSTREAM_MAX_IN_FLIGHT: z.preprocess(unsetIfEmpty, integer(1, 10_000).default(128)),
  SIGN_IN_FAILURES_PER_USER: z.preprocess(unsetIfEmpty, integer(1, 10_000).default(10)),
  SIGN_IN_FAILURES_PER_ADDRESS: z.preprocess(unsetIfEmpty, integer(1, 10_000).default(50)),
  SIGN_IN_FAILURE_WINDOW_MINUTES: z.preprocess(unsetIfEmpty, positiveNumber.default(5)),
  SIM_SHAPE: z.preprocess(unsetIfEmpty, z.enum(['contract', 'ece']).default('contract')),
});

/** The listen host when it names this machine (not a wildcard), then the loopback names. */
function defaultAllowedHosts(host: string): string[] {
  const names = ['localhost', '127.0.0.1', '::1'];
  const listen = host.toLowerCase().replace(/^\[|\]$/g, '');
  return listen === '0.0.0.0' || listen === '::' || names.includes(listen)
    ? names
    : [listen, ...names];
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      // The variable, also for an issue inside a list (ALLOWED_HOSTS, TRUST_PROXY).
      const name = String(issue.path[0] ?? '');
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
    guard: {
      allowedHosts: parsed.ALLOWED_HOSTS ?? defaultAllowedHosts(parsed.HOST),
      trustProxy: parsed.TRUST_PROXY,
      https: parsed.HTTPS,
      upstream: {
        connectTimeoutMs: parsed.UPSTREAM_CONNECT_TIMEOUT_SECONDS,
        headersTimeoutMs: parsed.UPSTREAM_HEADERS_TIMEOUT_SECONDS,
        answerTimeoutMs: parsed.UPSTREAM_TIMEOUT_SECONDS,
        maxAnswerBytes: Math.round(parsed.UPSTREAM_MAX_RESPONSE_MB * 1024 * 1024),
        perClient: parsed.UPSTREAM_MAX_PER_CLIENT,
        total: parsed.UPSTREAM_MAX_IN_FLIGHT,
        queueTimeoutMs: parsed.UPSTREAM_QUEUE_TIMEOUT_SECONDS,
        queuePerClient: 4 * parsed.UPSTREAM_MAX_PER_CLIENT,
      },
      signIn: {
        perUser: parsed.SIGN_IN_FAILURES_PER_USER,
        perAddress: parsed.SIGN_IN_FAILURES_PER_ADDRESS,
        windowMs: Math.round(parsed.SIGN_IN_FAILURE_WINDOW_MINUTES * 60_000),
      },
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
