/**
 * The fast paths of the Word export (#21 speed): the charts' PNGs written from the canvas's pixels (png.ts),
 * the packages zipped with Node's zlib and pptxgenjs's read back (zip.ts), and the charts placed behind stand-ins the docx package
 * hashes (docx-pack.ts). Each read back by an independent reader: Skia's PNG decoder (@napi-rs/canvas), JSZip
 * with its CRC check, `unzip -v` for how each part is stored.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../src/main/export/chart-data';
import { chartPngOnce } from '../src/main/export/chart-png';
import { MediaSwap, packDocx } from '../src/main/export/docx-pack';
import { encodePng } from '../src/main/export/png';
import { unzipParts, zipParts } from '../src/main/export/zip';
import { tempDir } from './helpers';

/** A chart-like drawing: white ground, a solid bar, a translucent grid line, anti-aliased text and a diagonal. */
function drawing(w: number, h: number, colour: string) {
  const canvas = createCanvas(w, h);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, w, h);
  g.fillStyle = colour;
  g.fillRect(10, 20, w / 3, h / 2);
  g.strokeStyle = 'rgba(17,24,39,0.12)';
  g.beginPath();
  g.moveTo(0, h - 5);
  g.lineTo(w, 3);
  g.stroke();
  g.fillStyle = '#1f2937';
  g.font = '20px sans-serif';
  g.fillText('18.6% 5700', 12, h - 12);
  return canvas;
}

async function pixelsOf(png: Buffer) {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  return { width: img.width, height: img.height, data: Buffer.from(g.getImageData(0, 0, img.width, img.height).data) };
}

describe('encodePng', () => {
  it('writes the canvas’s pixels exactly, at its size, as Skia’s own PNG of it decodes', async () => {
    const canvas = drawing(301, 117, '#1d5fa8');
    const png = await encodePng(canvas.data(), canvas.width, canvas.height);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const mine = await pixelsOf(png);
    const skia = await pixelsOf(await canvas.encode('png'));
    expect([mine.width, mine.height]).toEqual([301, 117]);
    expect(mine.data.equals(skia.data)).toBe(true);
    // The bar's colour where it was painted: 1d5fa8, opaque.
    const at = (x: number, y: number) => [...mine.data.subarray((y * 301 + x) * 4, (y * 301 + x) * 4 + 4)];
    expect(at(20, 30)).toEqual([0x1d, 0x5f, 0xa8, 255]);
    expect(at(200, 30)).toEqual([255, 255, 255, 255]);
  });

  it('refuses pixels that are not width × height × 4 bytes', async () => {
    await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow(/10 字节，应为 16/);
  });
});

describe('zipParts', () => {
  it('zips every part so JSZip reads it back with its CRC checked, names in UTF-8, the same parts to the same bytes', async () => {
    const png = await encodePng(drawing(40, 30, '#b4232a').data(), 40, 30);
    const parts: [string, string | Uint8Array][] = [
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', `<w:document>${'<w:p>报告</w:p>'.repeat(500)}</w:document>`],
      ['word/media/图一.png', png],
      ['empty.txt', ''],
    ];
    const zip = zipParts(parts);
    expect(zipParts(parts).equals(zip)).toBe(true);
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(parts.map(([p]) => p));
    for (const [path, data] of parts) {
      const back = await read.file(path)?.async('nodebuffer');
      expect(back?.equals(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data)), path).toBe(true);
    }
  });

  it('stores the PNGs (compressed already) and deflates the XML', (ctx) => {
    const t = tempDir();
    ctx.onTestFinished(() => t.cleanup());
    const file = join(t.dir, 'parts.zip');
    writeFileSync(
      file,
      zipParts([
        ['a.xml', '<a/>'.repeat(1000)],
        ['word/media/b.png', Buffer.alloc(500, 7)],
      ]),
    );
    const listing = execFileSync('unzip', ['-v', file], { encoding: 'utf8' });
    expect(listing).toMatch(/\s4000\s+Defl:N\s+\d+\s+\d+%.*a\.xml/);
    expect(listing).toMatch(/\s500\s+Stored\s+500\s+0%.*word\/media\/b\.png/);
    execFileSync('unzip', ['-tq', file]);
  });
});

