import { describe, expect, it } from 'vitest';
import { apiErrorFromResponse, readErrorBody } from './api-error';

describe('readErrorBody', () => {
  it('reads the interaction API form', () => {
    expect(
      readErrorBody('{"code":"400-101","developerMessage":"Unsupported query parameter"}'),
    ).toEqual({ code: '400-101', message: 'Unsupported query parameter', details: [] });
  });

  it('reads the sign-in / sign-out form without a code', () => {
    expect(
      readErrorBody('{"message":"User could not be authenticated. Invalid session ID."}'),
    ).toEqual({
      code: undefined,
      message: 'User could not be authenticated. Invalid session ID.',
      details: [],
    });
  });

  it('reads the documented XML forms', () => {
    expect(
      readErrorBody(
        '<Error xmlns="http://bindings.egain.com/ws/model/v12/gen/platform"><message>Invalid session ID.</message></Error>',
      ),
    ).toEqual({ code: undefined, message: 'Invalid session ID.', details: [] });
    expect(
      readErrorBody(
        '<error xmlns="http://bindings.egain.com/ws/model/v12/gen/common"><code>401-101</code><developerMessage>New login is required.</developerMessage></error>',
      ),
    ).toEqual({ code: '401-101', message: 'New login is required.', details: [] });
  });

  it('ignores HTML pages, empty bodies and JSON without code or message', () => {
    expect(readErrorBody('<html><body><code>500</code> Oops</body></html>')).toBeNull();
    expect(readErrorBody('')).toBeNull();
    expect(readErrorBody('{"error":true}')).toBeNull();
    expect(readErrorBody('{"message":"  "}')).toBeNull();
  });
});

describe('apiErrorFromResponse', () => {
  it('keeps the server message of a code-less sign-in error', () => {
    const error = apiErrorFromResponse(
      401,
      'Unauthorized',
      '{"message":"Invalid user name or password."}',
    );
    expect(error).toMatchObject({
      status: 401,
      code: 'HTTP-401',
      developerMessage: 'Invalid user name or password.',
      described: true,
    });
  });

  it('says so when the server gave no words', () => {
    const error = apiErrorFromResponse(400, 'Bad Request', '');
    expect(error).toMatchObject({ code: 'HTTP-400', described: false });
    expect(error.developerMessage).toMatch(/400 Bad Request without an eGain error description/);
  });
});
