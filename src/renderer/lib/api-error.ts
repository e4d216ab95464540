import type { ErrorCode } from '../../shared/result';

/** A failed API call: the error code and message the main process sent back as data. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}
