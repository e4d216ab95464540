/**
 * A PowerPoint chart's value labels print each bar as the screen does (ChartRow.display, shared/chart-numbers.ts
 * barValue): the figure as the report wrote it, with its own decimals and its qualifier — "6668亿元" beside "794.3亿元",
 * "3.0%" beside "3.35%", a share "78%" beside a remainder "22%", a target "7%左右" or "约3.5万亿元". One number format for
 * the whole series cannot say that ("0.0" pads 6668 to 6668.0, General drops the written zero of 3.0 and every
 * qualifier), so each point gets a data label of its own (`c:dLbl` with its `c:numFmt`), as Office writes a label
 * formatted by hand: the printed label with its number replaced by a digit pattern, its words in quotes
 * ("约"0.0"万亿元"). The label stays the point's value (an edited value relabels itself). The value axis keeps one
 * format.
 *
 * pptxgenjs writes one format per chart: the chart is given a sentinel format naming every point's printed label
 * (`labelFormatSentinel`), and the package's chart XML is rewritten afterwards (`perPointLabelFormats`).
 */

/** The number in a printed label: "约3.5万亿元" → 3.5, "-4.1%" → -4.1, "300多个" → 300. */
const NUMBER = /[-−]?\d+(?:\.(\d+))?/u;

/** Decimals of a printed value: "6668.0亿元" → 1, "78%" → 0, "-4.1%" → 1, "7.0%左右" → 1. */
export function printedDecimals(display: string): number {
  return NUMBER.exec(display)?.[1]?.length ?? 0;
}

/** Text as a number format's literal: in quotes, a quote mark in it dropped (it would end the literal). */
const literal = (text: string) => (text ? `"${text.replace(/"/g, '')}"` : '');

/** A label's number format for that many decimals and the unit after it: 0.0"亿元", 0"%", 0.00. */
export function labelFormat(decimals: number, unit: string, before = ''): string {
  const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  // A one-part format puts a negative's sign before everything ("-约4.1%"); the screen prints "约-4.1%": a second part
  // for negatives says so.
  return before ? `${literal(before)}${digits}${literal(unit)};${literal(`${before}-`)}${digits}${literal(unit)}` : digits + literal(unit);
}

/**
 * A printed label's own number format: its words before and after the number as literals, the number's decimals
 * ("约3.5万亿元" → "约"0.0"万亿元", "7%左右" → 0"%左右", "300多个" → 0"多个"). A label without a number (never
 * printed by barValue) falls back to `unit`.
 */
export function displayFormat(display: string, unit: string): string {
  const m = NUMBER.exec(display);
  if (!m) return labelFormat(0, unit);
  return labelFormat(m[1]?.length ?? 0, display.slice(m.index + m[0].length), display.slice(0, m.index));
}

const PREFIX = '@labels=';

/**
 * What the chart is given as its one label format: each point's printed label in the order PowerPoint holds the
 * points (`displays` as the chart's categories are written), then the unit, each URI-encoded (plain ASCII without a
 * comma, a semicolon or a quote). Rewritten by perPointLabelFormats.
 */
export function labelFormatSentinel(displays: readonly string[], unit: string): string {
  return `${PREFIX}${displays.map(encodeURIComponent).join(',')};${encodeURIComponent(unit)}`;
}

/** `<c:numFmt formatCode="…"/>` with the format escaped as XML. */
const numFmt = (code: string) =>
  `<c:numFmt formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}" sourceLinked="0"/>`;

const SENTINEL = /<c:numFmt formatCode="@labels=([^;"]*);([^"]*)" sourceLinked="0"\/>/gu;
const SENTINEL_ONE = new RegExp(SENTINEL.source, 'u');
/** A series' label block as pptxgenjs writes it for a bar chart: the sentinel format, then the rest. */
const SERIES_LABELS = /<c:dLbls>(<c:numFmt formatCode="@labels=[^"]*" sourceLinked="0"\/>)([\s\S]*?)<\/c:dLbls>/gu;
/** A ring's or pie's point label as pptxgenjs writes it: its index, then the sentinel format. */
const POINT_LABEL = /(<c:dLbl>\s*<c:idx val="(\d+)"\/>\s*)<c:numFmt formatCode="@labels=[^"]*" sourceLinked="0"\/>/gu;

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * One chart part's XML with every point's label in its own format. A bar series' label block gets one `c:dLbl` per
 * point (its text properties and position copied from the series'; a `c:dLbl` holds no leader-line flag) before the
 * series' own format; a ring's point labels, which pptxgenjs writes one by one already, get theirs. What is left of the
 * sentinel (the series' and the chart's fallback) becomes the first point's decimals with the unit, no qualifier. A part without the sentinel is
 * returned as it is.
 */
export function perPointLabelFormats(xml: string): string {
  const found = SENTINEL_ONE.exec(xml);
  if (!found) return xml;
  const displays = found[1] ? found[1].split(',').map(decodeURIComponent) : [];
  const unit = decodeURIComponent(unescapeXml(found[2] ?? ''));
  const formats = displays.map((d) => displayFormat(d, unit));
  const fallback = labelFormat(printedDecimals(displays[0] ?? ''), unit);
  const format = (i: number) => formats[i] ?? fallback;
  return xml
    .replace(SERIES_LABELS, (_all, _own: string, rest: string) => {
      const point = rest.replace(/<c:showLeaderLines val="[01]"\/>/u, '');
      const points = formats.map((_, i) => `<c:dLbl><c:idx val="${i}"/>${numFmt(format(i))}${point}</c:dLbl>`).join('');
      return `<c:dLbls>${points}${numFmt(fallback)}${rest}</c:dLbls>`;
    })
    .replace(POINT_LABEL, (_all, head: string, idx: string) => `${head}${numFmt(format(Number(idx)))}`)
    .replace(SENTINEL, () => numFmt(fallback));
}
