/**
 * A report without headings is divided by its paragraphs' topics (draft/sections.ts topicOf); a paragraph without
 * figures titles no section of figures. 梅州 2023's opening "今年來,全市工信係統認真貫徹落實…,緊緊圍繞市委、市政府決策部署,…"
 * holds none: its phrase titled the section of the figures after it, on the divider, the agenda and every eyebrow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

const sectionsOf = (file: string, asOf: string) => {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  return draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf })).sections.map(
    (s) => s.title,
  );
};

describe('a paragraph without figures', () => {
  it("titles no section: the figures after it are the report's overview", () => {
    expect(sectionsOf('meizhou-2023-08-industry-traditional.txt', '2023年1-8月')).toEqual(['總體情況', '分縣（市、區）看']);
    // test/corpus/liaoyuan-devzone-2018-results.txt: "…召开2018年度工作总结大会。张凤林出席会议并讲话。…" titled its section.
    expect(sectionsOf('liaoyuan-devzone-2018-results.txt', '2018年')).toEqual(['总体情况']);
    // test/corpus/xuchang-2014-industry-targets.txt: "昨天上午,全市工业大会召开,会议的主要任务是,…".
    expect(sectionsOf('xuchang-2014-industry-targets.txt', '2014年')).toEqual(['总体情况']);
  });
});

describe('a line of a connective alone, and a bullet mark', () => {
  it('head no section and open no title (宁夏 2022: a section "其 中"; "■ 全区重点工业项目进展顺利")', () => {
    // test/corpus/ningxia-2022-02-industry.txt: "其 中" on a line of its own before the month's figures, then "■ …" points.
    expect(sectionsOf('ningxia-2022-02-industry.txt', '2022年1-2月')).toEqual([
      '总体情况',
      '十大行业除化工外全部实现增长',
      '全区重点工业项目进展顺利',
    ]);
  });

  it('a bullet opens no slide title nor subtitle (上海 2019: "■全市生产总值增长6%-6.5%")', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/shanghai-2019-targets.txt'), 'utf8');
    const asOf = '2019年';
    const slides = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf })).deck
      .slides;
    for (const s of slides) expect(`${s.title}|${s.body.subtitle ?? ''}|${s.chart?.takeaway ?? ''}`).not.toMatch(/(?:^|\|)[■□●]/u);
    expect(slides.map((s) => s.title)).toContain('全市生产总值增长6%-6.5%');
  });
});
