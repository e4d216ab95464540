/**
 * Zip archives written by hand for the bomb tests: a real workbook's parts with one part replaced by a
 * deflate stream of hundreds of MB of sheet XML, built a megabyte at a time (the test never holds the
 * inflated part), and with the sizes the central directory declares chosen by the test (honest or lying).
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

interface Entry {
  name: string;
  packed: Buffer;
  crc: number;
  size: number;
  /** What the headers claim the inflated size is (default: the real size). */
  declared?: number;
}

/** `head`, then `chunk` `times` over, then `tail`, deflated as one stream. */
async function deflateRepeated(head: string, chunk: Buffer, times: number, tail: string): Promise<Omit<Entry, 'name'>> {
  const d = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((ok, bad) => (d.once('end', ok), d.once('error', bad)));
  let crc = 0;
  let size = 0;
  const put = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await new Promise((ok) => d.once('drain', ok));
  };
  await put(Buffer.from(head));
  for (let i = 0; i < times; i++) await put(chunk);
  await put(Buffer.from(tail));
  d.end();
  await done;
  return { packed: Buffer.concat(out), crc, size };
}

function writeZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const declared = e.declared ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.packed.length, 20);
    dir.writeUInt32LE(declared, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, e.packed);
    central.push(dir, name);
    offset += 30 + name.length + e.packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const SHEET = 'xl/worksheets/sheet1.xml';

/** A copy of `zip` whose entry `name` claims to inflate to `size` bytes, in its local header and the directory. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const n = Buffer.from(name, 'utf8');
  let found = 0;
  for (let at = out.indexOf(n); at >= 0; at = out.indexOf(n, at + 1)) {
    const header =
      at >= 46 && out.readUInt32LE(at - 46) === 0x02014b50 ? at - 46 : at >= 30 && out.readUInt32LE(at - 30) === 0x04034b50 ? at - 30 : -1;
    if (header < 0) continue;
    out.writeUInt32LE(size, header + (at - header === 46 ? 24 : 22));
    found++;
  }
  if (found !== 2) throw new Error(`expected ${name} in one local header and the directory, found ${found}`);
  return out;
}

const ROW = '<row r="2"><c r="A2" t="inlineStr"><is><t>industrial-output</t></is></c><c r="B2"><v>2.45</v></c></row>';

/**
 * `workbook` (a real .xlsx) with its first sheet's XML replaced by `megabytes` MB of rows. `declaredBytes`
 * is what the headers claim that part inflates to (default: the truth). Returns the archive and the
 * sheet's real inflated size.
 */
export async function xlsxBomb(workbook: Buffer, megabytes: number, declaredBytes?: number): Promise<{ bytes: Buffer; inflated: number }> {
  const zip = await JSZip.loadAsync(workbook);
  const sheet = SHEET;
  if (!zip.file(sheet)) throw new Error(`the workbook has no ${sheet}`);
  const entries: Entry[] = [];
  let inflated = 0;
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (name === sheet) {
      const row = Buffer.from(ROW.repeat(Math.ceil((1 << 20) / ROW.length))).subarray(0, 1 << 20);
      const head =
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
      const e = await deflateRepeated(head, row, megabytes, '</sheetData></worksheet>');
      inflated = e.size;
      entries.push({ name, ...e, declared: declaredBytes });
    } else {
      const data = await file.async('nodebuffer');
      entries.push({ name, packed: deflateRawSync(data), crc: crc32(data), size: data.length });
    }
  }
  return { bytes: writeZip(entries), inflated };
}
