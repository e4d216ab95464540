/**
 * A time named in brackets with a figure of its own is an aside (read-sentence.ts, bracketAsides), whether the page
 * writes its brackets ASCII or full-width, as most pages in simplified characters do: the aside is closed by the
 * bracket that closes it, of either width. Written from extract-index's survivors (session 27): each test fails with
 * one of the rule's mutants (full-width brackets taken for none, or their close not found).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 国家统计局 on 2009's 1-8月 profits (a 繁體 copy: http://nakedoat.com/gzdt/2009-09/29/content_1429795.htm; its
// ASCII-bracket text is test/extract-bracket-asides.test.ts's), the aside's brackets written full-width.
const PROFITS_2009 =
  '據國家統計局統計,1-8月,全國規模以上工業主營業務收入32.38萬億元,同比增長1.6%（今年1-5月為下降0.8%）,增幅回落27.4個百分點;實現利潤16747億元。';

describe('a time in full-width brackets with a figure of its own', () => {
  it('is the time of that figure only', () => {
    expect(the(PROFITS_2009, '0.8')).toMatchObject({ unit: '%', number: -0.8, kind: 'growth', period: '1-5月' });
  });

  it('not of the figures after it in the sentence', () => {
    expect(the(PROFITS_2009, '27.4')).toMatchObject({ unit: '個百分點', number: -27.4, kind: 'change', period: '1-8月' });
    expect(the(PROFITS_2009, '16747')).toMatchObject({ unit: '億元', kind: 'level', period: '1-8月' });
  });
});
