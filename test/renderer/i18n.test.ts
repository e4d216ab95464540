/**
 * The UI string table: both languages for every key, the same placeholders in each, no key in two parts,
 * and the English chrome that slides, charts and prints build from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChart, derivedNote } from '../../src/renderer/charts/build';
import { ALL_STRINGS, LANGS, PARTS, t, type StringKey } from '../../src/renderer/lib/i18n';
import { commandText, KEY_TABLE, keyLabel } from '../../src/renderer/lib/keys';
import { pageCounterCss, pageCss } from '../../src/renderer/print/outline';
import { sourceLine } from '../../src/renderer/slides/labels';
import { partLabel } from '../../src/renderer/slides/sections';
import { parsePrintQuery, printQuery } from '../../src/shared/print';
import type { ChartSpec } from '../../src/shared/types';
import { makeFigure } from './figure';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const holes = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const keys = Object.keys(ALL_STRINGS) as StringKey[];
/** Where English needs no word at all: the presenter bar's "第 3 / 28 页" has no English after-word. */
const EMPTY_ALLOWED = new Set(['counterAfter.en']);

describe('the string table', () => {
  it('gives every key a non-empty string in each language', () => {
    const missing = keys.flatMap((k) =>
      LANGS.filter(
        (lang) => typeof ALL_STRINGS[k][lang] !== 'string' || (ALL_STRINGS[k][lang] === '' && !EMPTY_ALLOWED.has(`${k}.${lang}`)),
      ).map((lang) => `${k}.${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it('has the same placeholders in zh and en for every key', () => {
    const differ = keys.filter((k) => holes(ALL_STRINGS[k].zh).join() !== holes(ALL_STRINGS[k].en).join());
    expect(differ).toEqual([]);
  });

  it('keeps each key in one part only (a spread would silently drop one)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, table] of Object.entries(PARTS))
      for (const k of Object.keys(table)) {
        if (seen.has(k)) twice.push(`${k}: ${seen.get(k)} and ${part}`);
        seen.set(k, part);
      }
    expect(twice).toEqual([]);
  });

  it('has no Chinese in an English string, except the name of the other language', () => {
    const chinese = keys.filter((k) => CJK.test(ALL_STRINGS[k].en) && k !== 'otherLanguage');
    expect(chinese).toEqual([]);
  });

  it('fills every placeholder of a key with the value given, in either language', () => {
    const withHoles = keys.filter((k) => holes(ALL_STRINGS[k].zh).length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...withHoles),
        fc.constantFrom(...LANGS),
        fc.string().filter((s) => !/[{}]/.test(s)),
        (key, lang, value) => {
          const names = holes(ALL_STRINGS[key].zh);
          const values = Object.fromEntries(names.map((n, i) => [n, `${value}#${i}`]));
          const out = (t as (l: typeof lang, k: StringKey, v?: Record<string, string>) => string)(lang, key, values);
          for (const n of names) expect(out).not.toContain(`{${n}}`);
          names.forEach((_, i) => expect(out).toContain(`${value}#${i}`));
        },
      ),
    );
  });

  it('describes every key command and spoken key name in both languages', () => {
    for (const b of KEY_TABLE) for (const lang of LANGS) expect(commandText(b.command, lang)).not.toBe('');
    expect(keyLabel('Space', 'zh')).toBe('空格 Space');
    expect(keyLabel('Space', 'en')).toBe('Space');
    expect(keyLabel('ArrowRight', 'en')).toBe('→');
  });
});

describe('chrome in English, content as written', () => {
  const output = makeFigure(1, { label: '工业总产值', value: 21400, valueText: '21400', unit: '亿元' });
  const start = makeFigure(2, { label: '期初', value: 9000, valueText: '9000', unit: '亿元' });
  const change = makeFigure(3, { value: 12400, valueText: '12400', unit: '亿元', kind: 'change' });
  const figures = new Map([output, start, change].map((f) => [f.id, f]));
  const spec: ChartSpec = {
    type: 'bar',
    title: '工业总产值',
    unit: '亿元',
    series: [
      { derived: { op: 'sub', a: 1, b: 3 }, label: '期初' },
      { figureId: 1, label: '2015年' },
    ],
  };

  it('captions the value axis "Unit: 亿元" (the unit is the report’s) and marks derived rows in English', () => {
    const zh = buildChart(spec, figures);
    const en = buildChart(spec, figures, 'en');
    expect(zh.axisTitle).toBe('单位：亿元');
    expect(en.axisTitle).toBe('Unit: 亿元');
    expect(en.rows.map((r) => r.label)).toEqual(['期初 (derived)', '2015年']);
    expect(en.rows.map((r) => r.display)).toEqual(zh.rows.map((r) => r.display));
    expect(derivedNote(zh)).toBe('注：期初（推算）= 21400亿元 − 12400亿元 = 9000亿元，原文未直接给出');
    expect(derivedNote(en)).toBe('Note: 期初 (derived) = 21400亿元 − 12400亿元 = 9000亿元, not stated in the source');
  });

  it('says Source and Part n in English', () => {
    expect(sourceLine('重庆市经济和信息化委员会', '2016年2月4日')).toBe('数据来源：重庆市经济和信息化委员会，2016年2月4日');
    expect(sourceLine('Chongqing Economic and Information Commission', '4 February 2016', 'en')).toBe(
      'Source: Chongqing Economic and Information Commission, 4 February 2016',
    );
    expect(partLabel(12, 'zh')).toBe('第十二部分');
    expect(partLabel(12, 'en')).toBe('Part 12');
  });
});

describe('print chrome', () => {
  it('numbers pages with CSS counters in the table’s words', () => {
    expect(pageCounterCss('zh')).toBe('"第 " counter(page) " 页 / 共 " counter(pages) " 页"');
    expect(pageCounterCss('en')).toBe('"Page " counter(page) " of " counter(pages)');
    const css = pageCss('brief', { title: '简报', asOf: '2015年', internal: true, lang: 'en' });
    expect(css).toContain('"Internal"');
    expect(css).toContain('"Data as of 2015年"');
    expect(pageCss('brief', { title: '简报', asOf: '2015年', internal: true })).toContain('"内部资料"');
  });

  it('carries the language in the print query, Chinese when absent, an unknown one refused', () => {
    expect(parsePrintQuery(printQuery({ layout: 'brief', internal: false, lang: 'en' }))).toEqual({
      layout: 'brief',
      internal: false,
      lang: 'en',
    });
    expect(printQuery({ layout: 'slides', internal: false, lang: 'zh' })).toBe('layout=slides');
    expect(parsePrintQuery('?layout=slides').lang).toBeUndefined();
    expect(() => parsePrintQuery('?layout=slides&lang=fr')).toThrow(/未知的打印语言：fr/);
  });
});
