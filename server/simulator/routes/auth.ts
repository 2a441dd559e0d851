// Login and logout (§2.1, §2.2) on v12 and v20.
import type { FastifyInstance } from 'fastify';
import { registerApiRoute, type SimulatorContext } from '../api-route.ts';
import { SIMULATOR_PASSWORD } from '../data/directory.ts';
import { errors } from '../errors.ts';
import { checkKnownParameters, oneOf, readJsonObject, single } from '../http-checks.ts';
import { MAX_SESSIONS_PER_USER } from '../sessions.ts';

const VERSIONS = ['v12', 'v20'] as const;

/** The non-empty string in `field`, else 400-152 for it. */
function credential(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw errors.invalidBodyAttribute(field);
  return value;
}

export function registerAuthRoutes(
  scope: FastifyInstance,
  context: SimulatorContext,
  prefix: string,
): void {
  const { store, sessions } = context;
  for (const version of VERSIONS) {
    registerApiRoute(scope, context, prefix, {
      method: 'POST',
      url: `/${version}/authentication/user/login`,
      auth: 'none',
      acceptJson: false,
      messageErrors: true,
      handler: ({ query, contentType, bodyText }) => {
        checkKnownParameters(query, oneOf(['forceLogin']));
        const forceLogin = single(query, 'forceLogin');
        if (forceLogin !== undefined && forceLogin !== 'yes')
          throw errors.unsupportedQueryValue('forceLogin', ['yes']);
        const body = readJsonObject(contentType, bodyText);
        // The reference page spells it `username`, every example `userName`: both are accepted.
        const userName = credential(body, 'userName' in body ? 'userName' : 'username');
        const password = credential(body, 'password');
        const user = store.userByLoginId(userName);
        if (user === undefined || password !== SIMULATOR_PASSWORD) throw errors.badCredentials();
        const result = sessions.login(user.loginId, forceLogin === 'yes');
        if (!result.ok) throw errors.sessionLimit(MAX_SESSIONS_PER_USER);
        return { status: 204, sessionId: result.session.currentId };
      },
    });

    registerApiRoute(scope, context, prefix, {
      method: 'DELETE',
      url: `/${version}/authentication/user/logout`,
      auth: 'session',
      acceptJson: false,
      messageErrors: true,
      handler: ({ query, sessionId }) => {
        checkKnownParameters(query, () => false);
        sessions.logout(sessionId);
        return { status: 204, sessionId };
      },
    });
  }
}
