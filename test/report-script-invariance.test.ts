/**
 * A report reprinted in traditional characters (a Hong Kong paper, a big5 mirror of a government page) is the same
 * report: the title and the as-of it is stored with when the person importing it gives none are those of its
 * simplified twin, character for character once simplified. Checked on every traditional report of the corpus (each
 * a real page): their cause clauses close with 影響, their dates sit among 時期/個月, and a rule written in simplified
 * characters alone would read them differently (榆林 2021 was stored as on 2020).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTraditionalText, readAsSimplified } from '../src/shared/extract/script';
import { reportAsOf } from '../src/shared/report-as-of';
import { reportTitle } from '../src/shared/report-title';

const DIR = join(__dirname, 'corpus');
const traditional = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f.replace(/\.txt$/u, ''), text: readFileSync(join(DIR, f), 'utf8') }))
  .filter((r) => isTraditionalText(r.text));

/** Every character of `s` simplified (simplifiedChars leaves a short string holding only rarer traditional ones as is). */
const simplified = (report: string, s: string): string => readAsSimplified(`${report}\n${s}`).text.slice(report.length + 1);

describe('a traditional report is read as its simplified twin', () => {
  it('the corpus holds traditional reports to check', () => {
    expect(traditional.length).toBeGreaterThanOrEqual(30);
  });

  it.each(traditional.map((r) => [r.name, r.text]))('%s: the same as-of and title', (_name, text) => {
    const twin = readAsSimplified(text).text;
    expect(isTraditionalText(twin)).toBe(false);
    expect(simplified(text, reportAsOf(text, [], '2026年'))).toBe(reportAsOf(twin, [], '2026年'));
    expect(simplified(text, reportTitle(text, '2026-12-07'))).toBe(reportTitle(twin, '2026-12-07'));
  });

  it('榆林 2021: a cause clause closed by 影響 names no period of the report', () => {
    const yulin = traditional.find((r) => r.name.startsWith('yulin-2021'));
    expect(yulin).toBeDefined();
    expect(reportAsOf(yulin!.text, [], '2026年')).toBe('2021年1-11月');
    expect(reportTitle(yulin!.text)).toBe('榆林市2021年1-11月工業經濟運行情況');
  });
});
