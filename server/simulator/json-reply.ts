// Sends JSON text as `application/json`, exactly as the API examples show it.
import type { FastifyReply } from 'fastify';

export function sendJson(reply: FastifyReply, status: number, text: string): void {
  // A reply serializer keeps Fastify from appending "; charset=utf-8"; the text is already JSON.
  reply
    .code(status)
    .type('application/json')
    .serializer((payload) => (typeof payload === 'string' ? payload : JSON.stringify(payload)))
    .send(text);
}
