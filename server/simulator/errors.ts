// eGain error bodies ({code, developerMessage[, userMessage]}) and the codes the simulator uses
// (§1.9 and decision D16 of the API contract).

export class EgainError extends Error {
  readonly status: number;
  readonly code: string;
  readonly developerMessage: string;
  readonly userMessage: string;

  constructor(status: number, code: string, developerMessage: string, userMessage: string) {
    super(`${code} ${developerMessage}`);
    this.name = 'EgainError';
    this.status = status;
    this.code = code;
    this.developerMessage = developerMessage;
    this.userMessage = userMessage;
  }
}

export type ErrorBody = {
  code: string;
  developerMessage: string;
  userMessage?: string;
};

/** `userMessage` only when the caller asked for it with `X-egain-error-message: yes`. */
export function errorBody(error: EgainError, withUserMessage: boolean): ErrorBody {
  const body: ErrorBody = { code: error.code, developerMessage: error.developerMessage };
  if (withUserMessage) body.userMessage = error.userMessage;
  return body;
}

const quoteList = (items: readonly string[]): string => items.join(', ');

const INVALID_REQUEST = 'The request could not be processed. Please check the search criteria.';

export const errors = {
  invalidSession: () =>
    new EgainError(
      401,
      '401-101',
      "Invalid or expired 'X-egain-session' header provided. New login is required.",
      'Your session has ended. Please sign in again.',
    ),
  badCredentials: () =>
    new EgainError(
      401,
      '401-100',
      'User could not be authenticated. Invalid user name or password.',
      'The user name or password is incorrect.',
    ),
  sessionLimit: (max: number) =>
    new EgainError(
      400,
      '400-120',
      `The user already has ${max} active sessions, the maximum allowed. Use 'forceLogin=yes' to end the earliest session.`,
      `You are already signed in ${max} times. Sign in anyway to end your oldest session.`,
    ),
  unsupportedQueryParameters: (names: readonly string[]) =>
    new EgainError(
      400,
      '400-101',
      `Unsupported query parameter(s) supplied: '${quoteList(names)}'.`,
      INVALID_REQUEST,
    ),
  unsupportedQueryValue: (parameter: string, allowed: readonly string[]) =>
    new EgainError(
      400,
      '400-102',
      `Unsupported value for query parameter '${parameter}'. Only the following values are supported: '${quoteList(allowed)}'.`,
      INVALID_REQUEST,
    ),
  invalidPositiveInteger: (value: string, max?: number) =>
    new EgainError(
      400,
      '400-105',
      max === undefined
        ? `Invalid query parameter value: '${value}'. A positive integer is expected.`
        : `Invalid query parameter value: '${value}'. A positive integer not greater than ${max} is expected.`,
      INVALID_REQUEST,
    ),
  mixedPaging: () =>
    new EgainError(
      400,
      '400-105',
      "Invalid query parameters: '$pagenum'/'$pagesize' cannot be combined with '$rangestart'/'$rangesize'.",
      INVALID_REQUEST,
    ),
  invalidPathValue: (value: string, reason: string) =>
    new EgainError(
      400,
      '400-108',
      `Invalid path parameter value: '${value}'. ${reason}`,
      INVALID_REQUEST,
    ),
  missingQueryParameters: (names: readonly string[]) =>
    new EgainError(
      400,
      '400-112',
      `Required query parameter(s) is missing. The following parameters are required: '${quoteList(names)}'.`,
      INVALID_REQUEST,
    ),
  noCriterion: (attributes: readonly string[]) =>
    new EgainError(
      400,
      '400-112',
      `At least one lookup attribute is required in the request body. Supported attributes: '${quoteList(attributes)}'.`,
      'Enter at least one search criterion.',
    ),
  invalidBodyAttribute: (attribute: string) =>
    new EgainError(
      400,
      '400-152',
      `Invalid value is provided in the request body for the following attribute:'${attribute}'.`,
      INVALID_REQUEST,
    ),
  unsupportedBodyAttribute: (attribute: string) =>
    new EgainError(
      400,
      '400-152',
      `Unsupported attribute is provided in the request body:'${attribute}'.`,
      INVALID_REQUEST,
    ),
  invalidEnumValue: (attribute: string, values: readonly string[]) =>
    new EgainError(
      400,
      '400-196',
      `Invalid value of attribute ${attribute}, expected values are: [${quoteList(values)}].`,
      INVALID_REQUEST,
    ),
  notJson: (detail: string) =>
    new EgainError(400, '400-100', `The request body is not valid: ${detail}`, INVALID_REQUEST),
  unsupportedMediaType: () =>
    new EgainError(
      415,
      '415-100',
      "Unsupported 'Content-Type' header value provided. The request body must be sent as 'application/json'.",
      INVALID_REQUEST,
    ),
  notAcceptable: () =>
    new EgainError(
      406,
      '406-101',
      "Unsupported 'Accept' header value provided. This server answers with 'application/json' only.",
      INVALID_REQUEST,
    ),
  invalidLanguage: () =>
    new EgainError(
      406,
      '406-100',
      "Invalid 'Accept-Language' header value provided.",
      'The selected language is not supported.',
    ),
  idsNotFound: (ids: readonly string[]) =>
    new EgainError(
      404,
      '404-101',
      `The following IDs supplied in the URI path were not found: '${quoteList(ids)}'.`,
      'The requested record was not found.',
    ),
  noSuchResource: (path: string) =>
    new EgainError(
      404,
      '404-100',
      `The requested resource was not found: '${path}'.`,
      'The requested resource was not found.',
    ),
  internal: () =>
    new EgainError(
      500,
      '500-100',
      'System is unable to process this request. Please contact your administrator.',
      'Something went wrong. Please try again later.',
    ),
} as const;
