/**
 * A slide may shorten the report, never reword it (#25). Every claim on a slide that states a number — a
 * title, subtitle, key message (takeaway) or paragraph with a digit or a figure — must use the report's
 * own words, clause by clause, or be marked by its author as a paraphrase (SlideBody.paraphrased).
 * Figures inside a claim count as the report writes them (figurePartsAsWritten: "迈上千亿台阶").
 */
import { fullWidthPunctuation } from './cjk-punctuation';
import { figurePartsAsWritten } from './format';
import { parseParagraph } from './markup';
import { BRACKET_TONE, GLOSS } from './extract/text-forms';
import type { ClaimField, Figure, Slide } from './types';

/** Wraps a figure's words in claimText's output, so a clause with a figure written in words (千亿) is checked. */
const MARK = '\u0001';

/** The claim as words: bold lead-ins as plain text, each figure as the report writes it (between MARKs). */
export function claimText(claim: string, figures: ReadonlyMap<number, Figure>): string {
  let out = '';
  for (const run of parseParagraph(claim)) {
    if (run.kind !== 'figure') {
      out += run.text;
      continue;
    }
    const f = /^\d+$/.test(run.ref) ? figures.get(Number(run.ref)) : undefined;
    if (!f) return ''; // a missing figure is its own finding elsewhere
    const p = figurePartsAsWritten(f);
    // The text may already say the qualifier ("均迈上{{22}}"): the figure then shows it once.
    out += MARK + (p.prefix && out.endsWith(p.prefix) ? '' : p.prefix) + p.number + p.inner + p.unit + p.suffix + MARK;
  }
  return out;
}

const SPACE = /[\s\u3000]/gu;

/**
 * A note in brackets that a term holds for the rest of the report ("（下同）", "（预计，下同）", "市属国有企业（市县两级，
 * 下同）"): said once for the reader of the whole text, it is no word of a slide's line, which drops it as it may drop
 * any word ("全市生产总值847.40亿元，同比增长13.6%", not "…同比（下同）增长13.6%").
 */
const SAID_ONCE_NOTE = /[（(][^（()）]{0,16}?[,，、]?\s*下同[)）]/gu;

/**
 * The text without what a page says aside of its words: its notes said once for what follows (SAID_ONCE_NOTE) and the
 * pinyin glosses a reprinted page sets after characters ("生產（chǎn）信心明顯提振", 安徽 2020 上半年: a slide's title read
 * so; GLOSS in extract/text-forms.ts).
 */
export function withoutAsides(s: string): string {
  let out = s.includes('下同') ? s.replace(SAID_ONCE_NOTE, '') : s;
  if (BRACKET_TONE.test(out)) out = out.replace(GLOSS, '');
  return out;
}
/** Clauses end at these; quotes and dashes around a clause are not words of it. */
const CLAUSE_END = /[，。；！？：,;!?]|——/u;
const EDGE = /^[“”‘’"'（）()]+|[“”‘’"'（）()]+$/gu;

/** The report text last compared against, as compared: punctuation width and spaces aside. */
let lastText = '';
let lastCompared = '';

/**
 * The clauses of a claim that state a number (a digit or a figure) and are not found in the report, in order.
 * Punctuation width does not make words the report's or not: a draft sets "原铝(电解铝)增长8.7%" as
 * "原铝（电解铝）增长8.7%" (cjk-punctuation.ts), and so may its author.
 */
export function rewordedClauses(claim: string, reportText: string): string[] {
  if (reportText !== lastText) {
    const compared = fullWidthPunctuation(reportText).replace(SPACE, '');
    // A slide may have dropped what the page says aside (withoutAsides): the report is compared with and without it.
    const shortened = withoutAsides(compared);
    [lastText, lastCompared] = [reportText, shortened === compared ? compared : `${compared}\u0000${shortened}`];
  }
  const report = lastCompared;
  return fullWidthPunctuation(claim)
    .replace(SPACE, '')
    .split(CLAUSE_END)
    .filter((c) => /\d/u.test(c) || c.includes(MARK))
    .map((c) => c.replaceAll(MARK, '').replace(EDGE, ''))
    .filter((c) => c && !report.includes(c));
}

export interface RewordedClaim {
  slideId: number;
  ord: number;
  field: ClaimField;
  clauses: string[];
}

/** Every unmarked claim on these slides that restates a number in words the report does not use. */
export function rewordedClaims(reportText: string, slides: readonly Slide[], figures: readonly Figure[]): RewordedClaim[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out: RewordedClaim[] = [];
  for (const s of slides) {
    const marked = new Set(s.body.paraphrased ?? []);
    const fields: [ClaimField, string[]][] = [
      ['title', [s.title]],
      ['subtitle', s.body.subtitle ? [s.body.subtitle] : []],
      ['takeaway', s.chart?.takeaway ? [s.chart.takeaway] : []],
      ['paragraphs', s.body.paragraphs ?? []],
    ];
    for (const [field, texts] of fields) {
      if (marked.has(field)) continue;
      const clauses = texts.flatMap((t) => rewordedClauses(claimText(t, byId), reportText));
      if (clauses.length) out.push({ slideId: s.id, ord: s.ord, field, clauses });
    }
  }
  return out;
}
