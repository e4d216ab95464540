/**
 * Rates in brackets after names, then the rate they are ("其中电子(12.3%)、医药(8.1%)增速较快"), are growth rates also
 * after a share in % (增长面): only the rate in brackets right after the time compared with ("比1-7月(51.4%)", 江门 2020
 * 1-8月, held-out set 29) is the share's value then. A time named elsewhere in the sentence, of the share or of the
 * report, makes no rate in brackets that share's. Written from the survivors of extract-figure's mutation run
 * (session 33: figure-kind.ts, shareAtBase).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('rates in brackets after a share', () => {
  it('are growth rates, with the time of the report before them', () => {
    const text = '1-8月,全市规模以上工业增长面为57.1%,其中电子(12.3%)、医药(8.1%)增速较快。';
    expect(the(text, '57.1')).toMatchObject({ kind: 'share', period: '1-8月' });
    expect(the(text, '12.3')).toMatchObject({ kind: 'growth', label: '电子增速' });
    expect(the(text, '8.1')).toMatchObject({ kind: 'growth', label: '医药增速' });
  });

  it('are growth rates, with the share’s value at an earlier time before them', () => {
    const text = '全市规模以上工业增长面由1-7月的51.4%扩大至57.1%,其中电子(12.3%)、医药(8.1%)增速较快。';
    expect(the(text, '51.4')).toMatchObject({ kind: 'share', period: '1-7月' });
    expect(the(text, '12.3')).toMatchObject({ kind: 'growth', label: '电子增速' });
    expect(the(text, '8.1')).toMatchObject({ kind: 'growth', label: '医药增速' });
  });

  it('is the share’s value then, right after the time compared with', () => {
    const text = '1-8月,全市规模以上工业增长面扩大至57.1%,比1-7月(51.4%)提高5.7个百分点。';
    expect(the(text, '51.4')).toMatchObject({ kind: 'share', period: '1-7月' });
  });
});
