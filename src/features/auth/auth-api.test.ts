import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromResponse } from '../../lib/api-error';
import { signInRefusal } from './auth-api';

const refusal = (status: number, body: string) =>
  signInRefusal(apiErrorFromResponse(status, '', body));

describe('signInRefusal', () => {
  it.each([
    '{"code":"400-120","developerMessage":"Too many sessions."}',
    '{"message":"User has reached the maximum number of allowed sessions."}',
    '{"message":"Session limit exceeded for user agent1"}',
    '{"code":"400-999","developerMessage":"Maximum concurrent sessions reached."}',
    '<Error><message>The user already has 5 active sessions.</message></Error>',
  ])('offers Sign in anyway for %s', (body) => {
    expect(refusal(400, body)).toBe('session-limit');
  });

  it('calls a wordless 400 unknown', () => {
    expect(refusal(400, '')).toBe('unknown');
    expect(refusal(400, '<html>Bad request</html>')).toBe('unknown');
  });

  it.each([
    [400, '{"code":"400-152","developerMessage":"Invalid value for userName."}'],
    [400, '{"message":"Request body is missing."}'],
    [401, '{"message":"Too many sessions."}'],
    [500, ''],
  ])('does not offer it for %s %s', (status, body) => {
    expect(refusal(status, body)).toBe('other');
  });

  it('does not offer it for non-HTTP failures', () => {
    expect(
      signInRefusal(
        new ApiError({ kind: 'network', status: 0, code: 'NETWORK', developerMessage: 'x' }),
      ),
    ).toBe('other');
    expect(signInRefusal(new Error('x'))).toBe('other');
  });
});
