/**
 * Text PDFs through pdfjs-dist (legacy build, in-process "fake" worker): no network, no eval, no fonts
 * loaded — only the text layer is read. Encrypted PDFs that need a password and scans without a text
 * layer are refused with a message saying so.
 */
import { ReadError } from './errors';
import { pdfCreated } from './file-date';
import { normaliseText } from './normalise';
import { dropMargins, joinParagraphs, pageLines, type Line, type Run } from './pdf-layout';
import type { Reader } from './types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const load = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** A page with fewer visible characters than this has no text layer (a scanned page). */
const MIN_PAGE_CHARS = 10;
const MAX_PAGES = 2000;

const CORRUPT = '不是有效的 PDF 文件：文件已损坏或不完整';

export const readPdf: Reader = async (bytes) => {
  const lib = await load();
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === 'PasswordException')
      throw new ReadError('这是加密的 PDF，需要密码才能打开：请先在 PDF 阅读器中去除密码，或使用未加密的版本', { cause: e });
    throw new ReadError(CORRUPT, { cause: e });
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new ReadError(`PDF 有 ${doc.numPages} 页，超过 ${MAX_PAGES} 页的上限：一份报告不会这么长`);
    const pages: Line[][] = [];
    const scanned: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let runs: Run[];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        runs = [];
        for (const item of content.items) {
          if (!('str' in item) || !item.str) continue;
          const [a, b, c, d, e, f] = item.transform as number[];
          runs.push({ str: item.str, x: e, y: f, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) });
        }
        page.cleanup();
      } catch (e) {
        throw new ReadError(`${CORRUPT}（第 ${n} 页无法读取）`, { cause: e });
      }
      const visible = runs.reduce((s, r) => s + r.str.replace(/\s/gu, '').length, 0);
      // A page the warning names as not read is not read: its few characters (a stamp, a page number) are left out.
      if (visible < MIN_PAGE_CHARS) scanned.push(n);
      pages.push(visible < MIN_PAGE_CHARS ? [] : pageLines(runs));
    }
    if (scanned.length === doc.numPages)
      throw new ReadError('这个 PDF 没有文字层，是扫描件（图片）：需要先做文字识别（OCR），或使用原始的 Word/文字版 PDF');
    const warnings: string[] = [];
    if (scanned.length) warnings.push(`第 ${scanned.join('、')} 页没有文字（可能是扫描页或图片），未读取`);
    const { pages: body, dropped } = dropMargins(pages);
    if (dropped) warnings.push(`已去掉 ${dropped} 行页眉、页脚和页码`);
    let text = joinParagraphs(body);
    // Glyphs without a Unicode mapping come out as NUL or U+FFFD: a few away from numbers are dropped; next
    // to a digit (a number would change) or many, the text is unreliable.
    // eslint-disable-next-line no-control-regex
    const unmapped = (text.match(/[\u0000\uFFFD]/gu) ?? []).length;
    // eslint-disable-next-line no-control-regex
    if (unmapped > Math.max(3, text.length / 100) || /\d[\u0000\uFFFD]|[\u0000\uFFFD][\d.%]/u.test(text))
      throw new ReadError('这个 PDF 的字体没有字符映射，文字无法可靠提取：请使用原始的 Word 文件或另一份 PDF');
    if (unmapped) {
      // eslint-disable-next-line no-control-regex
      text = text.replace(/[\u0000\uFFFD]/gu, '');
      warnings.push(`有 ${unmapped} 个字符无法识别，已略去`);
    }
    const fileDate = pdfCreated((await doc.getMetadata().catch(() => null))?.info);
    return { text: normaliseText(text), reader: 'pdf', warnings, ...(fileDate ? { fileDate } : {}) };
  } finally {
    await doc.destroy();
  }
};
