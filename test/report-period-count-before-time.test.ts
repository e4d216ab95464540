/**
 * A report opening on 今年 in a sentence with no figure, whose first figure counts what its sentence then reports on
 * before naming the sentence's time ("全市539家規上工業企業,1-8月實現…"), is about that time (梅州 2023 1-8月, a
 * 工信简报 in traditional characters, held-out set 33): its figures that name no time are of those months.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { reportPeriod } from '../src/shared/extract/report-period';

const MEIZHOU =
  '今年來,全市工信係統認真貫徹落實梅州市高質量發展暨蘇區融灣先行區建設動員大會精神,緊緊圍繞市委、市政府決策部署,緊扣高質量發展這個首要任務,堅持製造業當家,落實“一起益企”重點企業服務工作機製,開展“千名幹部掛千企”活動,工業企業穩步恢複,高質量發展取得新進展。\n' +
  '全市539家規上工業企業,1-8月實現規上工業增加值189.77億元,同比增長6.8%,增速在全省排名第3位、在山區五市中排名第1位。其中,8月當月實現增加值25.19億元,同比增長4.9%。\n' +
  '8個縣(市、區)中,正增長的有豐順縣(37.8%)、五華縣(29.2%)、梅縣區(19.1%)、大埔縣(3.6%)、興寧市(1.9%)、梅江區(1.5%)等6個縣(市、區)。';

describe('a first figure that stands before its sentence’s time', () => {
  it('takes that time as the report’s', () => {
    expect(reportPeriod(MEIZHOU).period).toBe('1-8月');
    for (const v of ['539', '189.77', '37.8', '1.5']) expect(the(MEIZHOU, v).period, v).toBe('1-8月');
    // 當月 in a report on 1-8月 is its last month.
    expect(the(MEIZHOU, '25.19').period).toBe('8月');
  });

  it('not a time the figure is compared with, nor a time in a later sentence', () => {
    expect(reportPeriod('今年全市工业平稳运行。全市规上工业增加值增长6%,比1-7月提高0.5个百分点。').period).toBe('今年');
    expect(reportPeriod('今年全市工业平稳运行。全市规上工业增加值增长6%。1-7月,工业投资增长5%。').period).toBe('今年');
  });
});
