/**
 * 减缓 and 放慢 slow a growth rate as 放缓 and 回落 do: the points a rate slowed by are a fall ("比2007年增速減緩4.3個百分點",
 * 朔州's 2008 统计公报 in traditional characters, held-out set 49: 4.3 was read as a rise), and a fall that slowed
 * (降幅减缓) got smaller, as 降幅收窄.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHUOZHOU =
  '整體實力不斷提高。初步核算,2008年全市實現(xiàn)地區(qū)生產總值420.4億元,按可比價計算比上年增長11.53%,增幅位居全省第一,比2007年增速減緩4.3個百分點,高于全省3.2個百分點。';

describe('a rate slowed (减缓, 放慢)', () => {
  it('reads the points a rate slowed by as a fall, in traditional characters with pinyin glosses', () => {
    const f = the(SHUOZHOU, '4.3', { asOf: '2008年' });
    expect([f.number, f.kind]).toEqual([-4.3, 'change']);
    expect(the(SHUOZHOU, '3.2', { asOf: '2008年' }).number).toBe(3.2);
    expect(the(SHUOZHOU, '11.53', { asOf: '2008年' }).number).toBe(11.53);
  });

  it('in simplified characters, with 减缓 and 放慢', () => {
    expect(the('全市规模以上工业增加值增长8.2%,增速比上年减缓1.6个百分点。', '1.6').number).toBe(-1.6);
    expect(the('全市规模以上工业增加值增长8.2%,增速比上年放慢1.6个百分点。', '1.6').number).toBe(-1.6);
  });

  it('keeps a fall that slowed positive, as 降幅收窄', () => {
    const f = the('1-3月,非公有企业增加值下降12.1%,降幅比1-2月减缓9.5个百分点。', '9.5');
    expect([f.number, f.kind]).toEqual([9.5, 'change']);
  });
});
