/**
 * Reports in traditional characters (繁體: a reprint on a Hong Kong or Taiwan site, a big5 mirror of a
 * government page) are read as simplified ones, since every rule's words are simplified. Each character is
 * replaced by its simplified form only where that is one character too (OpenCC's character tables, from
 * opencc-js), so every offset into the text read is the offset into the original and quotes stay verbatim;
 * what the extractor writes (labels, units, periods) is turned back into the report's own characters.
 */
// OpenCC's character tables (opencc-js, bundled): one traditional character to one simplified, and the
// Hong Kong / Taiwan variants (為, 裡) to the forms the table is keyed by.
import HK_VARIANTS from 'opencc-js/dict/HKVariantsRev';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS from 'opencc-js/dict/TWVariantsRev';

export interface Reading {
  /** The text the rules read: the original, or its simplified form of the same length. */
  text: string;
  /** Whether the report is in traditional characters. */
  traditional: boolean;
  /** A string the extractor wrote from `text`, in the report's own characters. */
  back(s: string): string;
}

/**
 * How much of a report is looked at to tell its script, and how much of it must be traditional: 8 characters
 * and 2% of its Han ones; or, in a text too short to hold 8 ("工業增加值增長8%。"), 2 and a tenth.
 */
const SAMPLE = 20_000;
const MIN_CHANGED = 8;
const MIN_SHARE = 0.02;
const SHORT_MIN_CHANGED = 2;
const SHORT_MIN_SHARE = 0.1;

/** Each traditional code unit's simplified one, built the first time a traditional report is read. */
let simpleOf: Map<number, number> | undefined;

function table(dict: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const pair of dict.split('|')) {
    // "乾 干": both one code unit (characters outside the BMP, and one-to-many entries, are left as written).
    if (pair.length === 3 && pair.charCodeAt(1) === 32) out.set(pair.charCodeAt(0), pair.charCodeAt(2));
  }
  return out;
}

function simpleTable(): Map<number, number> {
  const ts = table(TS_CHARACTERS);
  const out = new Map(ts);
  // 爲 is OpenCC's 為: a variant reads as the form the table knows, then as that form's simplified one.
  for (const variants of [HK_VARIANTS, TW_VARIANTS])
    for (const [variant, standard] of table(variants)) {
      const simple = ts.get(standard);
      if (simple !== undefined && !out.has(variant)) out.set(variant, simple);
    }
  // 著 is also simplified (显著): OpenCC turns it into 着 only in phrases, so it stays.
  out.delete(0x8457);
  return out;
}

function simplifiedCode(code: number): number {
  simpleOf ??= simpleTable();
  return simpleOf.get(code) ?? code;
}

/**
 * The words the extractor adds itself (变化, 倍数, 增长, 贡献率, 数据, 城镇 and 农村 of 城、乡居民), in case the report
 * never wrote them.
 */
const OWN_WORDS: [number, number][] = [...'变變数數长長贡貢献獻据據额額减減镇鎮农農'.matchAll(/(.)(.)/gu)].map((m) => [
  m[1].charCodeAt(0),
  m[2].charCodeAt(0),
]);

/**
 * Common characters written only in traditional text (a simplified report never holds them): how a report's
 * script is told without loading the tables. (漲, 類, 煙: a caption "食品煙酒類漲幅" (阿拉善盟 2022) held none of the others,
 * and was not read as a price's.)
 */
export const TRADITIONAL_ONLY = new Set(
  [
    ...'這們個來為國會發說時對學經產業長還點開關與實現區當從機無頭種進體動後應義問題電級總計劃處萬億農紀統務設備營資質據標準濟貿場線網數費幣鐵礦煉鋼織衛醫療藥車輛將書見覽視聽讀記錄員錢銀銷貨運輸輪飛塊雙歷壓廣廠縣鎮鄉顯獲積極權環節約熱燈氣價傳導養興舉貸擴轉輕軟認證議論規劃較減態勢穩蓋職僅億達漲類煙',
  ].map((c) => c.charCodeAt(0)),
);

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

/**
 * A short string of a report (a slide title) in simplified characters, one for one, for rules written in them: as
 * is when it holds none of TRADITIONAL_ONLY (the tables are then not loaded).
 */
export function simplifiedChars(s: string): string {
  let traditional = false;
  for (let k = 0; k < s.length && !traditional; k++) traditional = TRADITIONAL_ONLY.has(s.charCodeAt(k));
  if (!traditional) return s;
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    out += String.fromCharCode(isHan(c) ? simplifiedCode(c) : c);
  }
  return out;
}

const SAME: (s: string) => string = (s) => s;

/** Whether a report is written in traditional characters: told from common characters only they hold, without the tables. */
export function isTraditionalText(original: string): boolean {
  let han = 0;
  let changed = 0;
  const end = Math.min(original.length, SAMPLE);
  for (let k = 0; k < end; k++) {
    const c = original.charCodeAt(k);
    if (!isHan(c)) continue;
    han++;
    if (TRADITIONAL_ONLY.has(c)) changed++;
  }
  const traditional =
    (changed >= MIN_CHANGED && changed >= han * MIN_SHARE) || (changed >= SHORT_MIN_CHANGED && changed >= han * SHORT_MIN_SHARE);
  return traditional;
}

export function readAsSimplified(original: string): Reading {
  if (!isTraditionalText(original)) return { text: original, traditional: false, back: SAME };

  const codes = new Uint16Array(original.length);
  // For each simplified character the text now holds, how often each original stood for it.
  const seen = new Map<number, Map<number, number>>();
  for (let k = 0; k < original.length; k++) {
    const c = original.charCodeAt(k);
    const s = isHan(c) ? simplifiedCode(c) : c;
    codes[k] = s;
    if (s === c) continue;
    let by = seen.get(s);
    if (!by) seen.set(s, (by = new Map()));
    by.set(c, (by.get(c) ?? 0) + 1);
  }
  const backOf = new Map<number, number>(OWN_WORDS);
  for (const [s, by] of seen) {
    let best = 0;
    let most = 0;
    for (const [c, n] of by) if (n > most) [best, most] = [c, n];
    backOf.set(s, best);
  }
  let text = '';
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.subarray(k, k + 8192));
  const back = (s: string) => {
    let out = '';
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      out += String.fromCharCode(backOf.get(c) ?? c);
    }
    return out;
  };
  return { text, traditional: true, back };
}
