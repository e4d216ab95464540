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
