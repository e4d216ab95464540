/**
 * The zip check a .docx (and a corrections workbook) passes before any library unzips it: every way a zip can
 * lie about itself — a directory that is not where it says, sizes it understates, a part count or ratio no
 * document has — refused with a message naming what the file should have been. Issue 26: the mutation run of
 * zip-guard.ts, on zips made here (JSZip) and then edited byte by byte.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../src/main/readers';
import { checkZip, XLSX, XLSX_ZIP_LIMITS, ZIP_LIMITS, type ZipLimits } from '../src/main/readers/zip-guard';

const SMALL: ZipLimits = { maxEntries: 3, maxTotalBytes: 10_000, maxRatio: 200 };
const TEXT = '全市规模以上工业增加值增长10.3%。'.repeat(40); // 1,640 bytes of UTF-8

async function zip(
  files: Record<string, string | Uint8Array>,
  opts: { store?: boolean; comment?: string; fileComment?: string } = {},
): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data, { comment: opts.fileComment });
  return z.generateAsync({ type: 'nodebuffer', compression: opts.store ? 'STORE' : 'DEFLATE', comment: opts.comment });
}
const eocdOf = (b: Buffer) => b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
const centralOf = (b: Buffer) => b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

function refusal(bytes: Uint8Array, limits = SMALL, kind?: typeof XLSX): string {
  try {
    checkZip(bytes, limits, kind);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error('no refusal');
}
const CORRUPT = '不是有效的 Word 文档（.docx）：文件已损坏或不完整';

describe('a zip that is what it says', () => {
  it('counts its parts and what they unpack to, deflated or stored', async () => {
    expect(checkZip(await zip({ 'document.xml': TEXT, 'a.xml': '<a/>' }), SMALL)).toEqual({
      entries: 2,
      unpacked: Buffer.byteLength(TEXT) + 4,
    });
    expect(checkZip(await zip({ 'document.xml': TEXT }, { store: true }), SMALL)).toEqual({
      entries: 1,
      unpacked: Buffer.byteLength(TEXT),
    });
    // An empty part, and an empty archive (its directory record is the whole file).
    expect(checkZip(await zip({ 'empty.xml': '' }), SMALL)).toEqual({ entries: 1, unpacked: 0 });
    expect(checkZip(await zip({}), SMALL)).toEqual({ entries: 0, unpacked: 0 });
  });

  it('finds its directory behind the longest comment a zip can carry, and not further back', async () => {
    const commented = await zip({ 'a.xml': TEXT }, { comment: 'x'.repeat(0xffff) });
    expect(checkZip(commented, SMALL).entries).toBe(1);
    expect(refusal(Buffer.concat([commented, Buffer.from('x')]))).toBe(CORRUPT);
  });

  it('steps over each entry’s comment to the next', async () => {
    expect(checkZip(await zip({ a: TEXT, b: TEXT }, { fileComment: '修订说明' }), SMALL)).toEqual({
      entries: 2,
      unpacked: 2 * Buffer.byteLength(TEXT),
    });
  });

  it('takes a part of exactly the budget, and over 1 MB when it packs as documents do', async () => {
    expect(checkZip(await zip({ a: 'x'.repeat(10_000) }), SMALL)).toEqual({ entries: 1, unpacked: 10_000 });
    // 1.2 MB of varied text packs a few times over, far under 200 times.
    const varied = Array.from({ length: 60_000 }, (_, i) => `${(i * 7919) % 100_003},`).join('');
    expect(checkZip(await zip({ 'document.xml': varied })).unpacked).toBe(varied.length);
  });

  it('takes as many parts as the limit, and up to 1 MB unpacked however well it packs', async () => {
    expect(checkZip(await zip({ a: 'a', b: 'b', c: 'c' }), SMALL).entries).toBe(3);
    const mb = await zip({ zeros: new Uint8Array(1024 * 1024) });
    expect(mb.length * 200).toBeLessThan(1024 * 1024);
    expect(checkZip(mb).unpacked).toBe(1024 * 1024);
  });
});

describe('a zip bomb', () => {
  it('has more parts than a document has', async () => {
    expect(refusal(await zip({ a: 'a', b: 'b', c: 'c', d: 'd' }))).toBe(
      '拒绝打开：这个 .docx 解压后有 4 个部件（上限 3），像是“压缩炸弹”，不是正常的 Word 文档',
    );
    const many = await zip({ a: 'a' });
    many.writeUInt16LE(2001, eocdOf(many) + 10);
    expect(refusal(many, ZIP_LIMITS)).toContain('有 2001 个部件（上限 2000）');
  });

  it('is a ZIP64 archive (its count or offset set to the escape value)', async () => {
    const count = await zip({ a: 'a' });
    count.writeUInt16LE(0xffff, eocdOf(count) + 10);
    expect(refusal(count)).toContain('解压后的条目数或大小超出普通文档的范围（ZIP64）');
    const offset = await zip({ a: 'a' });
    offset.writeUInt32LE(0xffffffff, eocdOf(offset) + 16);
    expect(refusal(offset)).toContain('（ZIP64）');
  });

  it('declares more than the budget, and is refused without being inflated', async () => {
    const big = await zip({ 'document.xml': TEXT });
    big.writeUInt32LE(257 * 1024 * 1024, centralOf(big) + 24);
    expect(refusal(big, ZIP_LIMITS)).toBe('拒绝打开：这个 .docx 解压后超过 256 MB，像是“压缩炸弹”，不是正常的 Word 文档');
    // The budget is what is left after the parts before it.
    expect(refusal(await zip({ a: 'x'.repeat(6000), b: 'y'.repeat(6000) }), SMALL)).toContain('超过 0.0095367431640625 MB');
  });

  it('unpacks to more than its directory says (deflated), or stores more than the budget', async () => {
    const lying = await zip({ 'document.xml': TEXT });
    lying.writeUInt32LE(100, centralOf(lying) + 24);
    expect(refusal(lying)).toContain('解压后比它自己声明的大小还大');
    const stored = await zip({ 'document.xml': 'x'.repeat(12_000) }, { store: true });
    stored.writeUInt32LE(100, centralOf(stored) + 24);
    expect(refusal(stored)).toBe('拒绝打开：这个 .docx 解压后超过 0.0095367431640625 MB，像是“压缩炸弹”，不是正常的 Word 文档');
  });

  it('unpacks to far more than the file (over 1 MB at over 200 times its size)', async () => {
    const bomb = await zip({ zeros: new Uint8Array(1024 * 1024 + 1) });
    expect(refusal(bomb, ZIP_LIMITS)).toBe(
      `拒绝打开：这个 .docx 解压后是原文件的 ${Math.round((1024 * 1024 + 1) / bomb.length)} 倍，像是“压缩炸弹”，不是正常的 Word 文档`,
    );
  });

  it('names a workbook as one, with the workbook’s 32 MB budget', async () => {
    const sheet = await zip({ 'sheet1.xml': TEXT });
    sheet.writeUInt32LE(33 * 1024 * 1024, centralOf(sheet) + 24);
    expect(refusal(sheet, XLSX_ZIP_LIMITS, XLSX)).toBe('拒绝打开：这个 .xlsx 解压后超过 32 MB，像是“压缩炸弹”，不是正常的 Excel 工作簿');
    expect(refusal(Buffer.from('不是压缩包'), XLSX_ZIP_LIMITS, XLSX)).toBe('不是有效的 XLSX 文件（Excel 工作簿）：文件已损坏或不完整');
    expect(XLSX_ZIP_LIMITS).toEqual({ maxEntries: 2000, maxTotalBytes: 32 * 1024 * 1024, maxRatio: 200 });
  });
});

describe('a damaged zip', () => {
  it('has no directory record, or a directory that runs past it', async () => {
    expect(refusal(Buffer.from('这只是文字，改了扩展名'))).toBe(CORRUPT);
    const past = await zip({ a: TEXT });
    past.writeUInt32LE(past.readUInt32LE(eocdOf(past) + 12) + 1, eocdOf(past) + 12);
    expect(refusal(past)).toBe(CORRUPT);
  });

  it('has a directory entry or a local header that is not one, or a part cut short', async () => {
    const good = await zip({ a: TEXT, b: TEXT });
    const second = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), centralOf(good) + 1);
    const badEntry = Buffer.from(good);
    badEntry.writeUInt32LE(0, second);
    expect(refusal(badEntry)).toBe(CORRUPT);
    const badLocal = Buffer.from(good);
    badLocal.writeUInt32LE(1, centralOf(good) + 42); // the local header's offset, one byte off
    expect(refusal(badLocal)).toBe(CORRUPT);
    // A stored part (nothing to inflate) whose local header is one byte off: caught by the header's signature.
    const stored = await zip({ a: TEXT }, { store: true });
    stored.writeUInt32LE(1, centralOf(stored) + 42);
    expect(refusal(stored)).toBe(CORRUPT);
    const farLocal = Buffer.from(good);
    farLocal.writeUInt32LE(good.length - 20, centralOf(good) + 42);
    expect(refusal(farLocal)).toBe(CORRUPT);
    const longPart = Buffer.from(good);
    longPart.writeUInt32LE(good.length, centralOf(good) + 20); // packed size past the end of the file
    expect(refusal(longPart)).toBe(CORRUPT);
    // A directory counting more entries than it holds.
    const counted = Buffer.from(good);
    counted.writeUInt16LE(3, eocdOf(good) + 10);
    expect(refusal(counted)).toBe(CORRUPT);
  });

  it('unpacks to less than its directory says, or holds bytes that do not inflate', async () => {
    const short = await zip({ a: TEXT });
    short.writeUInt32LE(Buffer.byteLength(TEXT) + 1, centralOf(short) + 24);
    expect(refusal(short)).toBe(CORRUPT);
    const garbled = await zip({ a: TEXT });
    // The part's data, after the first local header's 30 bytes, its name and its extra field (not found by
    // looking for the name's byte: the header's DOS time is 0x61 ('a') in its high byte from 12:08 to 12:15).
    const data = 30 + garbled.readUInt16LE(26) + garbled.readUInt16LE(28);
    garbled.fill(0xff, data, data + 8);
    const e = (() => {
      try {
        checkZip(garbled, SMALL);
      } catch (err) {
        return err as ReadError;
      }
    })();
    expect(e).toMatchObject({ message: CORRUPT, cause: expect.objectContaining({ code: expect.any(String) }) });
  });

  it('is packed with a method a .docx does not use, named in the message', async () => {
    const bzip = await zip({ a: TEXT });
    bzip.writeUInt16LE(12, centralOf(bzip) + 10);
    expect(refusal(bzip)).toBe(`${CORRUPT}（不支持的压缩方式 12）`);
  });
});
