/**
 * Page furniture a saved web page leaves at the ends of its lines: the 汉中 2017 work report's page ends its
 * heading "一、过去六年工作回顾Sw7", its byline and some paragraphs with "Sw7", and has a line of "Sw7" alone. Such a
 * token is no part of a title. It is told from a real term at a title's end (5G, GDP, PM2.5, R&D, C919) by where
 * it stands in the whole text: Latin letters and digits, some in lower case, glued to the end of at least two lines,
 * and nowhere else. A real term is written inside sentences too ("5G基站", "GDP增长"), and an acronym in capitals.
 */

/** A run of Latin letters and digits (with a letter) at a line's end, glued to what is before it. */
const LINE_END = /(?<![A-Za-z0-9.&+\-/_])([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)[ \t\u3000\r]*$/u;
const LONGEST = 8;
const LOWER = /[a-z]/u;

/** The tokens that stand only at the ends of the text's lines (and on lines of their own), at least twice. */
export function pageFurniture(text: string): Set<string> {
  const atEnds = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = LINE_END.exec(line);
    if (m && m[1].length >= 2 && m[1].length <= LONGEST) atEnds.set(m[1], (atEnds.get(m[1]) ?? 0) + 1);
  }
  const out = new Set<string>();
  // (An acronym or a code in capitals and digits, 5G, GDP, C919, is a term however it stands.)
  for (const [token, n] of atEnds) if (n >= 2 && LOWER.test(token) && occurrences(text, token) === n) out.add(token);
  return out;
}

function occurrences(text: string, token: string): number {
  let n = 0;
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length)) n++;
  return n;
}

/** The line without a furniture token at its end ("过去六年工作回顾Sw7" → "过去六年工作回顾"; "Sw7" → ""). */
export function withoutFurniture(line: string, furniture: Set<string>): string {
  if (!furniture.size) return line;
  const m = LINE_END.exec(line);
  return m && furniture.has(m[1]) ? line.slice(0, m.index).trimEnd() : line;
}
