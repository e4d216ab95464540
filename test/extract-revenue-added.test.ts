/** 增收 / 减收 before an amount: revenue gained or lost on the year before, a change (麻阳 2010, held-out set 35). */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 麻阳县 2010 (县工业局, held-out set 35).
const MAYANG = '完成工业投入8.2亿元,同比增长34.4%;重点企业上缴税金5541万元,比上年增收1820万元,增幅47.6%。';
// A city's 2022 财政收支 (traditional, from the pages corpus).
const FISCAL = '截至4月底,全市財政總收入完成191347萬元,較上年同期增長15.35%,增收25457萬元。';

describe('增收 before an amount', () => {
  it('is a change, its level before it unchanged', () => {
    expect(the(MAYANG, '1820')).toMatchObject({ kind: 'change', number: 1820 });
    expect(the(MAYANG, '5541')).toMatchObject({ kind: 'level', number: 5541 });
    expect(the(FISCAL, '25457')).toMatchObject({ kind: 'change', number: 25457 });
    expect(the(FISCAL, '191347').kind).toBe('level');
  });

  it('减收 is a fall (made up)', () => {
    expect(the('全年税收收入12亿元,比上年减收3亿元。', '3')).toMatchObject({ kind: 'change', number: -3 });
  });
});
