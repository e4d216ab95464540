/**
 * "第一、二、三产业对生产总值增长的贡献率分别为…": ordinals written alone before the last item share all that item says
 * after its own ordinal: 第一产业…的贡献率, 第二产业…, 第三产业….
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

// 阿拉善盟 2022 统计公报 (traditional repost, held-out set 34).
const ALASHAN = '第一、二、三產業對生產總值增長的貢獻率分別為6.8%、73.7%和19.5%。';
// 阿拉善左旗 2019 统计公报 (gcs66.com repost, pages corpus).
const ALZUOQI = '第一、二、三产业对生产总值增长的贡献率分别为1.6%、82.4%和16.0%。';

describe('a list of ordinals sharing the last item’s name', () => {
  it('each ordinal takes the name and measure after the last one’s', () => {
    expect(labels(ALASHAN, ['6.8', '73.7', '19.5'])).toEqual([
      '第一產業對生產總值增長的貢獻率',
      '第二產業對生產總值增長的貢獻率',
      '第三產業對生產總值增長的貢獻率',
    ]);
    expect(labels(ALZUOQI, ['1.6', '82.4', '16.0'])).toEqual([
      '第一产业对生产总值增长的贡献率',
      '第二产业对生产总值增长的贡献率',
      '第三产业对生产总值增长的贡献率',
    ]);
    expect(labels('第二、三产业增加值分别增长5.2%和6.3%。', ['5.2', '6.3'])).toEqual(['第二产业增加值增速', '第三产业增加值增速']);
  });

  it('not names that are more than an ordinal', () => {
    expect(labels('第一产业、第二产业增加值分别增长3.1%和5.2%。', ['3.1', '5.2'])).toEqual(['第一产业增加值增速', '第二产业增加值增速']);
  });
});

describe('the class a list’s items make up, named after the last', () => {
  it('is no part of the last item', () => {
    // 鞍山 2021 前7个月 (traditional repost, held-out set 34).
    const anshan =
      '鋼鐵及深加工產業、菱鎂產業、裝備製造業三大主導產業是拉動全市工業快速增長的覈心力量,分別拉動規上工業增加值增速提升9.3、3.3個和0.9個百分點。';
    expect(labels(anshan, ['9.3', '3.3', '0.9'])).toEqual(['鋼鐵及深加工產業變化', '菱鎂產業變化', '裝備製造業變化']);
    // 辽宁 2023 1-5月 (corpus liaoning-2023-05-industry).
    const liaoning = '装备制造、石化和冶金三大支柱行业规上工业增加值累计同比分别增长16.9%、1%、3%。';
    expect(labels(liaoning, ['16.9', '3'])).toEqual(['装备制造增加值增速', '冶金规上工业增加值增速']);
  });

  it('not a count that is not the list’s', () => {
    expect(labels('食品、医药两大产业和电子信息产业增加值分别增长12%和8%。', ['12', '8'])[1]).toContain('电子信息产业');
  });
});
