/**
 * Saved web pages (.html/.htm): the article's text only (Mozilla Readability on linkedom), falling back to
 * the whole body when Readability finds no article. The charset comes from a BOM, else the page's meta
 * tag, else detection (UTF-8, then GB18030).
 */
import { decodeText } from './decode';
import { domLines } from './dom-lines';
import { guard, ReadError } from './errors';
import { pagePublished, type FileDate } from './file-date';
import { normaliseText } from './normalise';
import type { Reader } from './types';

/** The charset a page declares in its first 2 KB (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1];
}

export const readHtml: Reader = async (bytes, opts) => {
  const { text: html, encoding } = decodeText(bytes, { encoding: opts.encoding, declared: declaredCharset(bytes) });
  const warnings: string[] = [];
  let fileDate: FileDate | null = null;
  // Loaded when a page is read, not with every CLI verb or at app start (linkedom alone: ~0.2 s).
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const text = await guard('网页无法解析：文件可能已损坏', () => {
    // A page may leave out <html> or <body> (a fragment, or plain text saved as .htm): linkedom then builds no
    // page around it (no root, or a <p> as the root, and an empty body), so it gets one, as a browser does.
    const root = parseHTML(html).document.documentElement;
    const page = root?.nodeName === 'HTML' && root.querySelector('body') ? html : `<!doctype html><html><body>${html}</body></html>`;
    const { document } = parseHTML(page);
    fileDate = pagePublished(document as never);
    let article: { title?: string | null; content?: string | null } | null = null;
    try {
      // Readability changes the document it reads: give it its own copy.
      article = new Readability(parseHTML(page).document as unknown as Document, { charThreshold: 100 }).parse();
    } catch {
      // A document Readability refuses is read whole, as one where it finds no article.
    }
    if (article?.content) {
      const body = domLines(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as never);
      // Readability drops a heading that repeats the page title: keep the title as the first line.
      const title = article.title?.trim();
      return normaliseText(title && !normaliseText(body).slice(0, 400).includes(title) ? `${title}\n${body}` : body);
    }
    warnings.push('没有找到网页的正文部分，读取了整个页面（可能含导航、页脚等）');
    return normaliseText(domLines((document.body ?? document) as never));
  });
  if (!text.trim()) throw new ReadError('网页中没有文字');
  return { text, reader: 'html', encoding, warnings, ...(fileDate ? { fileDate } : {}) };
};
