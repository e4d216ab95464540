/**
 * Text PDFs as a user imports them, written here object by object (no Chromium, so fast enough for every
 * mutant): pages read in order with their headers and page numbers dropped and the user told how many, pages
 * without text named, and each PDF the reader cannot use refused with its reason. Issue 26: the mutation run of
 * pdf.ts.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/main/readers';
import { encryptedPdf, linePdf, type PlacedText } from './reader-fixtures';
import { refusalOf } from './reader-refusal';

const read = (bytes: Uint8Array) => readReport(bytes, { name: 'report.pdf' });
const refusal = (bytes: Uint8Array) => refusalOf(bytes, 'report.pdf');

/** A page of paragraphs, one line each, 20 pt apart from y 760, with a header above and a page number below. */
const page = (n: number, body: string[]): PlacedText[] => [
  { text: 'Statistical Bulletin', x: 240, y: 800, size: 12 },
  ...body.map((text, i) => ({ text, x: 72, y: 760 - i * 20 })),
  { text: `- ${n} -`, x: 290, y: 40 },
];
const CORRUPT = '不是有效的 PDF 文件：文件已损坏或不完整';
/** A line that runs to the right edge: the paragraph goes on below it. */
const LONG = 'In 2016 the economy of the city grew steadily, with industry in the lead and services close behind,';

describe('a text PDF', () => {
  it('is read page by page, its repeated header and page numbers dropped and counted in a warning', async () => {
    const pdf = linePdf([
      page(1, [LONG, 'Industry grew 10.3%.']),
      page(2, [LONG, 'Investment grew 7.6%.']),
      page(3, ['Retail sales grew 9%.']),
    ]);
    expect(await read(pdf)).toEqual({
      text: `${LONG} Industry grew 10.3%.\n${LONG} Investment grew 7.6%.\nRetail sales grew 9%.`,
      reader: 'pdf',
      warnings: ['已去掉 6 行页眉、页脚和页码'],
    });
  });

  it('with nothing to drop gives no warning; its text is normalised (no blank edges)', async () => {
    expect(await read(linePdf([[{ text: 'Industry grew 10.3% in 2016.', x: 72, y: 700 }]]))).toEqual({
      text: 'Industry grew 10.3% in 2016.',
      reader: 'pdf',
      warnings: [],
    });
  });

  it('drops a running head set in smaller type, on a one-page PDF too (read by each run’s type size)', async () => {
    const pdf = linePdf([
      [
        { text: 'Internal use only', x: 72, y: 800, size: 8 },
        { text: 'Industry grew 10.3% in 2016.', x: 72, y: 760 },
        { text: 'Investment grew 7.6% in 2016.', x: 72, y: 740 },
        { text: 'Retail sales grew 9% in 2016.', x: 72, y: 720 },
      ],
    ]);
    expect(await read(pdf)).toMatchObject({ text: expect.not.stringContaining('Internal'), warnings: ['已去掉 1 行页眉、页脚和页码'] });
  });

  it('names the pages that hold no text (a scanned page, a picture) and reads the others', async () => {
    const pdf = linePdf([page(1, [LONG, 'Industry grew 10.3%.']), [], page(3, ['Investment grew 7.6% in 2016.']), []]);
    const r = await read(pdf);
    expect(r.text).toBe(`${LONG} Industry grew 10.3%.\nInvestment grew 7.6% in 2016.`);
    expect(r.warnings).toEqual(['第 2、4 页没有文字（可能是扫描页或图片），未读取', '已去掉 4 行页眉、页脚和页码']);
  });

  it('counts a page with fewer than ten characters (spaces aside) as one without text, and leaves them out', async () => {
    const one = (text: string) => [{ text, x: 72, y: 700 }];
    // 'Sales 1.03%' has ten; 'Rose  1.03%' nine.
    const r = await read(linePdf([one('Industry grew 10.3% in 2016.'), one('Sales 1.03%'), one('Rose  1.03%')]));
    expect(r).toEqual({
      text: 'Industry grew 10.3% in 2016. Sales 1.03%',
      reader: 'pdf',
      warnings: ['第 3 页没有文字（可能是扫描页或图片），未读取'],
    });
  });
});

describe('a PDF the reader cannot use', () => {
  it('has no text on any page: a scan, which needs OCR first', async () => {
    expect(await refusal(linePdf([[], [{ text: 'p. 2', x: 72, y: 40 }]]))).toBe(
      '这个 PDF 没有文字层，是扫描件（图片）：需要先做文字识别（OCR），或使用原始的 Word/文字版 PDF',
    );
  });

  it('has more than 2000 pages, refused before any is read', async () => {
    expect(await refusal(linePdf(Array.from({ length: 2001 }, () => [])))).toBe('PDF 有 2001 页，超过 2000 页的上限：一份报告不会这么长');
  });

  it('needs a password (one with an owner password only is read)', async () => {
    const locked = await read(encryptedPdf('user-secret')).catch((e: unknown) => e);
    expect(locked).toMatchObject({ cause: expect.objectContaining({ name: 'PasswordException' }) });
    expect(await refusal(encryptedPdf('user-secret'))).toBe(
      '这是加密的 PDF，需要密码才能打开：请先在 PDF 阅读器中去除密码，或使用未加密的版本',
    );
    expect((await read(encryptedPdf(''))).text).toBe('Growth 10.3% in 2016');
  });

  it('is damaged or no PDF at all', async () => {
    const good = linePdf([page(1, ['Industry grew 10.3% in 2016.'])]);
    expect(await refusal(good.subarray(0, 200))).toBe(CORRUPT);
    expect(await read(good.subarray(0, 200)).catch((e: unknown) => e)).toMatchObject({ cause: expect.any(Error) });
    expect(await refusal(Buffer.from('%PDF-1.4\n这不是 PDF 的内容'))).toBe(CORRUPT);
  });
});
