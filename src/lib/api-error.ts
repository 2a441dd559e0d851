// The one error type every API call throws, so screens can show the eGain code and message.
// zod/mini: the sign-in screen reads error bodies too, and its bundle stays small.
import * as z from 'zod/mini';

export type ApiErrorKind = 'http' | 'network' | 'unreadable';

export interface ApiErrorDetail {
  key: string;
  value: string;
}

/**
 * This console's own explanation of an error, as a message of the UI's catalogs (`developerMessage`
 * keeps the English words for logs and tests).
 */
export interface LocalMessage {
  id:
    | 'error.cannotReach'
    | 'error.notJson'
    | 'error.unreadableShape'
    | 'error.noDescription'
    | 'error.noSession'
    | 'error.unreadableCustomer';
  values?: Record<string, string | number>;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when the server was never reached. */
  readonly status: number;
  /** eGain error code such as `400-152`, or a local code (`NETWORK`, `HTTP-502`, `UNREADABLE`). */
  readonly code: string;
  readonly developerMessage: string;
  readonly details: ApiErrorDetail[];
  /** False when the server gave no words of its own and `developerMessage` is this console's. */
  readonly described: boolean;
  /** Set when the words are this console's, so the UI can say them in the user's language. */
  readonly local: LocalMessage | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    code: string;
    developerMessage: string;
    details?: ApiErrorDetail[];
    described?: boolean;
    local?: LocalMessage;
  }) {
    super(`${init.code}: ${init.developerMessage}`);
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.developerMessage = init.developerMessage;
    this.details = init.details ?? [];
    this.described = init.described ?? true;
    this.local = init.local;
  }

  /**
   * Worth retrying: the server was unreachable, failed, or sent something unreadable. Not a 504: the
   * request already waited the whole deadline, and a retry would only make the user wait again.
   */
  get isTransient(): boolean {
    return this.kind !== 'http' || (this.status >= 500 && this.status !== 504);
  }
}

export const CANNOT_REACH_MESSAGE =
  'Cannot reach the eGain server. Check your connection and try again.';

// Error bodies: `{code, developerMessage}` on the interaction APIs, `{message}` (no code) on sign-in
// and sign-out (§1.8, §2.2), and `<Error><message>…` where a server answers in XML anyway.
const stringOrNumber = z.pipe(z.union([z.string(), z.number()]), z.transform(String));
const errorBodySchema = z.object({
  code: z.optional(z.nullable(stringOrNumber)),
  developerMessage: z.optional(z.nullable(z.string())),
  userMessage: z.optional(z.nullable(z.string())),
  message: z.optional(z.nullable(z.string())),
  details: z.optional(z.array(z.object({ key: z.string(), value: stringOrNumber }))),
});

/** The `code` and message of an error answer, whatever the server put them in; null if neither. */
export function readErrorBody(
  text: string,
): { code: string | undefined; message: string | undefined; details: ApiErrorDetail[] } | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (trimmed.startsWith('<')) return readXmlError(trimmed);
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const body = z.safeParse(errorBodySchema, json);
  if (!body.success) return null;
  const message = [body.data.developerMessage, body.data.userMessage, body.data.message].find(
    (candidate) => candidate != null && candidate.trim() !== '',
  );
  const code = body.data.code ?? undefined;
  if (code === undefined && message === undefined) return null;
  return { code, message: message ?? undefined, details: body.data.details ?? [] };
}

function readXmlError(text: string) {
  // DOMParser where there is one (browsers); a server-side caller just gets no message.
  if (typeof DOMParser === 'undefined') return null;
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return null;
  // Only an eGain error document; an HTML error page may well contain a <code> element.
  if (doc.documentElement.localName.toLowerCase() !== 'error') return null;
  const textOf = (tag: string) => {
    const value = doc.getElementsByTagName(tag)[0]?.textContent?.trim();
    return value ? value : undefined;
  };
  const code = textOf('code');
  const message = textOf('developerMessage') ?? textOf('userMessage') ?? textOf('message');
  if (code === undefined && message === undefined) return null;
  return { code, message, details: [] };
}

/** The ApiError for an HTTP error answer: the server's own words when it sent any. */
export function apiErrorFromResponse(
  status: number,
  statusText: string,
  bodyText: string,
): ApiError {
  const body = readErrorBody(bodyText);
  const reason = `${status}${statusText ? ` ${statusText}` : ''}`;
  return new ApiError({
    kind: 'http',
    status,
    // Sign-in and sign-out errors carry no code: the status stands in for it.
    code: body?.code ?? `HTTP-${status}`,
    developerMessage:
      body?.message ?? `The eGain server answered ${reason} without an eGain error description.`,
    details: body?.details ?? [],
    described: body?.message !== undefined,
    local:
      body?.message === undefined
        ? { id: 'error.noDescription', values: { status: reason } }
        : undefined,
  });
}
