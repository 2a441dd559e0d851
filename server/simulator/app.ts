// The embedded eGain / Cisco ECE API simulator: a Fastify app (not listening) that answers the
// calls of a case-search console as docs/architecture.md and the API contract (§9, §11) describe.
import Fastify, { type FastifyInstance } from 'fastify';
import type { SimulatorContext } from './api-route.ts';
import { createControls } from './controls.ts';
import { SIMULATOR_PASSWORD } from './data/directory.ts';
import { errorBody, errors } from './errors.ts';
import { sendJson } from './json-reply.ts';
import { takeOverBodyParsing } from './raw-body.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerLookupRoutes } from './routes/lookup.ts';
import { registerReadRoutes } from './routes/reads.ts';
import { registerTestControls } from './routes/test-controls.ts';
import type { SimulatorShape } from './serialize.ts';
import { createSessionManager } from './sessions.ts';
import { loadStore } from './store.ts';

export interface SimulatorOptions {
  /** Number of generated cases; customers and activities scale with it. Default 5000. */
  cases?: number;
  /** Seed of the deterministic data generator. Default 20210825. */
  seed?: number;
  /** Idle timeout of sessions. Default 30 minutes. */
  idleTimeoutMs?: number;
  /** Default false: the /system/ws/__sim/* routes do not exist at all. */
  testControls?: boolean;
  /** Fastify's logger. Default false. */
  logger?: boolean;
  /** Clock for sessions and the request log, for tests. Default Date.now. */
  now?: () => number;
  /** Wire shapes (SIM_SHAPE): the contract's examples, or a real ECE server's. Default contract. */
  shape?: SimulatorShape;
}

export const DEMO_CREDENTIALS = { userName: 'supervisor', password: SIMULATOR_PASSWORD } as const;

export const DEFAULT_CASES = 5000;
export const DEFAULT_SEED = 20210825;
export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60_000;

/** Real eGain paths carry the /system context root; the simulator also answers without it. */
const PREFIXES = ['/system/ws', '/ws'] as const;

export async function createSimulator(options: SimulatorOptions = {}): Promise<FastifyInstance> {
  const now = options.now ?? Date.now;
  const store = loadStore(options.cases ?? DEFAULT_CASES, options.seed ?? DEFAULT_SEED);
  const controls = options.testControls === true ? createControls() : undefined;
  const context: SimulatorContext = {
    store,
    sessions: createSessionManager({
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      now,
    }),
    controls,
    now,
    shape: options.shape ?? 'contract',
  };

  const app = Fastify({
    logger: options.logger ?? false,
    // Up to 75 ids in one path segment.
    routerOptions: { maxParamLength: 2048 },
  });
  takeOverBodyParsing(app);

  app.setNotFoundHandler((request, reply) => {
    const path = new URL(request.url, 'http://simulator.invalid').pathname;
    sendJson(reply, 404, JSON.stringify(errorBody(errors.noSuchResource(path), false)));
  });
  app.setErrorHandler((error, request, reply) => {
    // Only Fastify's own errors reach this (e.g. a body over the size limit); routes answer theirs.
    const status =
      typeof error === 'object' && error !== null && 'statusCode' in error
        ? Number(error.statusCode)
        : 500;
    const body =
      status >= 400 && status < 500
        ? {
            code: `${status}-100`,
            developerMessage: error instanceof Error ? error.message : 'Bad request.',
          }
        : errorBody(errors.internal(), false);
    if (status >= 500) request.log.error(error);
    sendJson(reply, status >= 400 && status < 600 ? status : 500, JSON.stringify(body));
  });

  for (const prefix of PREFIXES) {
    await app.register(
      (scope, _options, done) => {
        registerAuthRoutes(scope, context, prefix);
        registerLookupRoutes(scope, context, prefix);
        registerReadRoutes(scope, context, prefix);
        if (controls !== undefined) registerTestControls(scope, context, controls);
        done();
      },
      { prefix },
    );
  }
  return app;
}
