/**
 * Writing the Word package fast. The docx package (pinned: docx 9.15.2) writes the parts, then zips them with a
 * DEFLATE written in JavaScript that deflates the PNGs of the charts once more, and names each image by a
 * SHA-1 of its bytes, also in JavaScript: together 0.35 s of the 1.4 s a cold Word export took. Here:
 * - each chart goes into the document as a small stand-in (`MediaSwap.standIn`), which is all the package
 *   hashes; its part in word/media/ is given the chart's PNG once the package has written the parts;
 * - the parts are those of the package's own compiler (`Packer.compiler`, the one `Packer.toBuffer` uses),
 *   zipped by zip.ts: Node's zlib for the XML, the PNGs stored.
 * If the package ever stops having that compiler, the export says so rather than writing something else.
 */
import { Packer, type Document } from 'docx';
import { zipParts, type ZipData } from './zip';

/** An override of a part, as Packer.toBuffer takes it. */
export interface PartOverride {
  path: string;
  data: string;
}

interface Compiler {
  compile(file: Document, prettify: string | undefined, overrides: PartOverride[]): Map<string, ZipData>;
}

function compiler(): Compiler {
  const c = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  if (typeof c?.compile !== 'function') throw new Error('docx 的 Packer.compiler 不见了（docx 版本变了？见 src/main/export/docx-pack.ts）');
  return c as Compiler;
}

/** The charts' PNGs behind their stand-ins. */
export class MediaSwap {
  private readonly standIns = new Map<Buffer, Buffer>();
  private readonly pngs = new Map<string, Buffer>();

  /** The bytes to give ImageRun for this PNG: the same PNG (a chart drawn once) gets the same stand-in. */
  standIn(png: Buffer): Buffer {
    let s = this.standIns.get(png);
    if (!s) {
      s = Buffer.from(`briefing-desk-chart-${this.standIns.size + 1}`, 'utf8');
      this.standIns.set(png, s);
      this.pngs.set(s.toString('latin1'), png);
    }
    return s;
  }

  /** The PNG a part of word/media/ stands in for, or undefined when the part is not a stand-in. */
  pngOf(data: ZipData): Buffer | undefined {
    return typeof data === 'string' || data.length > 64 ? undefined : this.pngs.get(Buffer.from(data).toString('latin1'));
  }

  get size(): number {
    return this.standIns.size;
  }
}

/** The .docx: the package's parts with each stand-in replaced by its PNG, zipped. */
export function packDocx(doc: Document, overrides: PartOverride[], media: MediaSwap): Buffer {
  const parts = compiler().compile(doc, undefined, overrides);
  let swapped = 0;
  for (const [path, data] of parts) {
    if (!path.startsWith('word/media/')) continue;
    const png = media.pngOf(data);
    if (png) {
      parts.set(path, png);
      swapped++;
    }
  }
  if (swapped !== media.size) throw new Error(`docx：图表图片 ${media.size} 张，写入 ${swapped} 张`);
  return zipParts(parts);
}
