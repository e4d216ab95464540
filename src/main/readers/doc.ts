// The ambient types must reach every program that compiles this file (the web tsconfig reaches it via tests).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./word-extractor.d.ts" />
/** Old Word documents (.doc, OLE compound files) through word-extractor: the body text, paragraph per line. */
import { guard, ReadError } from './errors';
import { normaliseText } from './normalise';
import type { Reader } from './types';

export const readDoc: Reader = async (bytes) => {
  // Loaded when a .doc is read, not with every CLI verb or at app start.
  const { default: WordExtractor } = await import('word-extractor');
  const body = await guard('不是有效的 Word 97-2003 文档（.doc）：文件已损坏，或是加密的文档', async () => {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return doc.getBody();
  });
  // Word separates table cells with \u0007 (shown by word-extractor as tabs or kept); cells become tabs.
  // eslint-disable-next-line no-control-regex
  const text = normaliseText(body.replace(/\u0007/gu, '\t'));
  if (!text) throw new ReadError('这个 Word 文档中没有文字');
  return { text, reader: 'doc', warnings: [] };
};
