/** Store errors carry a code the API maps to a clear message for the user. */
export type StoreErrorCode = 'NEWER_VERSION' | 'NOT_A_BRIEFING' | 'DAMAGED' | 'BAD_BUNDLE' | 'READ_ONLY' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_EDIT';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
