/**
 * The build keeps only the WOFF2 source of each bundled font face (scripts/vite/woff2-only.ts). Checked
 * on the real @fontsource/noto-sans-sc stylesheets: every face survives with its WOFF2 file and its
 * unicode-range, and no WOFF file is named any more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripWoffFallback } from '../scripts/vite/woff2-only';

const DIR = join(__dirname, '../node_modules/@fontsource/noto-sans-sc');
const faces = (css: string) => [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]);

describe('woff2-only', () => {
  for (const weight of ['400', '700']) {
    it(`keeps every ${weight} face with its WOFF2 file and range, and names no WOFF`, () => {
      const css = readFileSync(join(DIR, `${weight}.css`), 'utf8');
      const before = faces(css);
      const after = faces(stripWoffFallback(css));
      expect(before.length).toBeGreaterThan(90);
      expect(after).toHaveLength(before.length);
      after.forEach((face, i) => {
        expect(face).not.toMatch(/\.woff['")]/);
        expect(face.match(/url\(/g)).toHaveLength(1);
        const woff2 = /url\(([^)]+\.woff2)\)/.exec(before[i])![1];
        expect(face).toContain(`url(${woff2}) format('woff2')`);
        expect(/unicode-range:[^;]+/.exec(face)![0]).toBe(/unicode-range:[^;]+/.exec(before[i])![0]);
      });
    });
  }

  it('refuses a stylesheet whose WOFF source it does not recognise as a fallback', () => {
    expect(() => stripWoffFallback("@font-face{src:url(a.woff) format('woff')}")).toThrow(/WOFF source is left/);
    expect(() => stripWoffFallback("@font-face{src:url(a.ttf) format('truetype')}")).toThrow(/no WOFF2/);
  });
});
