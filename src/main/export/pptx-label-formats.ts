/**
 * A PowerPoint chart's value labels print each bar as the screen does (ChartRow.display, shared/chart-numbers.ts
 * barValue): the figure as the report wrote it, with its own decimals — "6668亿元" beside "794.3亿元", "3.0%" beside
 * "3.35%", a share "78%" beside a remainder "22%". One number format for the whole series cannot say that ("0.0"
 * pads 6668 to 6668.0, General drops the written zero of 3.0), so each point gets a data label of its own
 * (`c:dLbl` with its `c:numFmt`), as Office writes a label formatted by hand. The value axis keeps one format.
 *
 * pptxgenjs writes one format per chart: the chart is given a sentinel format naming every point's decimals
 * (`labelFormatSentinel`), and the package's chart XML is rewritten afterwards (`perPointLabelFormats`).
 */

/** Decimals of a printed value: "6668.0亿元" → 1, "78%" → 0, "-4.1%" → 1. */
export function printedDecimals(display: string): number {
  return /^[-−]?\d+(?:\.(\d+))?/u.exec(display)?.[1]?.length ?? 0;
}

/** A label's number format for that many decimals and the unit after it: 0.0"亿元", 0"%", 0.00. */
export function labelFormat(decimals: number, unit: string): string {
  return `${decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0'}${unit ? `"${unit.replace(/"/g, '')}"` : ''}`;
}

const PREFIX = '@labels=';

/**
 * What the chart is given as its one label format: each point's decimals in the order PowerPoint holds the points
 * (`displays` as the chart's categories are written) and the unit. Rewritten by perPointLabelFormats.
 */
export function labelFormatSentinel(displays: readonly string[], unit: string): string {
  return `${PREFIX}${displays.map(printedDecimals).join(',')};${unit.replace(/"/g, '')}`;
}

/** `<c:numFmt formatCode="…"/>` with the format escaped as XML. */
const numFmt = (code: string) =>
  `<c:numFmt formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}" sourceLinked="0"/>`;

const SENTINEL = /<c:numFmt formatCode="@labels=([\d,]*);([^"]*)" sourceLinked="0"\/>/gu;
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
 * sentinel (the series' and the chart's fallback) becomes the first point's format. A part without the sentinel is
 * returned as it is.
 */
export function perPointLabelFormats(xml: string): string {
  const found = SENTINEL_ONE.exec(xml);
  if (!found) return xml;
  const decimals = (found[1] ?? '').split(',').filter(Boolean).map(Number);
  const unit = unescapeXml(found[2] ?? '');
  const formats = decimals.map((d) => labelFormat(d, unit));
  const fallback = formats[0] ?? labelFormat(0, unit);
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
