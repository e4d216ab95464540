/**
 * Who published an imported report and when, as its opening says (`cli import` without --org/--date, the
 * 导入报告 dialog until typed over): its deck's 数据来源 and title page name them. Real openings from test/corpus;
 * nothing guessed where the page says nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { reportSource } from '../src/shared/report-source';
import { ROOT, tempDir } from './helpers';
import { runCli } from './cli-helpers';

const corpus = (slug: string) => readFileSync(join(ROOT, 'test/corpus', `${slug}.txt`), 'utf8');

describe('the organisation and date of an imported report', () => {
  it('names the agency the reporter heard the figures from, also when it held a press conference', () => {
    expect(reportSource(corpus('hunan-2023-industry')).organisation).toBe('湖南省统计局');
    expect(reportSource(corpus('guangdong-2022-q1-industry')).organisation).toBe('广东省工信厅');
    expect(reportSource(corpus('chongqing-2014-05-industry')).organisation).toBe('市经信委运行局');
    // The agency, not the newspaper of the 来源 line above it.
    expect(reportSource(corpus('qinghai-2022-05-industry'))).toEqual({ organisation: '青海省统计局', published: '2022-07-03' });
    expect(reportSource('据国家统计局统计，2023年全国规模以上工业增加值比上年增长4.6%。').organisation).toBe('国家统计局');
  });

  it('takes the source line when no agency is named, and no meeting or website for an agency', () => {
    expect(reportSource(corpus('xinjiang-2021-q3-economy'))).toEqual({ organisation: '天山网-新疆日报', published: '2021-11-09' });
    expect(reportSource(corpus('guangxi-2020-q3-agriculture'))).toEqual({ organisation: '广西壮族自治区统计局', published: '2020-10-23' });
    // "从会上获悉", "从全区工业和信息化工作电视电话会议上获悉", "据安徽省政府网站消息…": a meeting and a website are not agencies.
    expect(reportSource(corpus('sichuan-2017-industry')).organisation).toBeNull();
    expect(reportSource(corpus('guangxi-2015-industry-informatization')).organisation).toBeNull();
    expect(reportSource('据安徽省政府网站消息，上半年全省工业增长8%。').organisation).toBeNull();
  });

  it('dates a report by a full date on a dateline or a speech line, never by a month and day alone or a period', () => {
    expect(reportSource(corpus('hanzhong-2016-government-work')).published).toBe('2017-02-14');
    expect(reportSource(corpus('xining-2015-government-work')).published).toBe('2016-02-25');
    expect(reportSource(corpus('hunan-2010-government-work')).published).toBe('2011-01-20');
    expect(reportSource(corpus('shanxi-2017-economy')).published).toBe('2018-01-24');
    expect(reportSource(corpus('hebei-2017-06-industry')).published).toBe('2017-07-27');
    // "红网时刻新闻2月15日讯": no year; "2023年12月份": a period.
    expect(reportSource(corpus('hunan-2023-industry')).published).toBeNull();
    // A date in the prose is what a figure is about, not when the page was published.
    expect(reportSource('全省工业运行平稳。\n截至2023年6月30日，全省规模以上工业企业达1.2万家。').published).toBeNull();
    // An impossible date is no date.
    expect(reportSource('2023-02-30 来源：某日报\n正文。').published).toBeNull();
  });

  it('is what `cli import` stores when --org and --date are not given, and --org/--date still win', () => {
    const t = tempDir();
    try {
      const db = join(t.dir, 's.sqlite');
      const cli = (...args: string[]) => runCli(t.dir, ...args);
      cli('init', '--db', db);
      expect(cli('import', join(ROOT, 'test/corpus/qinghai-2022-05-industry.txt'), '--db', db)).toContain(
        '发布单位：青海省统计局，发布日期：2022-07-03',
      );
      cli('import', join(ROOT, 'test/corpus/qinghai-2022-05-industry.txt'), '--db', db, '--org', '青海日报社', '--date', '2022-07-04');
      const store = new Database(db, { readonly: true });
      const rows = store.prepare('SELECT organisation, published FROM reports ORDER BY id').all();
      store.close();
      expect(rows.slice(1)).toEqual([
        { organisation: '青海省统计局', published: '2022-07-03' },
        { organisation: '青海日报社', published: '2022-07-04' },
      ]);
    } finally {
      t.cleanup();
    }
  });
});
