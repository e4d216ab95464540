/**
 * An industry and a trend it turned, then its figures: "四大支柱产业则扭转了自去年以来增速低于平均水平的局面,实现增加值
 * 108.62亿元,同比增长19.9%" (芜湖 2013, held-out set 22). The industry is the subject (it was labelled 四大支柱产业则
 * 扭转了自去年以来增加值).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an industry that turned a trend, then its amount', () => {
  it('is the subject of the amount and its rate', () => {
    const wuhu = '首位产业继续保持平稳增长。四大支柱产业则扭转了自去年以来增速低于平均水平的局面,实现增加值108.62亿元,同比增长19.9%。';
    expect(the(wuhu, '108.62').label).toBe('四大支柱产业增加值');
    expect(the(wuhu, '19.9').label).toBe('四大支柱产业增加值增速');
    expect(the('汽车产业摆脱了连续下滑的局面,完成产值52亿元。', '52').label).toBe('汽车产业产值');
  });
});
