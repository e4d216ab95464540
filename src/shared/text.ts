/**
 * Well-formed text only. A lone surrogate cannot be stored as UTF-8 (SQLite would keep invalid bytes), a
 * NUL cuts a string short in C code and many files, and bidirectional overrides and isolates (U+202A–
 * U+202E, U+2066–U+2069) make text display in an order other than the one it is stored in — a figure
 * label that reads one way and is another. Short fields (labels, reasons, titles) refuse all of these and
 * other control characters; long texts (a report's body, an imported file) refuse what cannot be stored.
 */

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const NAMES: Record<number, string> = {
  0x0000: '空字符 NUL',
  0x202a: '从左向右嵌入',
  0x202b: '从右向左嵌入',
  0x202c: '方向格式结束',
  0x202d: '从左向右覆盖',
  0x202e: '从右向左覆盖',
  0x2066: '从左向右隔离',
  0x2067: '从右向左隔离',
  0x2068: '首字方向隔离',
  0x2069: '方向隔离结束',
};

const isBidi = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const isControl = (c: number) => (c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f);

/**
 * The first character `s` may not hold, described for a message ("U+202E（从右向左覆盖），第 3 个字符"),
 * or undefined. `multiline`: a long text where line breaks, tabs and direction marks of real documents
 * are kept; only what cannot be stored (lone surrogates, NUL) is refused there.
 */
export function badCharacter(s: string, multiline = false): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `${hex(c)}（不成对的代理项，不是完整的字符），第 ${i + 1} 个字符`;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return `${hex(c)}（不成对的代理项，不是完整的字符），第 ${i + 1} 个字符`;
    if (c === 0 || (!multiline && (isBidi(c) || isControl(c)))) return `${hex(c)}（${NAMES[c] ?? '控制字符'}），第 ${i + 1} 个字符`;
  }
  return undefined;
}

export const wellFormedMessage = (bad: string) => `含有不允许的字符 ${bad}：请删去后重试`;
