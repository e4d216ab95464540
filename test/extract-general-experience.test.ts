/**
 * A sentence that tells what international experience holds gives general thresholds, no figure of the report:
 * "按照国际经验,人均GDP超过3000美元,标志着…" (海南 2010, held-out set 27); the report's own 3505美元 before it stays.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

describe('按照国际经验', () => {
  it('reads no figure in the general rule', () => {
    const text =
      '2010年全省人均生产总值23644元,按现行汇率折算为3505美元。按照国际经验,人均GDP超过3000美元,标志着一个国家或地区处于消费加快升级换代时期。';
    expect(extractFigures(text, { asOf: '2010年' }).map((f) => f.value + f.unit)).toEqual(['23644元', '3505美元']);
  });

  it('reads a sentence that only mentions experience', () => {
    expect(extractFigures('借鉴国际经验,全市引进外资2亿美元。').map((f) => f.value)).toEqual(['2']);
  });
});
