/**
 * A cause said right after a subject ("X由于…,产值占…", as "X受…影响" and "X得益于…" already were) is no part of it:
 * the measure after the cause is X's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 山西 2010 前三季度, 规模以下工业 (http://sz-shandao.com/2010-11/10/content_269115.htm).
const SHANXI =
  '調查資料顯示,前三季度山西煤炭開採和洗選業由於企業的復產和開工,產值占到了全省規模以下工業企業產值的21.3%,比去年同期增長5.5倍,穩居各主要行業增速之首。' +
  '非金屬礦物製品業由於全省重點工程的開工、城市進程步伐加快等原因,產值占到總數的18.1%,比去年同期增長77.1%。';

describe('X由于…, its measure', () => {
  it('is X’s', () => {
    expect(the(SHANXI, '21.3').label).toContain('煤炭開採和洗選業產值');
    expect(the(SHANXI, '5.5').label).toContain('煤炭開採和洗選業');
    expect(the(SHANXI, '18.1').label).toContain('非金屬礦物製品業產值');
    // (The rate after its share is the share's measure's: 产值 grew 77.1%, as a rate after "X增加值占…比重为" is X增加值's.)
    expect(the(SHANXI, '77.1').label).toBe('非金屬礦物製品業產值增速');
  });
  it('as after 受…影响', () => {
    expect(the('汽车制造业受芯片短缺影响,产值下降5%。', '5').label).toBe('汽车制造业产值增速');
  });
});
