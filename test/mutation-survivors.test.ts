/**
 * `npm run test:mutation -- <module> --survivors` retests the lines of the last report's survivors. The report
 * numbers lines as the file was when it ran; after a fix above a survivor, the same number is another line. These
 * check that each survivor is found where its code is now (scripts/mutation-survivors.mjs), and that code added
 * or changed since the report is retested too.
 */
import { describe, expect, it } from 'vitest';
import { lineMap, survivorRanges, type MutationReport, type ReportMutant } from '../scripts/mutation-survivors.mjs';

const FILE = 'src/shared/extract/tokens.ts';

/** A report of one file, its source as the run saw it and its mutants. */
function report(source: string, mutants: ReportMutant[]): MutationReport {
  return { files: { [FILE]: { source, mutants } } };
}

/** A mutant of `code` on the 1-based line `line` of `source`, with the status given. */
function mutant(source: string, line: number, code: string, status: string, mutatorName = 'EqualityOperator'): ReportMutant {
  const column = source.split('\n')[line - 1].indexOf(code) + 1;
  if (column === 0) throw new Error(`line ${line} does not hold ${code}`);
  return { mutatorName, replacement: 'x', status, location: { start: { line, column }, end: { line, column: column + code.length } } };
}

/** The lines of `source` a list of `file:a-b` ranges covers. */
function linesOf(ranges: string[], source: string): string[] {
  const lines = source.split('\n');
  return ranges.flatMap((r) => {
    const [, a, b] = /:(\d+)-(\d+)$/.exec(r)!;
    return lines.slice(Number(a) - 1, Number(b));
  });
}

const BEFORE = [
  "import { cnNumber } from './units';", // 1
  '', // 2
  'export function readNumber(text: string, at: number) {', // 3
  "  if (text[at] === '-') return undefined;", // 4
  '  let end = at;', // 5
  '  while (end < text.length && isDigit(text.charCodeAt(end))) end++;', // 6
  '  return end > at ? Number(text.slice(at, end)) : undefined;', // 7
  '}', // 8
].join('\n');

describe('--survivors finds each survivor where its code is now', () => {
  it('after lines were added above it, retests the survivor’s line at its new number, not the old number', () => {
    const survivor = mutant(BEFORE, 6, 'end < text.length', 'Survived');
    const now = BEFORE.replace(
      '\n\nexport function',
      "\nimport { isDigit } from './chars';\n\n/** A helper added by a later fix. */\nconst MINUS = '-';\n\nexport function",
    );
    const ranges = survivorRanges(report(BEFORE, [survivor]), () => now);
    // The survivor's line moved from 6 to 10; the new lines (import, comment, constant) are retested as new code.
    expect(ranges).toContain(`${FILE}:10-10`);
    expect(linesOf([`${FILE}:10-10`], now)).toEqual(['  while (end < text.length && isDigit(text.charCodeAt(end))) end++;']);
    expect(now.split('\n')[5]).not.toContain('end < text.length'); // the old number now names another line
    expect(ranges).toEqual([`${FILE}:2-2`, `${FILE}:4-5`, `${FILE}:10-10`]);
  });

  it('after lines were removed above it', () => {
    const survivor = mutant(BEFORE, 7, 'end > at', 'NoCoverage');
    const now = BEFORE.replace("  if (text[at] === '-') return undefined;\n", '');
    expect(survivorRanges(report(BEFORE, [survivor]), () => now)).toEqual([`${FILE}:6-6`]);
  });

  it('tells two identical lines apart by the code around them', () => {
    const twice = ['function a(s: string) {', '  return s.length > 0;', '}', 'function b(s: string) {', '  return s.length > 0;', '}'].join(
      '\n',
    );
    const survivor = mutant(twice, 5, 's.length > 0', 'Survived');
    const now = twice.replace('function b(', '// b reads the second clause\nfunction b(');
    expect(survivorRanges(report(twice, [survivor]), () => now)).toEqual([`${FILE}:4-4`, `${FILE}:6-6`]);
  });

  it('retests the whole span of a survivor over several lines', () => {
    const survivor: ReportMutant = {
      mutatorName: 'BlockStatement',
      replacement: '{}',
      status: 'Survived',
      location: { start: { line: 3, column: 56 }, end: { line: 8, column: 2 } },
    };
    const now = `// a comment added on top\n${BEFORE}`;
    expect(survivorRanges(report(BEFORE, [survivor]), () => now)).toEqual([`${FILE}:1-1`, `${FILE}:4-9`]);
  });
});

describe('--survivors retests what has no last result, and nothing else', () => {
  it('retests a changed line (its mutants have no result) and leaves killed and equivalent mutants alone', () => {
    const mutants = [
      mutant(BEFORE, 4, "text[at] === '-'", 'Killed'),
      mutant(BEFORE, 6, 'end < text.length', 'Survived'),
      mutant(BEFORE, 7, 'end > at', 'Survived'),
    ];
    const now = BEFORE.replace('  let end = at;', '  let end = at + 1;');
    const equivalent = (_path: string, source: string, m: ReportMutant) =>
      source.split('\n')[m.location.start.line - 1].includes('return end');
    expect(survivorRanges(report(BEFORE, mutants), () => now, equivalent)).toEqual([`${FILE}:5-6`]);
  });

  it('a survivor whose own line changed is retested on its new text', () => {
    const now = BEFORE.replace('end < text.length', 'end < text.length - 1');
    expect(survivorRanges(report(BEFORE, [mutant(BEFORE, 6, 'end < text.length', 'Survived')]), () => now)).toEqual([`${FILE}:6-6`]);
  });

  it('nothing when the file is unchanged and every mutant was killed, or when the file is gone', () => {
    const killed = [mutant(BEFORE, 6, 'end < text.length', 'Killed'), mutant(BEFORE, 7, 'end > at', 'Timeout')];
    expect(survivorRanges(report(BEFORE, killed), () => BEFORE)).toEqual([]);
    expect(survivorRanges(report(BEFORE, [mutant(BEFORE, 6, 'end < text.length', 'Survived')]), () => undefined)).toEqual([]);
  });
});

describe('lineMap', () => {
  it('maps kept lines through insertions, removals and changes; a changed or removed line maps to 0', () => {
    const map = lineMap('a\nb\nc\nd\ne', 'a\nx\nb\nd2\ne\nf');
    expect([...map].slice(1)).toEqual([1, 3, 0, 0, 5]);
  });

  it('reads CRLF and LF files alike', () => {
    expect([...lineMap('a\r\nb\r\nc', 'z\na\nb\nc')].slice(1)).toEqual([2, 3, 4]);
  });
});
