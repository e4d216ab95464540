/**
 * Open-ended input: readers never throw anything but a ReadError on arbitrary bytes (also bytes that start
 * like a zip, an OLE file, a PDF or a web page), and whatever text a reader gives, every figure the extractor
 * finds in it has its quote and value verbatim at their offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { readReport, ReadError } from '../src/main/readers';
import { dropMargins, joinParagraphs, pageLines } from '../src/main/readers/pdf-layout';
import { encodeGbk, makeDocx } from './reader-fixtures';

const MAGIC: Record<string, number[]> = {
  zip: [0x50, 0x4b, 0x03, 0x04],
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  pdf: [...Buffer.from('%PDF-1.7\n')],
  html: [...Buffer.from('<!doctype html><html><body><p>')],
  bom16: [0xff, 0xfe],
  none: [],
};
const NAMES = ['r.docx', 'r.doc', 'r.pdf', 'r.html', 'r.txt', 'r.md', 'r', 'r.xlsx'];

/** Report-like text: Chinese words, numbers with units, punctuation, line breaks. */
const reportText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '全市',
        '工业增加值',
        '增长',
        '下降',
        '分别',
        '、',
        '，',
        '。',
        '\n',
        '\r\n',
        '  ',
        '　',
        '\u00A0',
        '亿元',
        '%',
        '个百分点',
        '万辆',
        '年',
      ),
      fc.float({ min: 0, max: 10000, noNaN: true }).map((n) => n.toFixed(1)),
      fc.integer({ min: 1990, max: 2030 }).map(String),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

async function outcome(bytes: Uint8Array, name: string): Promise<string | null> {
  try {
    const r = await readReport(bytes, { name });
    return r.text;
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    expect(e.message.length).toBeGreaterThan(0);
    return null;
  }
}

describe('readers on arbitrary bytes', () => {
  it('throw nothing but a ReadError, whatever the bytes and the name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(MAGIC)),
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(...NAMES),
        async (magic, tail, name) => {
          await outcome(new Uint8Array([...MAGIC[magic], ...tail]), name);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('throw nothing but a ReadError on a real .docx with bytes flipped or cut', async () => {
    const docx = new Uint8Array(await makeDocx());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(docx.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(docx.length),
        async (flips, cut) => {
          const bytes = docx.slice(0, Math.max(1, cut));
          for (const [at, v] of flips) if (at < bytes.length) bytes[at] = v;
          await outcome(bytes, 'r.docx');
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('reader output and the extractor', () => {
  it('every quote and value is verbatim at its offsets, for text read in any encoding', async () => {
    await fc.assert(
      fc.asyncProperty(reportText, fc.constantFrom('utf8', 'utf16le', 'gbk', 'html'), async (text, enc) => {
        const bytes =
          enc === 'utf8'
            ? Buffer.from(text)
            : enc === 'utf16le'
              ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
              : enc === 'gbk'
                ? encodeGbk(text.replace(/\u00A0/gu, ' '))
                : Buffer.from(`<!doctype html><html><body><p>${text.replace(/[&<>]/gu, '')}</p></body></html>`);
        const read = await outcome(bytes, enc === 'html' ? 'r.html' : 'r.txt');
        if (read === null) return;
        for (const f of extractFigures(read)) {
          expect(read.slice(f.start, f.end)).toBe(f.quote);
          expect(read.slice(f.valueStart, f.valueEnd)).toBe(f.value);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('PDF layout keeps every character of the body runs, in order (nothing inserted but line joins)', () => {
    const run = fc.record({
      str: fc.constantFrom('增长', '10.3%', '全市', '工业', '，', '。', 'GDP', '2016年'),
      dx: fc.float({ min: 0, max: 40, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(run, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 }), (lines) => {
        // One page of lines 20 pt apart, runs placed left to right.
        const runs = lines.flatMap((l, i) => {
          let x = 72;
          return l.map((r) => {
            const out = { str: r.str, x: x + r.dx, y: 760 - i * 20, width: r.str.length * 12, size: 12 };
            x = out.x + out.width;
            return out;
          });
        });
        const { pages } = dropMargins([pageLines(runs)]);
        const text = joinParagraphs(pages);
        const kept = pages[0].map((l) => l.text.replace(/\s/gu, '')).join('');
        expect(text.replace(/\s/gu, '')).toBe(kept);
      }),
      { numRuns: 300 },
    );
  });
});
