/**
 * A list of values moved from and the list moved to: "產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和
 * 50.73%" (a 怀化 county's 2023 统计公报, held-out set 50). The values moved to are those of the list moved from, item by
 * item: they were labelled 調整, the verb.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const rows = (text: string) => extractFigures(text, { asOf: '2023年' }).map((f) => [f.value, f.label, f.period]);

describe('a list moved to another', () => {
  it('gives the values moved to the names of those moved from, and the report year', () => {
    expect(rows('產業結構不斷調整,產業結構構成由上年的22.26%、28.63%和49.11%調整為21.35%、27.92%和50.73%。').slice(3)).toEqual([
      ['21.35', '產業結構構成', '2023年'],
      ['27.92', '產業結構構成', '2023年'],
      ['50.73', '產業結構構成', '2023年'],
    ]);
  });
});
