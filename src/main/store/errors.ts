/** Store errors carry a code the API maps to a clear message for the user. */
export type StoreErrorCode =
  | 'NEWER_VERSION'
  | 'NOT_A_BRIEFING'
  | 'DAMAGED'
  | 'IN_USE'
  | 'NO_ACCESS'
  | 'FOREIGN_SCHEMA'
  | 'BAD_BUNDLE'
  | 'READ_ONLY'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_EDIT';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
