// The test controls of docs/architecture.md (decision D14), under /system/ws/__sim/. Registered only
// when the simulator is created with testControls: true; otherwise these paths are plain 404s.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { SimulatorContext } from '../api-route.ts';
import { DEFAULT_GRACE_MS, type Controls } from '../controls.ts';
import { sendJson } from '../json-reply.ts';
import { bodyTextOf } from '../raw-body.ts';

const userScope = z.object({ user: z.string().min(1).optional() });

const faultBody = z.object({
  user: z.string().min(1).optional(),
  method: z.string().min(1).optional(),
  path: z.string(),
  times: z.number().int().positive().default(1),
  status: z.number().int().min(200).max(599).optional(),
  body: z.unknown().optional(),
  delayMs: z.number().int().min(0).max(120_000).default(0),
  malformed: z.boolean().default(false),
});

const rotationBody = z.object({
  user: z.string().min(1).optional(),
  enabled: z.boolean(),
  graceMs: z.number().int().min(0).default(DEFAULT_GRACE_MS),
});

const requestsQuery = z.object({ user: z.string().min(1).optional() });

function badRequest(reply: FastifyReply, message: string): void {
  sendJson(reply, 400, JSON.stringify({ code: '400-152', developerMessage: message }));
}

/** Parses a control's JSON body (an empty body is `{}`); answers 400 and returns undefined if invalid. */
function parseBody<T>(
  schema: z.ZodType<T>,
  bodyText: string | undefined,
  reply: FastifyReply,
): T | undefined {
  let parsed: unknown = {};
  if (bodyText !== undefined && bodyText.trim() !== '') {
    try {
      parsed = JSON.parse(bodyText);
    } catch {
      badRequest(reply, 'The body is not JSON.');
      return undefined;
    }
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    badRequest(reply, z.prettifyError(result.error));
    return undefined;
  }
  return result.data;
}

export function registerTestControls(
  scope: FastifyInstance,
  context: SimulatorContext,
  controls: Controls,
): void {
  const { sessions } = context;
  const lower = (user: string | undefined): string | undefined => user?.toLowerCase();

  scope.post('/__sim/faults', (request, reply) => {
    const body = parseBody(faultBody, bodyTextOf(request), reply);
    if (body === undefined) return;
    controls.addFault({
      user: body.user,
      method: body.method,
      path: body.path,
      times: body.times,
      status: body.status,
      body: body.body,
      delayMs: body.delayMs,
      malformed: body.malformed,
    });
    reply.code(204).send();
  });

  scope.post('/__sim/sessions/expire', (request, reply) => {
    const body = parseBody(userScope, bodyTextOf(request), reply);
    if (body === undefined) return;
    sessions.endAll(lower(body.user));
    reply.code(204).send();
  });

  scope.post('/__sim/rotation', (request, reply) => {
    const body = parseBody(rotationBody, bodyTextOf(request), reply);
    if (body === undefined) return;
    controls.setRotation(body.user, body.enabled, body.graceMs);
    reply.code(204).send();
  });

  scope.get('/__sim/requests', (request, reply) => {
    const query = requestsQuery.safeParse(request.query);
    if (!query.success) {
      badRequest(reply, z.prettifyError(query.error));
      return;
    }
    sendJson(reply, 200, JSON.stringify({ requests: controls.requests(query.data.user) }));
  });

  scope.post('/__sim/reset', (request, reply) => {
    const body = parseBody(userScope, bodyTextOf(request), reply);
    if (body === undefined) return;
    controls.reset(body.user);
    sessions.endAll(lower(body.user));
    reply.code(204).send();
  });
}
