/**
 * A PDF's positioned text runs → the report's text, in reading order. Pure (no pdfjs), so it is tested on
 * its own: runs are grouped into lines by baseline and sorted by x; repeated headers and footers and page
 * numbers in a page's margins are dropped; lines are joined into paragraphs, with no space where a line
 * break fell between two CJK characters, and a paragraph ends at a short line, a large gap, an indented
 * line or a change of font size.
 */

export interface Run {
  str: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (points). */
  size: number;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

// The character classes and the page-number pattern are built inside functions, not as module constants, so the
// mutation run (issue 26) can tell which test reaches them instead of running every reader test for each change.
const isCjk = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2026\u2014]/u.test(ch);
const isWordChar = (ch: string) => /[A-Za-z0-9]/u.test(ch);

/** Runs of one page → its lines, top to bottom. */
export function pageLines(runs: Run[]): Line[] {
  const items = runs.filter((r) => r.str.length > 0 && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const r of items) {
    const g = groups.at(-1);
    if (g && Math.abs(g[0].y - r.y) < 0.45 * Math.min(g[0].size, r.size)) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = g[0].x;
    for (const r of g) {
      const gap = r.x - end;
      const size = r.size;
      const prev = text.at(-1) ?? '';
      const next = r.str[0];
      if (text && prev !== ' ' && next !== ' ') {
        const cjk = isCjk(prev) && isCjk(next);
        if (gap > 1.2 * size || (!cjk && gap > 0.2 * size)) text += ' ';
      }
      text += r.str;
      end = Math.max(end, r.x + r.width);
    }
    const size = Math.max(...g.map((r) => r.size));
    return { text: text.trim(), x0: g[0].x, x1: end, y: g[0].y, size };
  });
}

/** A page number as reports print them: "3", "— 3 —", "- 3 -", "第 3 页", "第3页 共12页", "3/12", "Page 3". */
export const isPageNumber = (text: string) =>
  /^(?:[-—–－―~～·•\s]*\d{1,4}[-—–－―~～·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/iu.test(
    text,
  );

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Typical distance between consecutive baselines on a page: the lower quartile (a short page has few gaps, the large ones being headings and margins). */
function pitch(lines: Line[]): number {
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] ?? (lines[0]?.size ?? 12) * 1.5;
}

/** Lines in a page's margins: the first or last two, set apart from the body by more than the usual spacing. */
function marginLines(lines: Line[]): Set<number> {
  const p = pitch(lines);
  const out = new Set<number>();
  for (let i = 0; i < Math.min(2, lines.length); i++) {
    const below = lines[i + 1];
    if (!below || lines[i].y - below.y > 1.8 * p) {
      for (let j = 0; j <= i; j++) out.add(j);
    }
  }
  for (let k = 0; k < Math.min(2, lines.length); k++) {
    const i = lines.length - 1 - k;
    const above = lines[i - 1];
    if (!above || above.y - lines[i].y > 1.8 * p) {
      for (let j = i; j < lines.length; j++) out.add(j);
    }
  }
  return out;
}

const headerKey = (text: string) => text.replace(/\d+/gu, '#').replace(/\s+/gu, '');

/**
 * Drop page numbers, headers/footers repeated on at least half the pages (and two), and running heads: a
 * line set apart at the top of a page in type smaller than the body's (so a one-page PDF loses its header too).
 */
export function dropMargins(pages: Line[][]): { pages: Line[][]; dropped: number } {
  const margins = pages.map(marginLines);
  const bodySize = median(pages.flat().map((l) => l.size));
  const runningHead = (lines: Line[], i: number) => i < 2 && lines[i].size < 0.85 * bodySize && lines[i].text.length <= 40;
  const seen = new Map<string, number>();
  pages.forEach((lines, p) => {
    const keys = new Set([...margins[p]].map((i) => headerKey(lines[i].text)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  const repeated = (k: string) => pages.length >= 2 && (seen.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  let dropped = 0;
  const kept = pages.map((lines, p) =>
    lines.filter((l, i) => {
      const drop = margins[p].has(i) && (isPageNumber(l.text) || repeated(headerKey(l.text)) || runningHead(lines, i));
      if (drop) dropped++;
      return !drop;
    }),
  );
  return { pages: kept, dropped };
}

/** Lines of every page → paragraphs, one per line of the result. */
export function joinParagraphs(pages: Line[][]): string {
  const out: string[] = [];
  let para = '';
  let prev: (Line & { right: number; left: number; pitch: number }) | null = null;
  for (const lines of pages) {
    if (!lines.length) continue;
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
    const p = pitch(lines);
    lines.forEach((line, i) => {
      let breaks = true;
      if (prev) {
        const samePage = i > 0;
        const short = prev.x1 < prev.right - 2 * prev.size;
        const gap = samePage && prev.y - line.y > 1.5 * prev.pitch;
        const indented = line.x0 > left + 0.9 * line.size;
        const resized = Math.abs(prev.size - line.size) > 0.15 * line.size;
        breaks = short || gap || indented || resized;
      }
      if (breaks) {
        if (para) out.push(para);
        para = line.text;
      } else {
        const a = para.at(-1) ?? '';
        const b = line.text[0] ?? '';
        para += (isWordChar(a) || /[,.;:!?]/u.test(a)) && isWordChar(b) ? ` ${line.text}` : line.text;
      }
      prev = { ...line, right, left, pitch: p };
    });
  }
  if (para) out.push(para);
  return out.join('\n');
}
