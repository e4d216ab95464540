/**
 * The worst bug this product can have is a wrong or untraceable figure. These tests hold every stored
 * figure to its source sentence, and every number in the source to a stored figure.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type DB } from '../src/main/store';
import { allFigures } from '../src/main/store/figures';
import { getReport } from '../src/main/store/reports';
import { REPORT_TEXT, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let db: DB;
let close: () => void;
beforeAll(() => {
  t = tempDir();
  const s = openStore(join(t.dir, 'p.sqlite'), { seedBundles: SEED });
  db = s.db;
  close = s.close;
});
afterAll(() => {
  close();
  t.cleanup();
});

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
const MULTIPLES: Record<string, number> = { 翻了一番: 2, 翻了两番: 4, 翻了三番: 8 };

/** What the written value means as a number, independently of the stored numeric value. */
function readWritten(valueText: string, unit: string): number {
  if (valueText in MULTIPLES) return MULTIPLES[valueText];
  if (valueText === '千亿' && unit === '元') return 1e11;
  if (valueText in CHINESE_DIGITS) return CHINESE_DIGITS[valueText];
  const frac = /^(\d+)\/(\d+)$/.exec(valueText);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  if (/^\d+(\.\d+)?$/.test(valueText)) return Number(valueText);
  throw new Error(`unreadable value text ${valueText}`);
}

describe('every stored figure is traceable to its source sentence', () => {
  it('the stored report text is the bundled source, byte for byte', () => {
    expect(getReport(db, 1)!.text).toBe(REPORT_TEXT);
  });

  it('each quote occurs in the text at its offsets and is a whole sentence', () => {
    const figures = allFigures(db);
    expect(figures.length).toBeGreaterThanOrEqual(60);
    for (const f of figures) {
      expect(REPORT_TEXT.slice(f.quoteStart, f.quoteEnd), f.key).toBe(f.quote);
      // A sentence starts after a line break or sentence end, and ends with one.
      expect(f.quoteStart === 0 || /[。！？\n]/.test(REPORT_TEXT[f.quoteStart - 1]), f.key).toBe(true);
      expect(/[。！？]$/.test(f.quote) || REPORT_TEXT[f.quoteEnd] === '\n' || f.quoteEnd === REPORT_TEXT.length, f.key).toBe(true);
    }
  });

  it('each quote contains the stated value at the stored value offsets, as a whole number', () => {
    for (const f of allFigures(db)) {
      expect(REPORT_TEXT.slice(f.valueStart, f.valueEnd), f.key).toBe(f.valueText);
      expect(f.valueStart >= f.quoteStart && f.valueEnd <= f.quoteEnd, f.key).toBe(true);
      // "1" must not be the first digit of "1306": the characters around the value are not digits.
      expect(/[\d.]/.test(REPORT_TEXT[f.valueStart - 1] ?? ''), `${f.key} starts mid-number`).toBe(false);
      expect(/[\d./]/.test(REPORT_TEXT[f.valueEnd] ?? ''), `${f.key} ends mid-number`).toBe(false);
      // The unit, when it is written, follows the number in the text.
      if (f.unit && f.kind !== 'multiple' && f.valueText !== '千亿')
        expect(REPORT_TEXT.slice(f.valueEnd).replace(/^多/, '').startsWith(f.unit), `${f.key}: unit ${f.unit}`).toBe(true);
    }
  });

  it("each figure's numeric value equals what the text writes", () => {
    for (const f of allFigures(db)) expect(f.value, f.key).toBeCloseTo(readWritten(f.valueText, f.unit), 9);
  });

  it('each figure lies in the section it is filed under', () => {
    const sections = new Map(getReport(db, 1)!.sections.map((s) => [s.id, s]));
    for (const f of allFigures(db)) {
      const s = sections.get(f.sectionId)!;
      expect(f.valueStart >= s.start && f.valueEnd <= s.end, `${f.key} outside ${s.key}`).toBe(true);
    }
  });

  it('no two figures claim the same number in the text', () => {
    const spans = allFigures(db).map((f) => `${f.valueStart}-${f.valueEnd}`);
    expect(new Set(spans).size).toBe(spans.length);
  });
});

describe('no figure in the text is missing from the store', () => {
  /**
   * Numbers in the text that are not figures, each with the reason. Anything else that looks like a number
   * must be covered by a stored figure.
   */
  const NOT_FIGURES: { text: string; why: string }[] = [
    { text: '2月4日', why: 'the date of the news release (stored as the report date)' },
    { text: '2015年，预计', why: 'the year the figures refer to (stored as their period)' },
    { text: '“1+3”', why: 'the name of a policy framework (“1+3”工业园区发展意见和规划)' },
    { text: '“5+6+860”', why: 'the name of the smart-terminal cluster model' },
    { text: '世界500强', why: 'part of the name “Fortune Global 500”' },
    { text: '“1+2+8+36”', why: 'the name of the industrial-park framework' },
    { text: '等一批', why: '一批 means “a number of” here, not a count' },
  ];

  function covered(start: number, end: number, spans: [number, number][]): boolean {
    return spans.some(([s, e]) => start >= s && end <= e);
  }

  it('every Arabic number, fraction, 翻番 multiple and 千亿 mark is a stored figure or a listed non-figure', () => {
    const figureSpans = allFigures(db).map((f) => [f.valueStart, f.valueEnd] as [number, number]);
    const excluded: [number, number][] = NOT_FIGURES.map(({ text }) => {
      const at = REPORT_TEXT.indexOf(text);
      expect(at, `non-figure “${text}” not found in the text`).toBeGreaterThanOrEqual(0);
      return [at, at + text.length];
    });
    const missing: string[] = [];
    for (const m of REPORT_TEXT.matchAll(/\d+(?:\.\d+)?(?:\/\d+)?|翻了[一两三四五]番|千亿|[一二三四五六七八九十两]+(?=批)/g)) {
      const [s, e] = [m.index!, m.index! + m[0].length];
      if (!covered(s, e, figureSpans) && !covered(s, e, excluded))
        missing.push(`${m[0]} in “${REPORT_TEXT.slice(Math.max(0, s - 12), e + 8)}”`);
    }
    expect(missing).toEqual([]);
  });

  it('the check itself catches a figure that goes missing', () => {
    const figures = allFigures(db).filter((f) => f.key !== 'yuxinou-trains');
    const spans = figures.map((f) => [f.valueStart, f.valueEnd] as [number, number]);
    const at = REPORT_TEXT.indexOf('490班');
    expect(covered(at, at + 3, spans)).toBe(false);
  });
});
