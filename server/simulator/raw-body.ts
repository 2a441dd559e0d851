// eGain checks the session before the body, so the simulator must not let Fastify reject a request
// for its Content-Type or body first. Every body is read as a plain string and the route decides,
// in the documented order, whether it is acceptable.
import type { FastifyInstance, FastifyRequest } from 'fastify';

const originalContentTypes = new WeakMap<FastifyRequest, string | undefined>();

export function takeOverBodyParsing(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });
  app.addHook('onRequest', (request, _reply, done) => {
    const contentType = request.headers['content-type'];
    originalContentTypes.set(request, contentType);
    // A Content-Type Fastify cannot even parse would be answered with its own 415 before any route.
    if (contentType !== undefined) request.headers['content-type'] = 'application/octet-stream';
    done();
  });
}

/** The Content-Type header as the client sent it. */
export function contentTypeOf(request: FastifyRequest): string | undefined {
  return originalContentTypes.get(request);
}

export function bodyTextOf(request: FastifyRequest): string | undefined {
  return typeof request.body === 'string' ? request.body : undefined;
}
