/**
 * Bodies a clause picks out are what a count counts: "预计下一旬产值同比增速有所加快或持平的企业数达52家" counts firms,
 * and "60家重点企业所涉及的14个行业" counts 重点企业 (the things before 所 and its verb), not the paragraph's 数据
 * (常州 2012, held-out set 18).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const CHANGZHOU =
  '据60家重点工业企业10月中旬旬报数据显示,本月1日-20日,60家企业完成产值159.2亿元。' +
  '分行业看,60家重点企业所涉及的14个行业中,有8个行业产值增幅高于9月中旬。' +
  '从问卷调查情况看,其中预计下一旬产值同比增速有所加快或持平的企业数达52家,占60家调查企业的86.7%。';

describe('bodies picked out', () => {
  const asOf = '2012年10月中旬';
  it('counts the firms a clause before 的 picks out', () => {
    expect(the(CHANGZHOU, '52', { asOf }).label).toContain('企业');
  });

  it('counts the things before 所 and its verb', () => {
    const f = the('分行业看,60家重点企业所涉及的14个行业中,有8个行业产值增幅高于9月中旬。', '60', { asOf });
    expect(f.label).toBe('重点企业');
  });

  it('leaves bodies picked out by growth as they were', () => {
    expect(the('全省实现增长的企业达到120家。', '120', { asOf: '2018年' }).label).toContain('企业');
  });
});
