/** Errors cross process and network boundaries as data, never as thrown exceptions. */

export const ERROR_CODES = [
  'BAD_CHANNEL',
  'BAD_REQUEST',
  'NOT_FOUND',
  'FORBIDDEN',
  'STORE_ERROR',
  'CONFLICT',
  /** Another program holds the store's write lock; nothing was written, try again. */
  'BUSY',
  'READ_ONLY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Thrown by handlers to return a specific error code; anything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
