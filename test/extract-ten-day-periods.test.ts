/**
 * A 旬 (ten days of a month) is a period: a 旬报's figures are of "10月中旬", compared with "9月中旬" (a base, as
 * 比/高于/多于 a month is), and "本月1日-20日" is a date inside it, not the whole month (常州 2012, held-out set 18).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const CHANGZHOU =
  '据60家重点工业企业10月中旬旬报数据显示,本月1日-20日,60家企业完成产值159.2亿元,同比下降4.1%,降幅比9月中旬缩小1.8个百分点。' +
  '分行业看,60家重点企业所涉及的14个行业中,有8个行业产值增幅高于9月中旬,规模最大的黑色金属冶炼和压延加工业产值下降幅度由9月中旬的7.6%缩小到2%;另外6个产值增幅低于9月中旬的行业中,仅有医药制造业为负增长行业。' +
  '从问卷调查情况看,60家企业中预计下一旬产值增速有所加快的企业数均多于9月中旬,比9月中旬多7家。';

describe('旬', () => {
  const asOf = '2012年10月中旬';
  it('reads the 旬 a 旬报 names as the time of its figures, a 旬 after 比/高于/低于/多于 as a base', () => {
    for (const v of ['159.2', '4.1', '1.8', '14', '8', '2', '6', '7']) expect(the(CHANGZHOU, v, { asOf }).period, v).toBe('10月中旬');
  });

  it('gives a rate after 由…的 its own 旬', () => {
    expect(the(CHANGZHOU, '7.6', { asOf }).period).toBe('9月中旬');
  });

  it('without an as-of, the 旬 the text opens with (the year, when named, before it)', () => {
    const f = extractFigures(CHANGZHOU).find((x) => x.value === '159.2')!;
    expect(f.period).toMatch(/10月中旬$/u);
  });
});
