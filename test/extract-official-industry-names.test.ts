/**
 * An industry's official name may hold 、, 和 and 及 of its own (计算机、通信和其他电子设备制造业, 电气机械和器材制造业):
 * in a list of industries those are not between items.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('official industry names in a 分别 list', () => {
  // 第四次全国经济普查公报(第三号) (https://a.lx.city/forum.php?mod=viewthread&tid=627).
  const CENSUS_2018 =
    '在工业企业法人单位从业人员中,采矿业占5.2%,制造业占90.8%,电力、热力、燃气及水生产和供应业占4.0%。在工业行业大类中,计算机、通信和其他电子设备制造业、电气机械和器材制造业、非金属矿物制品业从业人员数位居前三位,分别占8.8%、6.4%和6.3%(详见表3-2)。';

  it('each item is one whole name', () => {
    const [a, b, c] = labels(CENSUS_2018, ['8.8', '6.4', '6.3']);
    expect(a).toMatch(/^计算机、通信和其他电子设备制造业/u);
    expect(b).toMatch(/^电气机械和器材制造业/u);
    expect(c).toMatch(/^非金属矿物制品业/u);
  });

  it('names with 和 among names without', () => {
    expect(
      labels('其中,农副食品加工业、化学原料和化学制品制造业、黑色金属冶炼和压延加工业分别增长5.2%、6.6%和1.2%。', ['5.2', '6.6', '1.2']),
    ).toEqual(['农副食品加工业增速', '化学原料和化学制品制造业增速', '黑色金属冶炼和压延加工业增速']);
  });
});
