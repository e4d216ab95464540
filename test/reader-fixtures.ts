/**
 * Real report files made in the test, not committed: a .docx (docx package), a text PDF printed by headless
 * Chromium with the bundled Noto Sans SC, GBK bytes, web pages with navigation chrome, an encrypted and a
 * scanned PDF, and a zip bomb.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { PDFDocument, rgb } from 'pdf-lib';
import { CHROMIUM_ARGS, findChromium } from '../src/main/pdf/chromium';
import { ROOT } from './helpers';

export const DECLINE = '2016年，全市规模工业增加值增长10.3%。汽车产业下降4.1%，电子信息产业增长15.2%。';
export const FENBIE = '固定资产投资、社会消费品零售总额、进出口总值年均分别增长7.6%、9%、7%。';
export const TABLE = [
  ['指标', '数值'],
  ['工业增加值', '603.95亿元'],
  ['汽车产量', '310万辆'],
];

export async function makeDocx(extraParagraphs: string[] = []): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '2016年全市工业经济运行情况', bold: true })] }),
          // A run split mid-sentence (Word does this all the time): the line must still read as one.
          new Paragraph({
            children: [
              new TextRun('2016年，全市规模工业增加值增长10.3%。汽车产业'),
              new TextRun({ text: '下降4.1%', bold: true }),
              new TextRun('，电子信息产业增长15.2%。'),
            ],
          }),
          new Paragraph(FENBIE),
          new Table({ rows: TABLE.map((r) => new TableRow({ children: r.map(cell) })) }),
          ...extraParagraphs.map((p) => new Paragraph(p)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** GBK/GB18030 or Big5 bytes for text, from the decoder's own table (no encoder in Node, no iconv needed). */
const tables = new Map<string, Map<string, number[]>>();
function encodeDoubleByte(text: string, label: 'gbk' | 'big5'): Buffer {
  let table = tables.get(label);
  if (!table) {
    tables.set(label, (table = new Map()));
    const dec = new TextDecoder(label);
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no ${label} code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
export const encodeGbk = (text: string) => encodeDoubleByte(text, 'gbk');
export const encodeBig5 = (text: string) => encodeDoubleByte(text, 'big5');

/** @font-face rules for just the Noto Sans SC slices that cover `text`, inlined (Chromium then waits for them). */
function fontFaces(text: string): string {
  const dir = join(ROOT, 'node_modules/@fontsource/noto-sans-sc/');
  const css = readFileSync(join(dir, '400.css'), 'utf8');
  const used = [...new Set([...text].map((c) => c.codePointAt(0)!))];
  let faces = '';
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/u.exec(block)![1];
    const range = /unicode-range:\s*([^;]+);/u.exec(block)![1];
    const spans = range.split(',').map((r) =>
      r
        .trim()
        .slice(2)
        .split('-')
        .map((h) => parseInt(h, 16)),
    );
    if (!used.some((c) => spans.some(([a, b = a]) => c >= a && c <= b))) continue;
    const data = readFileSync(join(dir, file)).toString('base64');
    faces += `@font-face{font-family:'Noto Sans SC';font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}\n`;
  }
  return faces;
}

/**
 * A report printed to PDF by headless Chromium: A4, a running header and "— n —" page numbers in the page
 * margins (CSS margin boxes), body paragraphs indented 2em and long enough to wrap.
 */
export function printPdf(dir: string, name: string, title: string, paragraphs: string[], header = '重庆市工业经济运行简报'): Buffer {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${fontFaces(title + header + body + '— 0123456789')}
@page { size: A4; margin: 30mm 25mm; font-family: 'Noto Sans SC';
  @top-center { content: "${header}"; font-size: 10pt; font-family: 'Noto Sans SC' }
  @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; font-family: 'Noto Sans SC' } }
body { font-family: 'Noto Sans SC'; font-size: 14pt; line-height: 1.6; margin: 0 }
h1 { font-size: 20pt; text-align: center } p { text-indent: 2em; margin: 0 0 .3em; text-align: justify }
</style></head><body><h1>${title}</h1>${body}</body></html>`;
  const htmlPath = join(dir, `${name}.html`);
  const pdfPath = join(dir, `${name}.pdf`);
  writeFileSync(htmlPath, html);
  const r = spawnSync(
    findChromium(),
    [...CHROMIUM_ARGS, '--headless', '--no-pdf-header-footer', `--print-to-pdf=${pdfPath}`, `file://${htmlPath}`],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (r.status !== 0) throw new Error(`chromium failed: ${r.stderr}`);
  return readFileSync(pdfPath);
}

