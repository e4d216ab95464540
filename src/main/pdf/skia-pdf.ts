/**
 * Reading the few objects the finishing step needs from a PDF as Chromium's Skia writes it — one classic
 * cross-reference table, no object streams, no earlier update — without parsing the whole file: the
 * trailer, the catalog, the page tree and the named destinations, each parsed by pdf-lib's own object
 * parser where the table says it starts. Anything else (an xref stream, an earlier incremental update, an
 * object not where the table says) gives null, and the caller parses the whole file with pdf-lib instead.
 *
 * Why: pdf-lib's full parse and re-save of a 30-page tagged PDF took 0.4–1 s of a cold export (its code
 * compiled for the first time, every object tokenised and written again); the finishing step touches a
 * dozen objects.
 */
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, type PDFObject } from 'pdf-lib';

export interface SkiaPdf {
  bytes: Uint8Array;
  /** Objects parsed so far and those the caller adds (outline items, Info) live here. */
  context: PDFContext;
  trailer: PDFDict;
  root: PDFRef;
  catalog: PDFDict;
  /** Where the file's cross-reference table starts: the /Prev of an update. */
  xrefOffset: number;
  /** The trailer's /Size: the first free object number. */
  size: number;
  lookup(ref: PDFRef): PDFObject | undefined;
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');

/** Object number → byte offset, from a classic table at `at`; null if there is none there. */
function readXref(bytes: Uint8Array, at: number): { offsets: Map<number, number>; trailerAt: number } | null {
  // The table's text up to the trailer keyword (20 bytes an entry; a generous window for its length).
  const head = ascii(bytes, at, Math.min(bytes.length, at + 16));
  if (!head.startsWith('xref')) return null;
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('trailer', at, 'latin1');
  if (end < 0) return null;
  const lines = ascii(bytes, at + 4, end).split(/\r\n|\r|\n/);
  const offsets = new Map<number, number>();
  let next = -1;
  let left = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (left === 0) {
      const sub = /^(\d+) (\d+)$/.exec(line);
      if (!sub) return null;
      next = Number(sub[1]);
      left = Number(sub[2]);
      continue;
    }
    const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(line);
    if (!entry) return null;
    if (entry[3] === 'n') offsets.set(next, Number(entry[1]));
    next++;
    left--;
  }
  return left === 0 ? { offsets, trailerAt: end + 'trailer'.length } : null;
}

/** The file's parts, or null where it is not a single-revision PDF with a classic table. */
export function readSkiaPdf(bytes: Uint8Array): SkiaPdf | null {
  if (bytes.length < 64 || ascii(bytes, 0, 5) !== '%PDF-') return null;
  const tail = ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) return null;
  const xrefOffset = Number(start[1]);
  if (xrefOffset >= bytes.length) return null;
  const xref = readXref(bytes, xrefOffset);
  if (!xref) return null;
  const context = PDFContext.create();
  let trailer: PDFObject;
  try {
    trailer = PDFObjectParser.forBytes(bytes.subarray(xref.trailerAt), context).parseObject();
  } catch {
    return null;
  }
  if (!(trailer instanceof PDFDict)) return null;
  // An earlier update or a hybrid file: its objects may be elsewhere.
  if (trailer.has(PDFName.of('Prev')) || trailer.has(PDFName.of('XRefStm')) || trailer.has(PDFName.of('Encrypt'))) return null;
  const size = trailer.get(PDFName.of('Size'));
  const root = trailer.get(PDFName.of('Root'));
  if (!(size instanceof PDFNumber) || !(root instanceof PDFRef)) return null;

  const parsed = new Map<PDFRef, PDFObject>();
  const lookup = (ref: PDFRef): PDFObject | undefined => {
    const known = parsed.get(ref);
    if (known) return known;
    const at = xref.offsets.get(ref.objectNumber);
    if (at === undefined) return undefined;
    const header = /^(\d+) (\d+) obj\s*/.exec(ascii(bytes, at, Math.min(bytes.length, at + 32)));
    if (!header || Number(header[1]) !== ref.objectNumber || Number(header[2]) !== ref.generationNumber) return undefined;
    try {
      const obj = PDFObjectParser.forBytes(bytes.subarray(at + header[0].length), context).parseObject();
      parsed.set(ref, obj);
      return obj;
    } catch {
      return undefined;
    }
  };
  const catalog = lookup(root);
  if (!(catalog instanceof PDFDict)) return null;
  context.largestObjectNumber = Math.max(size.asNumber() - 1, ...xref.offsets.keys());
  return { bytes, context, trailer, root, catalog, xrefOffset, size: size.asNumber(), lookup };
}

