/**
 * A zip bomb check run before any library unzips a .docx or an .xlsx: read the central directory, refuse
 * too many entries or a declared size over the budget, then inflate each entry with a hard cap (Node's
 * maxOutputLength), so what is measured is the real size, not the size the directory claims. Memory stays
 * bounded by the cap.
 */
import { inflateRawSync } from 'node:zlib';
import { ReadError } from './errors';

export interface ZipLimits {
  maxEntries: number;
  /** Total unpacked size of all parts. */
  maxTotalBytes: number;
  /** Unpacked/packed ratio over the whole archive (text XML packs about 5–20×). */
  maxRatio: number;
}

export const ZIP_LIMITS: ZipLimits = {
  /** A Word document has a few dozen parts; thousands mean something else. */
  maxEntries: 2000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
};

/** A workbook of corrections: a 20,000-figure report's sheet unpacks to about 16 MB; twice that is the cap. */
export const XLSX_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 32 * 1024 * 1024, maxRatio: 200 };

/** What the archive should be, for the messages. */
export interface ZipKind {
  /** 'Word 文档（.docx）' */
  name: string;
  /** '.docx' */
  ext: string;
  /** '正常的 Word 文档' */
  normal: string;
}
export const DOCX: ZipKind = { name: 'Word 文档（.docx）', ext: '.docx', normal: '正常的 Word 文档' };
export const XLSX: ZipKind = { name: 'XLSX 文件（Excel 工作簿）', ext: '.xlsx', normal: '正常的 Excel 工作簿' };

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

export function checkZip(bytes: Uint8Array, limits = ZIP_LIMITS, kind = DOCX): { entries: number; unpacked: number } {
  const CORRUPT = `不是有效的 ${kind.name}：文件已损坏或不完整`;
  const bomb = (why: string) => new ReadError(`拒绝打开：这个 ${kind.ext} 解压后${why}，像是“压缩炸弹”，不是${kind.normal}`);
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadError(CORRUPT);
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bomb('的条目数或大小超出普通文档的范围（ZIP64）');
  if (count > limits.maxEntries) throw bomb(`有 ${count} 个部件（上限 ${limits.maxEntries}）`);
  if (cdOffset + cdSize > eocd) throw new ReadError(CORRUPT);
  let p = cdOffset;
  let unpacked = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ReadError(CORRUPT);
    const method = u16(bytes, p + 10);
    const packed = u32(bytes, p + 20);
    const declared = u32(bytes, p + 24);
    const local = u32(bytes, p + 42);
    p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ReadError(CORRUPT);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + packed > bytes.length) throw new ReadError(CORRUPT);
    const budget = limits.maxTotalBytes - unpacked;
    if (declared > budget) throw bomb(`超过 ${limits.maxTotalBytes / 1024 / 1024} MB`);
    if (method === 0) {
      unpacked += packed;
    } else if (method === 8) {
      let size: number;
      try {
        // One byte more than the directory claims (or the budget): a larger real size is caught here.
        size = inflateRawSync(bytes.subarray(start, start + packed), {
          maxOutputLength: Math.max(1, Math.min(declared, budget) + 1),
        }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb('比它自己声明的大小还大');
        throw new ReadError(CORRUPT, { cause: e });
      }
      if (size !== declared) throw new ReadError(CORRUPT);
      unpacked += size;
    } else throw new ReadError(`${CORRUPT}（不支持的压缩方式 ${method}）`);
    if (unpacked > limits.maxTotalBytes) throw bomb(`超过 ${limits.maxTotalBytes / 1024 / 1024} MB`);
  }
  if (unpacked > 1024 * 1024 && unpacked > limits.maxRatio * bytes.length)
    throw bomb(`是原文件的 ${Math.round(unpacked / bytes.length)} 倍`);
  return { entries: count, unpacked };
}
