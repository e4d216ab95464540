/**
 * Half-width punctuation in Chinese prose set full-width, as an editor sets it before printing. Web pages often
 * write "增长6.6%,增速与上月持平" or "(记者 杨斌)": on a slide or in a printed brief the ASCII comma sits tight
 * against the next character and the parentheses are Latin, as no Chinese publication prints them. Pure.
 *
 * For what the deck and the brief show; never for what a figure's quote or offsets point into, which stay as the
 * report wrote them (the source text is evidence). Only marks with Chinese beside them change: "1,234", "9:30",
 * "6.4:5.8:87.8", "R&D, AI" and a bracket around Latin or digits with no Chinese beside it stay; a space the page left after
 * a mark it set half-width goes with it ("增长6.6%, 增速" → "增长6.6%，增速"), and so does a space inside a figure or between
 * a figure and Chinese ("95.8 %", "增长 6.6%").
 */

const HAN = /\p{Script=Han}/u;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

export function fullWidthPunctuation(text: string): string {
  if (!HAN.test(text)) return text;
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const full = FULL[ch];
    if (full) {
      let j = i + 1;
      while (chars[j] === ' ') j++;
      const prev = out[out.length - 1];
      const next = chars[j];
      const between = isDigit(prev) && isDigit(chars[i + 1]);
      // A mark after Chinese, or before it after a figure ("6.6%,增速"); "?"/"!" only after Chinese.
      const chinese = ch === '?' || ch === '!' ? isHan(prev) : isHan(prev) || isHan(next) || /[）”’》」]/u.test(prev ?? '');
      if (!between && chinese) {
        out.push(full);
        i = j - 1; // drop the spaces after it
        continue;
      }
    }
    if (ch === '(') {
      const close = chars.indexOf(')', i + 1);
      const inside = close > i ? chars.slice(i + 1, close).join('') : '';
      if (close > i && !inside.includes('(') && (HAN.test(inside) || isHan(out[out.length - 1]) || isHan(chars[close + 1]))) {
        out.push('（', ...fullWidthPunctuation(inside), '）');
        i = close;
        continue;
      }
    }
    // A space a page left inside a figure or between it and Chinese ("产销率为95.8 %", "增长 6.6%") goes: Chinese print
    // sets none there.
    if (ch === ' ' && /[\d%‰]/u.test(out[out.length - 1] ?? '') && /^[%‰\p{Script=Han}]$/u.test(chars[i + 1] ?? '')) continue;
    if (ch === ' ' && isHan(out[out.length - 1]) && isDigit(chars[i + 1])) continue;
    out.push(ch);
  }
  return out.join('');
}
