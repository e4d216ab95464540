/**
 * A saved page's stray tokens at its lines' ends are no part of the drafted deck's titles: the 汉中 2017 work
 * report's page ends its heading "一、过去六年工作回顾Sw7" (and its byline, some paragraphs, a line of its own) with
 * "Sw7", and its deck's section divider and every slide's eyebrow read "过去六年工作回顾Sw7". A real term at a
 * title's end (5G, GDP, PM2.5, R&D) stays.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline } from '../src/main/store/draft/sections';
import { pageFurniture, withoutFurniture } from '../src/shared/page-furniture';
import { sectionParagraphs } from '../src/shared/brief-text';
import { ROOT } from './helpers';

const CORPUS = join(ROOT, 'test/corpus');
const read = (slug: string) => readFileSync(join(CORPUS, `${slug}.txt`), 'utf8');

describe('page furniture', () => {
  it('is a Latin token glued to the ends of two or more lines and written nowhere else: 汉中’s Sw7', () => {
    const hanzhong = read('hanzhong-2016-government-work');
    expect([...pageFurniture(hanzhong)]).toEqual(['Sw7']);
    expect(outline(hanzhong).sections.map((s) => s.title)).toEqual(['总体情况', '过去六年工作回顾']);
  });

  it('is not printed in the brief: 汉中’s paragraph ends 良好开局。, and no paragraph is Sw7 alone', () => {
    const hanzhong = read('hanzhong-2016-government-work');
    const paragraphs = sectionParagraphs({ text: hanzhong }, { start: hanzhong.indexOf('一、'), end: hanzhong.length });
    expect(paragraphs[0]).toMatch(/良好开局。$/u);
    expect(paragraphs.filter((p) => p.includes('Sw7'))).toEqual([]);
  });

  it('is stripped from a line’s end only, and a line of it alone becomes empty', () => {
    const furniture = new Set(['Sw7']);
    expect(withoutFurniture('一、过去六年工作回顾Sw7', furniture)).toBe('一、过去六年工作回顾');
    expect(withoutFurniture('Sw7', furniture)).toBe('');
    expect(withoutFurniture('一、过去六年工作回顾', furniture)).toBe('一、过去六年工作回顾');
    expect(withoutFurniture('Sw7工作回顾', furniture)).toBe('Sw7工作回顾');
  });

  it('is no real term: 5G, GDP, PM2.5, R&D at a heading’s end are also written inside the text’s sentences', () => {
    // Headings made for the test over sentences of test/corpus (广东 2022 一季度, 浙江 2016).
    const text = [
      '一、新型基础设施5G',
      '截至3月底,广东省累计建成5G基站17.45万座,居全国第一。',
      '二、经济总量GDP',
      'GDP占全国的6.2%,列广东、江苏、山东之后,连续21年居全国第4位。',
      '三、空气质量PM2.5',
      '四、研发投入R&D',
    ].join('\n');
    const furniture = pageFurniture(text);
    expect(furniture.size).toBe(0);
    for (const line of text.split('\n')) expect(withoutFurniture(line, furniture)).toBe(line);
    // An acronym or a code in capitals stays even where it stands only at the ends of lines.
    expect(pageFurniture('一、新型基础设施5G\n二、加快建设5G\n三、经济总量GDP\n四、人均GDP').size).toBe(0);
  });

  it('is found only in the reports saved from such a page: 汉中’s Sw7, 松溪’s 2Iu, 霞浦’s 7rw, 东昌府’s F9f, 正蓝旗’s vfO', () => {
    // 松溪 2018 and 霞浦 2019 (held-out set 40) are copies from the same kind of repost site as 汉中's, each line
    // ending in the page's own token ("政 府 工 作 报 告2Iu", "各位代表:2Iu"); so is 东昌府 2018 (held-out set 43:
    // "东昌府区区长刘培国F9f"); so is 正蓝旗's 2019 report (held-out set 51: "一、2018年工作回顾vfO", its lines also
    // wrapped at the page's width).
    const slugs = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -4));
    const found = new Map(slugs.flatMap((slug) => [...pageFurniture(read(slug))].map((token) => [slug, token] as const)));
    expect(found).toEqual(
      new Map([
        ['dongchangfu-2018-government-work', 'F9f'],
        ['hanzhong-2016-government-work', 'Sw7'],
        ['songxi-2018-government-work', '2Iu'],
        ['xiapu-2019-government-work', '7rw'],
        ['zhenglanqi-2018-government-work', 'vfO'],
      ]),
    );
  });
});
