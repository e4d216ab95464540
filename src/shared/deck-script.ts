/**
 * A deck drafted from a report in traditional characters (繁體: 辽宁 2019, 襄阳 2022) frames its slides in them too: an
 * official presenting a 繁體 report in Hong Kong or Macau must not see 数据来源 under a chart titled 工業增加值. The words
 * slides and printouts put around the report's own (数据来源, 单位, 数据截至, 第 N 页, 目录, 讲稿…) follow the report's
 * script; the app's own menus and dialogs stay in the user's UI language (simplified Chinese or English).
 *
 * These words are few and fixed, so their characters are a fixed table here (the renderer does not carry OpenCC's
 * dictionary for a dozen words); test/deck-script.test.ts checks it against OpenCC for every such word. A placeholder's
 * value (the report's organisation, its title) is the report's own and is never converted: only the template is.
 */

/** Simplified → traditional for every character of the slide-facing words that changes (OpenCC, 爲 as 為). */
const PAIRS =
  '实實际際预預称稱时時数數据據来來单單给給图圖类類无無识識别別编編号號画畫占佔为為计計页頁项項余餘灯燈讲講义義简簡报報内內资資录錄览覽节節顺順语語对對绘繪处處标標饰飾笔筆记記发發';

const HANT: ReadonlyMap<string, string> = new Map(Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i], PAIRS[2 * i + 1]]));

/** The characters the table turns, in pairs (its test checks each against OpenCC). */
export const DECK_SCRIPT_PAIRS = PAIRS;

/** `s`, one of the slide-facing words, in traditional characters. */
export const inTraditional = (s: string): string => s.replace(/[^\s\w{}]/gu, (c) => HANT.get(c) ?? c);

/**
 * The script a deck's slides are framed in: the one its report was read in (shared/extract/script.ts's reading;
 * main/store/reports.ts sets `traditional` on the report). One deck is shown or printed at a time per window, so it
 * is set where the report is loaded (the deck state, the print page, an export) and read where the words are made.
 */
let traditional = false;

export function setDeckScript(isTraditional: boolean): void {
  traditional = isTraditional;
}

/**
 * `make()` with the deck's script set to `isTraditional`, then set back: the main process's exports build a chart's
 * words (shared/chart-model.ts) for one report at a time, synchronously, while another window's may differ.
 */
export function withDeckScript<T>(isTraditional: boolean, make: () => T): T {
  const before = traditional;
  traditional = isTraditional;
  try {
    return make();
  } finally {
    traditional = before;
  }
}

/** A Chinese slide-facing word in the deck's script (`lang` 'en' leaves it as it is). */
export const inDeckScript = (s: string, lang: string = 'zh'): string => (traditional && lang === 'zh' ? inTraditional(s) : s);
