/**
 * The message a report file is refused with, for the reader tests (apart from reader-fixtures.ts, which the
 * Playwright specs import too and so must not import vitest).
 */
import { expect } from 'vitest';
import { readReport, ReadError } from '../src/main/readers';

/** The message a file named `name` is refused with; the test fails if it is read, or refused other than by a ReadError. */
export async function refusalOf(bytes: Uint8Array, name: string): Promise<string> {
  const e = await readReport(bytes, { name }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReadError);
  return (e as ReadError).message;
}
