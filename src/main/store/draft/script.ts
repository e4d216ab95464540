/**
 * A deck drafted from a report in traditional characters (繁體: 襄阳 2022, 辽宁 2019, 国家统计局 2022) says its own words in
 * them too: 總體情況, 主要指標, 目標, 預計, 附：數據一覽, 謝謝, and a caption's 增速 / 變化 / 佔比. The draft's rules and
 * words are simplified (every rule is written in them); what it writes is turned into the report's script last.
 *
 * The report's words stay exactly as written (a message title, a key message, a quote in the notes): only characters
 * the report never holds change.
 */
import ST_CHARACTERS from 'opencc-js/dict/STCharacters';
import { readAsSimplified } from '../../../shared/extract/script';

/**
 * The draft's words in the report's script: as is for a simplified report; for a traditional one, every character the
 * report holds stays as it is (so a line quoting the report stays its words exactly, even where the report mixes in a
 * simplified character), and each other takes the report's own form where it has one, else OpenCC's.
 */
export function reportScript(text: string): (s: string) => string {
  const reading = readAsSimplified(text);
  if (!reading.traditional) return SAME_SCRIPT;
  traditionalOf ??= traditionalTable();
  const table = traditionalOf;
  const held = new Set(text);
  return (s) => {
    let out = '';
    for (const c of s) {
      if (held.has(c)) out += c;
      else {
        const own = reading.back(c);
        out += own !== c ? own : (table.get(c) ?? c);
      }
    }
    return out;
  };
}

/** A simplified report's: every string as it is. */
export const SAME_SCRIPT = (s: string): string => s;

/** Each simplified character's traditional one (the first OpenCC lists), built the first time it is needed. */
let traditionalOf: Map<string, string> | undefined;
function traditionalTable(): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of ST_CHARACTERS.split('|')) {
    const [s, t] = entry.split(' ');
    if (s && t && Array.from(s).length === 1 && Array.from(t).length === 1 && s !== t) out.set(s, t);
  }
  return out;
}

/**
 * A line the draft wrote in simplified characters from a traditional report's words, put back in the report's own:
 * each stretch of it found in a source's simplified reading takes that source's characters there (製造業, not the
 * 制造業 a character-by-character reading gives, since 制 and 製 are both 制 simplified); the rest goes through `script`.
 * `sources` are [original, simplified] pairs of one length (simplifiedChars), tried in turn.
 */
export function inReportWords(line: string, sources: readonly (readonly [string, string])[], script: (s: string) => string): string {
  let out = '';
  let rest = '';
  for (let i = 0; i < line.length;) {
    let best = 0;
    let from = '';
    let at = -1;
    for (const [original, simplified] of sources) {
      // The longest stretch from i found in this source.
      let n = best;
      while (i + n < line.length && simplified.includes(line.slice(i, i + n + 1))) n++;
      if (n > best) {
        best = n;
        from = original;
        at = simplified.indexOf(line.slice(i, i + n));
      }
    }
    if (best < 2) {
      rest += line[i];
      i++;
      continue;
    }
    out += script(rest) + from.slice(at, at + best);
    rest = '';
    i += best;
  }
  return out + script(rest);
}
