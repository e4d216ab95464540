/** Small pure helpers for slide text. */
import { t, type Lang } from '../lib/i18n';

/**
 * The words that introduce a growth figure under a KPI: the growth figure's label without the part it
 * shares with the KPI's own label. "规模工业产值" + "规模工业产值年均增长" → "年均增长";
 * "工业总产值" + "工业总产值比“十一五”末" → "比“十一五”末"; "工业投资累计完成" + "工业投资年均增长" → "年均增长".
 */
export function growthLead(kpiLabel: string, growthLabel: string): string {
  const a = Array.from(kpiLabel);
  const b = Array.from(growthLabel);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = b.slice(i).join('');
  // Sharing fewer than two characters is coincidence, not a common subject: keep the whole label.
  const lead = i >= 2 && rest ? rest : growthLabel;
  return (
    lead
      // "增长倍数" names a multiple, it does not read: "翻了两番" says it alone.
      .replace(/增长倍数$/, '')
      // The shared part can end inside a word ("…占全市工业" / "…占比提高"): a 比 with no object is left over.
      .replace(/^比(?=(提高|降低|增加|减少|下降|上升)$)/, '')
  );
}

/** Whether a figure's text should be set off from the words before it ("年均增长 18.6%" but "比“十一五”末翻了一番多"). */
export function startsWithDigit(text: string): boolean {
  return /^[0-9.]/.test(text);
}

/** A title split at ideographic spaces (U+3000, as in the bundled title slide) into the lines the author intended. */
export function titleLines(title: string): string[] {
  return title
    .split(/\u3000+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "数据来源：重庆市经济和信息化委员会，2016年2月4日" / "Source: …, 4 February 2016"; without the date when the report
 * names none (an empty date is never shown as a guess, nor as a dangling comma).
 */
export function sourceLine(organisation: string, date: string, lang: Lang = 'zh'): string {
  return date ? t(lang, 'sourceLine', { organisation, date }) : t(lang, 'sourceLineUndated', { organisation });
}