/** `value` itself, or what it refers to. */
export function resolve(pdf: SkiaPdf, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? pdf.lookup(value) : value;
}

/** The pages in reading order (their refs), walking the page tree; null if the tree is broken. */
export function pageRefs(pdf: SkiaPdf): PDFRef[] | null {
  const out: PDFRef[] = [];
  const seen = new Set<PDFRef>();
  const walk = (ref: PDFRef, depth: number): boolean => {
    if (seen.has(ref) || depth > 32) return false;
    seen.add(ref);
    const node = pdf.lookup(ref);
    if (!(node instanceof PDFDict)) return false;
    if (node.get(PDFName.of('Type')) !== PDFName.of('Pages')) {
      out.push(ref);
      return true;
    }
    const kids = resolve(pdf, node.get(PDFName.of('Kids')));
    if (!(kids instanceof PDFArray)) return false;
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.get(i);
      if (!(kid instanceof PDFRef) || !walk(kid, depth + 1)) return false;
    }
    return true;
  };
  const pages = pdf.catalog.get(PDFName.of('Pages'));
  return pages instanceof PDFRef && walk(pages, 0) ? out : null;
}

/** Anchor id → destination array, from the catalog's /Dests. */
export function skiaDestinations(pdf: SkiaPdf): Map<string, PDFArray> {
  const out = new Map<string, PDFArray>();
  const dests = resolve(pdf, pdf.catalog.get(PDFName.of('Dests')));
  if (!(dests instanceof PDFDict)) return out;
  for (const [name, value] of dests.entries()) {
    const arr = resolve(pdf, value);
    if (arr instanceof PDFArray) out.set(name.decodeText(), arr);
  }
  return out;
}

/**
 * `pdf`'s bytes followed by an incremental update (ISO 32000-1, 7.5.6) holding every object assigned in its
 * context: a cross-reference section for them alone and a trailer pointing back at the original table.
 */
export function appendUpdate(pdf: SkiaPdf, trailer: { info: PDFRef }): Uint8Array {
  const parts: Buffer[] = [Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.length), Buffer.from('\n', 'latin1')];
  let at = pdf.bytes.length + 1;
  const offsets: [number, number, number][] = [];
  const objects = pdf.context.enumerateIndirectObjects().sort(([a], [b]) => a.objectNumber - b.objectNumber);
  for (const [ref, obj] of objects) {
    const text = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n${obj.toString()}\nendobj\n`, 'latin1');
    offsets.push([ref.objectNumber, ref.generationNumber, at]);
    parts.push(text);
    at += text.length;
  }
  // Runs of consecutive object numbers, each its own subsection; every entry exactly 20 bytes.
  let table = 'xref\n';
  for (let i = 0; i < offsets.length;) {
    let j = i;
    while (j + 1 < offsets.length && (offsets[j + 1] as number[])[0] === (offsets[j] as number[])[0] + 1) j++;
    table += `${(offsets[i] as number[])[0]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const [, gen, off] = offsets[k] as [number, number, number];
      table += `${String(off).padStart(10, '0')} ${String(gen).padStart(5, '0')} n\r\n`;
    }
    i = j + 1;
  }
  const next = PDFDict.withContext(pdf.context);
  next.set(PDFName.of('Size'), PDFNumber.of(pdf.context.largestObjectNumber + 1));
  next.set(PDFName.of('Root'), pdf.root);
  next.set(PDFName.of('Info'), trailer.info);
  const id = pdf.trailer.get(PDFName.of('ID'));
  if (id) next.set(PDFName.of('ID'), id);
  next.set(PDFName.of('Prev'), PDFNumber.of(pdf.xrefOffset));
  parts.push(Buffer.from(`${table}trailer\n${next.toString()}\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
