/**
 * "正增长的有电力(20.6%)、电子信息(13.0%)…", "负增长的是平远县(-13.8%),降幅比1-7月收窄1.6个百分点": the first name a clause
 * picks out (的有, 的是) labels the rate in brackets after it, and that rate is the clause's own figure, not an aside:
 * the 降幅 of the next clause is that name's (梅州 工信简报, 2023 1-8月 in traditional characters, held-out set 33,
 * and 1-7月 in simplified ones).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const MEIZHOU_08 =
  '1-8月,五大支柱產業實現增加值159.61億元(占規上工業比重84.1%),同比增長6.7%,增速比1-7月回落0.6個百分點,拉動全市規上工業增長5.7個百分點。正增長的有電力(20.6%)、電子信息(13.0%)和機電製造(7.6%)等3個產業,負增長的有煙草(-0.4%)、建材(-2.9%)等2個產業。\n' +
  '8個縣(市、區)中,正增長的有豐順縣(37.8%)、五華縣(29.2%)、梅縣區(19.1%)、大埔縣(3.6%)、興寧市(1.9%)、梅江區(1.5%)等6個縣(市、區),其中豐順縣、五華縣、梅縣區增速超過年度預期增長目標;蕉嶺縣同比持平;負增長的是平遠縣(-13.8%),降幅比1-7月收窄1.6個百分點。';
const MEIZHOU_07 =
  '1-7月,五大支柱产业实现增加值138.77亿元(占规上工业比重84.3%),同比增长7.3%,增速比1-6月回落0.1个百分点,拉动全市规上工业增长6.1个百分点。正增长的有烟草(0.2%)、电力(26.8%)、电子信息(10.7%)和机电制造(3.8%)等4个产业,负增长的有建材产业(-1.6%)。\n' +
  '8个县(市、区)中,正增长的有丰顺县(37.4%)、五华县(32.5%)、梅县区(20.5%)、大埔县(5.8%)、兴宁市(3.5%)、蕉岭县(1.8%)、梅江区(1.0%)等7个县(市、区);负增长的是平远县(-15.4%),降幅比上月收窄0.6个百分点。';
const asOf8 = { asOf: '2023年1-8月' };
const asOf7 = { asOf: '2023年1-7月' };

describe('a name picked out, its rate in brackets', () => {
  it('labels the rate', () => {
    expect(the(MEIZHOU_08, '20.6', asOf8).label).toMatch(/^電力/u);
    expect(the(MEIZHOU_08, '-0.4', asOf8).label).toMatch(/^煙草/u);
    expect(the(MEIZHOU_08, '37.8', asOf8).label).toMatch(/^豐順縣/u);
    expect(the(MEIZHOU_08, '-13.8', asOf8).label).toMatch(/^平遠縣/u);
    expect(the(MEIZHOU_07, '0.2', asOf7).label).toMatch(/^烟草/u);
    expect(the(MEIZHOU_07, '-1.6', asOf7).label).toMatch(/^建材产业/u);
    expect(the(MEIZHOU_07, '37.4', asOf7).label).toMatch(/^丰顺县/u);
  });

  it('and the 降幅 after it is that name’s', () => {
    const narrowed = the(MEIZHOU_08, '1.6', asOf8);
    expect(narrowed.label).toMatch(/^平遠縣降幅/u);
    expect([narrowed.kind, narrowed.number]).toEqual(['change', 1.6]);
    expect(the(MEIZHOU_07, '0.6', asOf7).label).toMatch(/^平远县降幅/u);
  });

  it('the later items and the rate compared with in brackets are as before', () => {
    expect(the(MEIZHOU_08, '13.0', asOf8).label).toMatch(/^電子信息/u);
    expect(the(MEIZHOU_08, '84.1', asOf8).kind).toBe('share');
    expect(the('全市规上工业增加值增长5%,高于全省(4.1%)0.9个百分点。', '0.9').label).toMatch(/^规上工业/u);
  });
});