/** A PDF with pictures only: what a scanner makes. */
export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842]);
    for (let y = 100; y < 760; y += 14)
      page.drawRectangle({ x: 80, y, width: 300 + ((y * 7) % 130), height: 8, color: rgb(0.1, 0.1, 0.1) });
  }
  return doc.save();
}

/** RC4, for the standard security handler (OpenSSL 3 may lack it). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

/**
 * A one-page PDF encrypted with the standard security handler (revision 2, RC4 40-bit). With a user password
 * it cannot be opened without it; with an empty user password (an owner password only) anyone can read it.
 */
export function encryptedPdf(userPassword: string, text = 'Growth 10.3% in 2016'): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const o = rc4(md5(padded('owner-secret')).subarray(0, 5), padded(userPassword));
  const p = -44; // print and copy allowed, nothing else
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(padded(userPassword), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objKey(4), Buffer.from(`BT /F1 24 Tf 72 700 Td (${text}) Tj ET`, 'latin1'));
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${p} >>`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let pos = parts[0].length;
  objs.forEach((body, i) => {
    offsets.push(pos);
    const obj =
      body === null
        ? Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< /Length ${content.length} >>\nstream\n`, 'latin1'),
            content,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    parts.push(obj);
    pos += obj.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${pos}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(parts);
}

/** A .docx-looking zip whose one part unpacks to `megabytes` MB of zeros. */
export async function zipBomb(megabytes: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', new Uint8Array(megabytes * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A saved news page: navigation, a sidebar of links and a footer around the article. */
export function newsPage(charset = 'utf-8'): string {
  return `<!doctype html><html><head><meta charset="${charset}"><title>2016年全市工业经济运行情况</title></head><body>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/xw">新闻中心</a></li><li><a href="/zw">政务公开</a></li><li><a href="/bs">办事服务</a></li></ul></div>
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">关于2015年工业运行的通报</a></li><li><a href="/b">热点专题</a></li></ul></div>
<div class="article"><h1>2016年全市工业经济运行情况</h1>
<p>${DECLINE}工业经济稳中有进，结构持续优化，
效益明显提升。</p>
<p>${FENBIE}</p>
<p>全年规模工业总产值2.3万亿元，占全国的1/9。工业投资增长8.5%，技改投资增长20%以上。</p></div>
<div class="footer">版权所有 重庆市经济和信息化委员会 网站标识码5000000035 渝ICP备05003300号</div>
</body></html>`;
}

/** A line of text a PDF places: its left edge and baseline in points, its type size. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/**
 * A PDF written object by object, each page's lines set in Helvetica where they are told to be: fast (no
 * Chromium), and exact about positions.
 */
export function linePdf(pages: PlacedText[][]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/gu, (c) => `\\${c}`);
  const objs: string[] = [];
  const pageRefs = pages.map((_, i) => `${4 + 2 * i} 0 R`);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${pages.length} >>`;
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, i) => {
    const content = lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x} ${l.y} Td (${esc(l.text)}) Tj ET`).join('\n');
    objs[4 + 2 * i] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${5 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`;
    objs[5 + 2 * i] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let k = 1; k < objs.length; k++) {
    offsets[k] = Buffer.byteLength(out, 'latin1');
    out += `${k} 0 obj\n${objs[k]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n${offsets
    .slice(1)
    .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
    .join('')}`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
