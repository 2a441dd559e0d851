// Helpers for the simulator's own tests: a fresh simulator per test, login, and typed views of
// the JSON answers (parsed with zod, as everywhere else).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { onTestFinished } from 'vitest';
import { z } from 'zod';
import { createSimulator, type SimulatorOptions } from './app.ts';

export const PASSWORD = 'egain-demo';
export const LOOKUP_URL = '/system/ws/v20/interaction/case/lookup';
export const JSON_HEADERS = { accept: 'application/json', 'accept-language': 'en-US' } as const;

/** A simulator closed automatically when the test ends. */
export async function simulator(options: SimulatorOptions = {}): Promise<FastifyInstance> {
  const app = await createSimulator(options);
  onTestFinished(async () => {
    await app.close();
  });
  return app;
}

export function loginRequest(
  app: FastifyInstance,
  userName: string,
  options: { query?: string; password?: string; version?: string } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/system/ws/${options.version ?? 'v12'}/authentication/user/login${options.query ?? ''}`,
    headers: { ...JSON_HEADERS, 'content-type': 'application/json' },
    payload: JSON.stringify({ userName, password: options.password ?? PASSWORD }),
  });
}

export function sessionOf(response: LightMyRequestResponse): string {
  const id = response.headers['x-egain-session'];
  if (typeof id !== 'string' || id === '')
    throw new Error(`no session header (status ${response.statusCode})`);
  return id;
}

export async function login(app: FastifyInstance, userName = 'supervisor'): Promise<string> {
  return sessionOf(await loginRequest(app, userName));
}

export interface LookupOptions {
  query?: string;
  headers?: Record<string, string>;
  url?: string;
}

export function lookup(
  app: FastifyInstance,
  session: string,
  body: unknown,
  options: LookupOptions = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `${options.url ?? LOOKUP_URL}${options.query ?? ''}`,
    headers: {
      ...JSON_HEADERS,
      'content-type': 'application/json',
      'x-egain-session': session,
      ...options.headers,
    },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function get(
  app: FastifyInstance,
  session: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'GET',
    url,
    headers: { ...JSON_HEADERS, 'x-egain-session': session, ...headers },
  });
}

const errorSchema = z.strictObject({
  code: z.string(),
  developerMessage: z.string(),
  userMessage: z.string().optional(),
});

export function errorOf(response: LightMyRequestResponse): z.infer<typeof errorSchema> {
  return errorSchema.parse(JSON.parse(response.body));
}

/** The eGain code of an error answer, for compact assertions. */
export const codeOf = (response: LightMyRequestResponse): string => errorOf(response).code;

const valueSchema = z.object({ value: z.string(), displayValue: z.string() });

export const caseSchema = z.object({
  id: z.string(),
  subject: z.string(),
  department: z.object({ name: z.string(), id: z.string() }),
  status: valueSchema,
  severity: valueSchema,
  lastModified: z.object({
    user: z.object({ name: z.string(), id: z.string() }),
    date: z.string(),
  }),
  customer: z.object({ customerName: z.string(), id: z.string() }),
  created: z.object({ date: z.string() }).optional(),
  lastClosed: z.object({ date: z.string() }).optional(),
});

const paginationSchema = z.strictObject({
  count: z.number(),
  pagenum: z.number(),
  pagesize: z.number(),
});

const casePageSchema = z.strictObject({
  case: z.array(caseSchema),
  paginationInfo: paginationSchema,
});

export function casePageOf(response: LightMyRequestResponse): z.infer<typeof casePageSchema> {
  if (response.statusCode !== 200)
    throw new Error(`expected 200, got ${response.statusCode}: ${response.body}`);
  return casePageSchema.parse(JSON.parse(response.body));
}

/** Ids of a lookup page; a 204 is an empty list. */
export const idsOf = (response: LightMyRequestResponse): number[] =>
  response.statusCode === 204 ? [] : casePageOf(response).case.map((c) => Number(c.id));

export const activitySchema = z.object({
  id: z.string(),
  case: z.object({ id: z.string() }),
  status: valueSchema.extend({ substatus: valueSchema }),
  created: z.object({ date: z.string() }),
  lastModified: z.object({ date: z.string() }),
});

const activityPageSchema = z.strictObject({
  activity: z.array(activitySchema),
  paginationInfo: paginationSchema,
});

export function activityPageOf(
  response: LightMyRequestResponse,
): z.infer<typeof activityPageSchema> {
  if (response.statusCode !== 200)
    throw new Error(`expected 200, got ${response.statusCode}: ${response.body}`);
  return activityPageSchema.parse(JSON.parse(response.body));
}

export const parseJson = (response: LightMyRequestResponse): unknown => JSON.parse(response.body);
