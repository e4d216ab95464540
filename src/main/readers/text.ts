/** Plain text and Markdown reports: UTF-8, UTF-16 (with BOM) or GB18030/GBK, detected and named. */
import { decodeText } from './decode';
import { ReadError } from './errors';
import { normaliseText } from './normalise';
import type { Reader } from './types';

/** NUL bytes outside UTF-16 mean a binary file, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 64 * 1024).includes(0);
}

export const readText: Reader = async (bytes, opts) => {
  if (!opts.encoding && looksBinary(bytes))
    throw new ReadError('这不是文本文件（含有二进制内容）：请打开 .docx、.doc、.pdf、.html 或 .txt 报告');
  const { text, encoding } = decodeText(bytes, { encoding: opts.encoding });
  return { text: normaliseText(text), reader: 'text', encoding, warnings: [] };
};
