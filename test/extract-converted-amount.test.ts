/**
 * An amount converted into another unit is the figure before's: "2010年全省人均生产总值23644元,按现行汇率折算为3505
 * 美元" (海南 2010, held-out set 27) labels 3505美元 人均生产总值, not 按现行汇率折算.
 */
import { describe, expect, it } from 'vitest';
import { labels, the } from './extract-helpers';

describe('按现行汇率折算为 N美元', () => {
  it('labels the converted amount as the one before', () => {
    const text = '2010年全省人均生产总值23644元,按现行汇率折算为3505美元,登上了3000美元的新台阶。';
    const [yuan, dollars, step] = labels(text, ['23644', '3505', '3000']);
    expect(yuan).toContain('人均生产总值');
    expect(dollars).toContain('人均生产总值');
    expect(dollars).not.toContain('折算');
    expect(step).toContain('人均生产总值');
  });

  it('does the same for 折合', () => {
    const text = '全市人均地区生产总值达到68000元,折合约10000美元。';
    expect(labels(text, ['10000'])[0]).toContain('人均地区生产总值');
  });

  it('does the same for 按…汇率计算为', () => {
    // 交城县 2019 统计公报 (held-out set 34); 洪洞县 2019 统计公报 (pages corpus).
    expect(labels('人均地区生产总值38214元,按2019年平均汇率计算为5686美元。', ['5686'])).toEqual(['人均地区生产总值']);
    expect(labels('人均地区生产总值19763元,按2018年平均汇率计算为2865美元。', ['2865'])).toEqual(['人均地区生产总值']);
  });

  it('not a clause that computes more than a rate', () => {
    expect(labels('按常住人口计算,人均地区生产总值99359元。', ['99359'])).toEqual(['人均地区生产总值']);
  });

  it('the year of the exchange rate is no time of the amount converted', () => {
    // 洪洞县 2019 统计公报 (quyushuju.com repost, pages corpus): its 人均 GDP converted at 2018's average rate.
    const hongtong = '2019年洪洞县国民经济和社会发展统计公报\n人均地区生产总值19763元,按2018年平均汇率计算为2865美元。';
    expect(the(hongtong, '2865').period).toBe('2019年');
    expect(the(hongtong, '19763').period).toBe('2019年');
    expect(the('2019年全县工业增加值增长5%,比2018年提高1个百分点。', '1').period).toBe('2019年');
  });
});
