/**
 * Zip for the office packages: each part deflated by Node's zlib (native code), a part that is compressed
 * already (a PNG) stored as it is. The docx package zips with a DEFLATE written in JavaScript and deflates its
 * PNGs once more for nothing, a quarter of a Word export's time (docx-pack.ts); JSZip's DEFLATE (pako) was a
 * quarter of a PowerPoint export's (pptx.ts). Plain zip (no zip64: a package stays far below 4 GB), names in
 * UTF-8, every part dated 1980-01-01 (the same parts make the same bytes). `unzipParts` reads the package
 * pptxgenjs writes, to touch up some parts before it is zipped for good.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export type ZipData = Uint8Array | string;

/** Parts whose data is compressed already: storing beats deflating them again. */
const STORED = /\.(png|jpe?g|gif)$/i;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8 = 0x0800;
/** DOS date of 1980-01-01 (time 00:00). */
const DOS_DATE = (1 << 5) | 1;

/** The parts in the order given (OPC wants no order, but [Content_Types].xml first is what Office writes). */
export function zipParts(parts: Iterable<readonly [string, ZipData]>): Buffer {
  const local: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const name = Buffer.from(path, 'utf8');
    const store = STORED.test(path);
    const body = store ? bytes : deflateRawSync(bytes);
    const crc = crc32(bytes);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    head.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    head.writeUInt16LE(UTF8, 6);
    head.writeUInt16LE(store ? 0 : 8, 8);
    head.writeUInt16LE(0, 10); // time
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(bytes.length, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28); // extra field length
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS
    head.copy(entry, 6, 4, 30); // version needed … name length, as in the local header
    // extra, comment length, disk, internal and external attributes: 0
    entry.writeUInt32LE(offset, 42);
    local.push(head, name, body);
    central.push(entry, name);
    offset += head.length + name.length + body.length;
    count++;
  }
  if (count > 0xffff || offset > 0xffffffff) throw new Error('zip: too many or too large parts for a plain zip');
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}

/**
 * The parts of a zip file in its central directory's order: stored or deflated parts (all that office writers use);
 * with `only`, just the parts it names (the others are not inflated).
 */
export function unzipParts(zip: Buffer, only?: (name: string) => boolean): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error('zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`zip: central directory entry ${i} is damaged`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const length = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`zip: ${name}: no local header`);
    if (only && !only(name)) {
      at += 46 + skip;
      continue;
    }
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    const data = method === 0 ? body : method === 8 ? inflateRawSync(body) : undefined;
    if (!data || data.length !== length) throw new Error(`zip: ${name}: method ${method}, ${data?.length ?? '?'} of ${length} bytes`);
    parts.set(name, data);
    at += 46 + skip;
  }
  return parts;
}
