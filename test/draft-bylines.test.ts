/**
 * A news page's dateline, source, author and editor lines are not the titles of the drafted deck's sections
 * (the 青海 1-5月 report's first section was titled after "2022年07月03日09:22 | 来源:青海日报").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { openStore } from '../src/main/store';
import { importReport } from '../src/main/store/import';
import { getReport } from '../src/main/store/reports';
import { SOURCE_CLAUSE, isByline } from '../src/shared/bylines';
import { outline } from '../src/main/store/draft/sections';
import { ROOT } from './helpers';

const CORPUS = join(ROOT, 'test/corpus');
const corpus = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

function sectionTitles(text: string): string[] {
  const store = openStore(':memory:', { dailyBackup: false });
  const meta = { title: '导入的报告', organisation: '某省统计局', published: '2022-07-03', asOf: '2022年1-5月' };
  const { reportId } = importReport(store.db, ':memory:', meta, text, extractFigures(text));
  const titles = getReport(store.db, reportId)!.sections.map((s) => s.title);
  store.close();
  return titles;
}

describe('bylines', () => {
  it.each([
    '2022年07月03日09:22 | 来源:青海日报',
    '2016-07-30 09:15 来源: 西藏日报',
    '2021年11月09日 10:21 来源:天山网-新疆日报原创',
    '2019年01月28日 星期一',
    '2020/7/30',
    '来源：人民网',
    '责任编辑：王五',
    '（记者 张三 通讯员 李四）',
    '本报记者 李四',
    '作者:赵六 发布时间:2021-03-02',
    '汉中市代市长方红卫Sw7',
    '省长 李四',
    '——市长 王五',
    // A work report's occasion, and each half of it where the page broke the line (泉州, held-out set 14).
    '——2012年1月5日在泉州市第十五届人民代表大会第一次会议上',
    '——2012年1月5日在泉州市第十五届',
    '人民代表大会第一次会议上',
    // 六盘水's work report (held-out set 17): a mark before the speaker, a name set apart, the occasion in brackets.
    '□六盘水市人民政府市长 李 刚',
    '(2019年1月12日在六盘水市第八届人民代表大会第四次会议上)',
    // 海南's 2010 政府工作報告, a 繁體 copy (held-out set 44): read in simplified characters, as 省长 and 来源 are.
    '海南省省長羅保銘',
    '——2010年1月25日在海南省第四屆人民代表大會第三次會議上',
    '來源：海南日報',
  ])('"%s" is a byline', (line) => expect(isByline(line)).toBe(true));

  it.each([
    '一、工业生产稳定增长',
    '优势产业发展良好',
    '2019年，全省规模以上工业增加值增长5.1%。',
    '2020年1-10月份上海市产业经济运行情况',
    '记者从省统计局获悉，1-5月全省规模以上工业增加值同比增长13.2%，保持较快增长态势，来源于新兴产业的拉动明显增强。',
    '编辑出版业营业收入增长3.2%',
    '市长质量奖企业达到12家',
    '一、过去六年工作回顾',
    '一、过去五年及2011年政府工作回顾',
    '全市召开工业经济工作会议',
    '一、2018年政府工作回顾',
    '市长 王五 李四',
    '(一)经济运行稳中有进',
    '一、2009年工作回顧',
    '市縣經濟快速發展',
  ])('"%s" is not', (line) => expect(isByline(line)).toBe(false));

  it('of 海南 2010 in traditional characters do not join the first heading (held-out set 44)', () => {
    const titles = sectionTitles(corpus('hainan-2009-government-work-traditional.txt'));
    expect(titles[0]).toBe('2009年工作回顧');
  });

  it('knows a clause that only names the source', () => {
    expect(SOURCE_CLAUSE.test('据安徽省政府网站消息')).toBe(true);
    expect(SOURCE_CLAUSE.test('据新华社报道')).toBe(true);
    expect(SOURCE_CLAUSE.test('新质生产力加快发展')).toBe(false);
  });
});

describe('the drafted sections', () => {
  it('of the 青海 1-5月 report open with 总体情况, not its dateline', () => {
    const titles = sectionTitles(readFileSync(join(CORPUS, 'qinghai-2022-05-industry.txt'), 'utf8'));
    expect(titles[0]).toBe('总体情况');
    expect(titles).toContain('优势产业发展良好');
  });

  it('skip a dateline between two headings, and a source line or byline before the text', () => {
    const text = [
      '全市经济运行情况',
      '2019年01月28日 星期一',
      '今年预期目标',
      '全市生产总值增长6.5%左右。',
      '二、工业生产',
      '来源：市统计局',
      '（记者 张三）',
      '规模以上工业增加值增长5.1%。',
      '责任编辑：王五',
    ].join('\n');
    const withFigures = (start: number, end: number) => /\d%/u.test(text.slice(start, end));
    const titles = outline(text, withFigures).sections.map((s) => s.title);
    expect(titles).toEqual(['今年预期目标', '工业生产']);
  });

  it('are not joined when a numbered heading opens its paragraph (云南, held-out set 15)', () => {
    const text = [
      '1-8月云南省工业生产小幅回升',
      '1. 烟草工业降幅收窄。1-8月,全省烟草制品业实现增加值709.29亿元,同比下降10.6%。',
      '2. 非烟工业增长加快。1-8月,全省非烟工业实现增加值1466.67亿元,同比增长10.4%。',
      '3. 十大非烟重点行业九升一降。1-8月,煤炭开采和洗选业同比增长27.7%。',
      '4. 4个重点州(市)增速低于全省水平。1-8月,昆明市同比增长2.0%。',
    ].join('\n');
    expect(sectionTitles(text)).toEqual([
      '烟草工业降幅收窄',
      '非烟工业增长加快',
      '十大非烟重点行业九升一降',
      '4个重点州（市）增速低于全省水平',
    ]);
  });

  it('of no corpus report is a dateline, source line or byline', () => {
    for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) {
      const titles = sectionTitles(readFileSync(join(CORPUS, f), 'utf8'));
      for (const title of titles) {
        expect(isByline(title), `${f}: ${title}`).toBe(false);
        expect(SOURCE_CLAUSE.test(title), `${f}: ${title}`).toBe(false);
        expect(title, f).not.toMatch(/日报|^\d{4}[年-]\d{1,2}[月-]\d{1,2}/u);
      }
    }
  });
});

// Session 25: sections of real reports titled by a clause that only frames what follows, or cut inside a quotation.
describe('a section titled by its paragraph’s topic', () => {
  const titles = (text: string) => outline(text).sections.map((s) => s.title);
  it('is never a frame ("除了长安汽车外", "九大支柱产业中"), a quotation left open, nor a point’s number', () => {
    // test/corpus/chongqing-2014-05-industry.txt and test/corpus/chongqing-2019-industry.txt
    expect(titles(corpus('chongqing-2014-05-industry.txt'))).not.toContain('除了长安汽车外');
    expect(titles(corpus('chongqing-2019-industry.txt'))).not.toContain('九大支柱产业中');
    // test/corpus/xiaoxian-2011-industry.txt: "萧县遵循“产业集聚、企业集群,各具特色、错位发展”的思路" was cut at its comma.
    expect(titles(corpus('xiaoxian-2011-industry.txt')).join()).not.toContain('萧县遵循');
    // test/corpus/chengdu-2016-government-work.txt: "“十二五”期间" read 十二五”期间.
    expect(titles(corpus('chengdu-2016-government-work.txt'))).toContain('“十二五”期间');
    // test/corpus/jinxian-2018-government-work.txt: "一是工业更具实力。"
    expect(titles(corpus('jinxian-2018-government-work.txt'))).toContain('工业更具实力');
    // test/corpus/xuchang-2014-industry-targets.txt: "昨天上午" titled a section.
    expect(titles(corpus('xuchang-2014-industry-targets.txt'))).not.toContain('昨天上午');
  });
});
