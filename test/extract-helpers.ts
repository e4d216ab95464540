/** What the extractor's tests ask of a sentence: the one figure written as `value`, and its fields. */
import { expect } from 'vitest';
import { extractFigures, type Extracted } from '../src/shared/extract';

/** The figure of `text` whose value is written `value`; the test fails unless there is exactly one. */
export function the(text: string, value: string, opts?: { asOf?: string }): Extracted {
  const all = extractFigures(text, opts).filter((x) => x.value === value);
  expect(all, `${value} in ${text}`).toHaveLength(1);
  return all[0];
}

/** The labels of the figures written as `values`, in that order. */
export const labels = (text: string, values: string[]): string[] => values.map((v) => the(text, v).label);
