/**
 * Word documents (.docx) through mammoth: its HTML (so tables keep their rows) turned into lines, one per
 * paragraph and one per table row. The zip is checked for bombs before mammoth unzips anything.
 */
import { domLines } from './dom-lines';
import { guard, ReadError } from './errors';
import { docxCreated } from './file-date';
import { normaliseText } from './normalise';
import type { Reader } from './types';
import { checkZip } from './zip-guard';

export const readDocx: Reader = async (bytes) => {
  checkZip(bytes);
  // Loaded when a .docx is read, not with every CLI verb or at app start (mammoth and linkedom: ~0.3 s).
  const [{ default: mammoth }, { parseHTML }] = await Promise.all([import('mammoth'), import('linkedom')]);
  const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  const html = await guard('不是有效的 Word 文档（.docx）：文件已损坏，或是改了扩展名的其他文件', async () => {
    const r = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: NO_IMAGES },
    );
    return r.value;
  });
  const text = normaliseText(domLines(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never));
  if (!text) throw new ReadError('这个 Word 文档中没有文字');
  const fileDate = docxCreated(bytes);
  return { text, reader: 'docx', warnings: [], ...(fileDate ? { fileDate } : {}) };
};