describe('unzipParts', () => {
  it('reads what JSZip writes, stored or deflated, in its order, and what zipParts writes', async () => {
    const parts: [string, string][] = [
      ['[Content_Types].xml', '<Types/>'],
      ['ppt/charts/chart1.xml', `<c:chartSpace>${'<c:v>18.6</c:v>'.repeat(300)}</c:chartSpace>`],
      ['ppt/图.xml', '中文'],
    ];
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = new JSZip();
      for (const [p, d] of parts) zip.file(p, d);
      const read = unzipParts(await zip.generateAsync({ type: 'nodebuffer', compression }));
      // JSZip lists the folders too, empty.
      expect([...read.keys()].filter((p) => p.endsWith('/'))).toEqual(['ppt/', 'ppt/charts/']);
      const files = [...read].filter(([p]) => !p.endsWith('/'));
      expect(
        files.map(([p, d]) => [p, d.toString('utf8')]),
        compression,
      ).toEqual(parts);
    }
    expect([...unzipParts(zipParts(parts))].map(([p, d]) => [p, d.toString('utf8')])).toEqual(parts);
  });

  it('refuses what is not a zip file', () => {
    expect(() => unzipParts(Buffer.from('not a zip file at all, not even close'))).toThrow(/no end of central directory/);
  });
});

describe('packDocx', () => {
  it('puts each chart’s PNG where its stand-in was, once per PNG, and writes what Packer.toBuffer writes besides', async () => {
    const a = await encodePng(drawing(60, 40, '#1d5fa8').data(), 60, 40);
    const b = await encodePng(drawing(60, 40, '#2f8f6f').data(), 60, 40);
    const media = new MediaSwap();
    const image = (png: Buffer, name: string) =>
      new Paragraph({
        children: [new ImageRun({ type: 'png', data: media.standIn(png), transformation: { width: 60, height: 40 }, altText: { name } })],
      });
    const doc = () => new Document({ sections: [{ children: [image(a, 'a'), image(b, 'b'), image(a, 'a again')] }] });
    const packed = await JSZip.loadAsync(packDocx(doc(), [{ path: 'word/fontTable.xml', data: '<w:fonts/>' }], media), {
      checkCRC32: true,
    });
    const pngs = Object.keys(packed.files).filter((n) => n.startsWith('word/media/'));
    expect(pngs).toHaveLength(2);
    const bytes = await Promise.all(pngs.map((n) => packed.file(n)?.async('nodebuffer') as Promise<Buffer>));
    expect(bytes.map((x) => (x.equals(a) ? 'a' : x.equals(b) ? 'b' : 'other')).sort()).toEqual(['a', 'b']);
    expect(await packed.file('word/fontTable.xml')?.async('string')).toBe('<w:fonts/>');
    // Every other part as the package's own Packer writes it (the core properties carry the time; each image's
    // docPr id comes from a counter of the process).
    const reference = await JSZip.loadAsync(await Packer.toBuffer(doc()));
    const text = async (zip: JSZip, n: string) => (await zip.file(n)?.async('string'))?.replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""');
    const others = Object.keys(reference.files).filter((n) => !n.startsWith('word/media/') && n !== 'docProps/core.xml');
    for (const n of others.filter((n) => n !== 'word/fontTable.xml')) {
      const mine = await text(packed, n);
      expect(mine === (await text(reference, n)), n).toBe(true);
    }
    expect(Object.keys(packed.files).sort()).toEqual(Object.keys(reference.files).sort());
  });

  it('says so when a chart did not reach the package', () => {
    const media = new MediaSwap();
    media.standIn(Buffer.from('a png'));
    expect(() => packDocx(new Document({ sections: [{ children: [] }] }), [], media)).toThrow(/图表图片 1 张，写入 0 张/);
  });
});

describe('chartPngOnce', () => {
  const chart = (value: number): ChartData => ({
    type: 'bar',
    title: '年产值',
    unit: '亿元',
    axisTitle: '单位：亿元',
    rows: [
      { label: '智能终端', value, display: `${value}亿元`, figureId: 1, figureText: `${value}亿元`, formula: null },
      { label: '汽车', value: 4600, display: '4600亿元', figureId: 2, figureText: '4600亿元', formula: null },
    ],
  });

  it('draws a chart once per process for the same data (a batch’s Word 简报 and Word 公文), again when a number changes', async () => {
    const first = chartPngOnce(chart(5700));
    expect(chartPngOnce(chart(5700))).toBe(first);
    const changed = chartPngOnce(chart(5800));
    expect(changed).not.toBe(first);
    const [a, b] = await Promise.all([first, changed]);
    expect([a.width, a.height]).toEqual([1200, 520]);
    const img = await loadImage(a.png);
    expect([img.width, img.height]).toEqual([1800, 780]); // 1.5 × for print
    expect(a.png.equals(b.png)).toBe(false);
  });
});
