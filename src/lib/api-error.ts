// The one error type every API call throws, so screens can show the eGain code and message.
export type ApiErrorKind = 'http' | 'network' | 'unreadable';

export interface ApiErrorDetail {
  key: string;
  value: string;
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

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    code: string;
    developerMessage: string;
    details?: ApiErrorDetail[];
  }) {
    super(`${init.code}: ${init.developerMessage}`);
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.developerMessage = init.developerMessage;
    this.details = init.details ?? [];
  }

  /** Worth retrying: the server was unreachable, failed, or sent something unreadable. */
  get isTransient(): boolean {
    return this.kind !== 'http' || this.status >= 500;
  }
}

export const CANNOT_REACH_MESSAGE =
  'Cannot reach the eGain server. Check your connection and try again.';
