/**
 * The date a report file's own properties give, for a report whose text names none (a dateline or a 日期 line,
 * shared/report-source.ts, always wins). Nothing is guessed beyond what the file says, and the reader's note names
 * where the date came from, so the review can check it:
 * - a saved web page's publication mark: <meta name="PubDate"> (as government sites write it), article:published_time,
 *   datePublished, DC.date.issued, <time pubdate>: the page's own publication date;
 * - a PDF's CreationDate and a Word document's dcterms:created: when the file was made, most often the day the
 *   report was issued, but not always — the note says so.
 */
import { unzipParts } from '../export/zip';

export interface FileDate {
  /** YYYY-MM-DD */
  date: string;
  /** The reader's note for the review (Chinese). */
  note: string;
}

/** "2021-11-09 10:32", "2021/11/9", "2021年11月9日", "20211109…" (a PDF date) → "2021-11-09"; null if not a real date. */
export function isoDay(raw: string): string | null {
  const m = /^\s*(?:D:)?((?:19|20)\d{2})(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)|(\d{2})(\d{2}))/u.exec(raw);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The meta names and properties pages give their publication date in (compared without case). */
const PUBLISHED_META = [
  'pubdate',
  'publishdate',
  'publish_date',
  'article:published_time',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
];

interface DomLike {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null }>;
}

/** A saved page's publication date, from its meta tags or a <time pubdate> / <time itemprop="datePublished">. */
export function pagePublished(document: DomLike): FileDate | null {
  for (const meta of document.querySelectorAll('meta')) {
    const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '').trim();
    if (!PUBLISHED_META.includes(name.toLowerCase())) continue;
    const date = isoDay(meta.getAttribute('content') ?? '');
    if (date) return { date, note: `发布日期取自网页的发布时间标记（${name}）：${date}` };
  }
  for (const time of document.querySelectorAll('time[pubdate], time[itemprop="datePublished"]')) {
    const date = isoDay(time.getAttribute('datetime') ?? '');
    if (date) return { date, note: `发布日期取自网页的发布时间标记（time）：${date}` };
  }
  return null;
}

const fileMade = (date: string, what: string): FileDate => ({
  date,
  note: `正文没有写明日期，发布日期取自${what}的创建日期 ${date}：文件的创建日期不一定是发布日期，请核对`,
});

/** A PDF's CreationDate ("D:20211109103200+08'00'"). */
export function pdfCreated(info: unknown): FileDate | null {
  const raw = (info as { CreationDate?: unknown } | null)?.CreationDate;
  const date = typeof raw === 'string' ? isoDay(raw) : null;
  return date ? fileMade(date, ' PDF 文件属性') : null;
}

/** A .docx's dcterms:created (docProps/core.xml); the zip has passed checkZip. */
export function docxCreated(bytes: Uint8Array): FileDate | null {
  try {
    const core = unzipParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (n) => n === 'docProps/core.xml')
      .get('docProps/core.xml')
      ?.toString('utf8');
    const raw = core && /<dcterms:created[^>]*>([^<]+)<\/dcterms:created>/u.exec(core)?.[1];
    const date = raw ? isoDay(raw) : null;
    return date ? fileMade(date, ' Word 文档属性') : null;
  } catch {
    // A package whose properties cannot be read has no date to give; its text was read all the same.
    return null;
  }
}
