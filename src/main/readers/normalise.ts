/**
 * The one normalisation every reader's text goes through before anything points into it: line breaks to
 * \n, no-break spaces to spaces, control characters out, each line trimmed at its ends, runs of blank lines
 * down to one. Nothing inside a line's text is changed (full-width spaces inside a line stay).
 */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u000B\u000C\u0085]/gu;
// C0/C1 controls other than tab and newline, zero-width no-break spaces (a BOM mid-text).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFEFF]/gu;
const EDGE_SPACE = /^[ \t\u3000]+|[ \t\u3000]+$/gu;

export function normaliseText(raw: string): string {
  const lines = raw
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '')
    .replace(/\u00A0/gu, ' ')
    .split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const trimmed = line.replace(EDGE_SPACE, '');
    if (!trimmed && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(trimmed);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
