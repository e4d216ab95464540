/**
 * What the firms of a survey expect, said of the firms counted ("预计下一旬产值…加快或持平的企业数达52家"), is no
 * estimate of the report's: the count and its share are results (常州 2012, held-out set 18). The report's own 预计
 * still makes estimates.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const CHANGZHOU =
  '从问卷调查情况看,60家企业中预计下一旬产值、出口、用电同比增速有所加快或持平的企业数均多于9月中旬,其中预计下一旬产值同比增速有所加快或持平的企业数达52家,占60家调查企业的86.7%,比9月中旬多7家。';

describe('预计…的企业数', () => {
  it('counts the firms that expect, as results', () => {
    for (const v of ['52', '86.7', '7']) expect(the(CHANGZHOU, v, { asOf: '2012年10月中旬' }).status, v).toBe('actual');
  });

  it('leaves the report’s own 预计 an estimate', () => {
    expect(the('预计全年规模以上工业增加值增长8%,预计增长的企业占六成。', '8', { asOf: '2012年' }).status).toBe('estimate');
    // The firms expecting growth are six tenths of all: a share, not a growth of the value added before it.
    expect(the('预计全年规模以上工业增加值增长8%,预计增长的企业占六成。', '六', { asOf: '2012年' })).toMatchObject({
      number: 6,
      unit: '成',
      kind: 'share',
    });
    expect(the('据测算,全市预计实现工业总产值1200亿元。', '1200', { asOf: '2012年' }).status).toBe('estimate');
  });
});
