/**
 * Reading the office packages back in tests: the text of each paragraph, and a slide's shapes with their place
 * on the slide, their fills and their runs' type (size, weight, colour), as PowerPoint lays them out. Read from
 * the XML with JSZip (an independent zip reader, not the exporter's own zip.ts).
 */
import JSZip from 'jszip';

export const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every <a:t> / <w:t> run, joined per paragraph. */
export const texts = (xml: string, tag: 'a' | 'w'): string[] =>
  xml
    .split(new RegExp(`</${tag}:p>`))
    .map((p) => [...p.matchAll(new RegExp(`<${tag}:t(?: [^>]*)?>([^<]*)</${tag}:t>`, 'g'))].map((m) => unescape(m[1] as string)).join(''));

export const unzip = (bytes: Buffer): Promise<JSZip> => JSZip.loadAsync(bytes);

export async function read(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`missing part ${name}`);
  return f.async('string');
}

/** The chart or notes part a slide points to, or null. */
export async function partOf(zip: JSZip, slide: number, kind: 'chart' | 'notesSlide'): Promise<string | null> {
  const rels = await read(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  const m = new RegExp(`Target="(?:\\.\\.|/ppt)/(${kind === 'chart' ? 'charts/chart' : 'notesSlides/notesSlide'}\\d+\\.xml)"`).exec(rels);
  return m ? `ppt/${m[1]}` : null;
}

/** Slide size in EMU (16:9, 13.333 × 7.5 in). */
export const SLIDE_W = 12192000;
export const SLIDE_H = 6858000;
export const EMU_PER_INCH = 914400;

export interface Run {
  text: string;
  /** Points. */
  size: number;
  bold: boolean;
  colour: string | undefined;
}
export interface Shape {
  /** rect, roundRect, line, or chart (a graphic frame). */
  geometry: string;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | undefined;
  line: string | undefined;
  /** Each paragraph's runs. */
  paragraphs: Run[][];
  /** Each paragraph's alignment (l when not given). */
  align: string[];
  /** Where the text sits in its box: t, ctr or b. */
  anchor: string | undefined;
  /** The text shrinks to fit its box (normAutofit). */
  shrinks: boolean;
  /** No inset between the box and its text. */
  flush: boolean;
  text: string;
}

/** The shapes of a slide, in drawing order. */
export function shapesOf(xml: string): Shape[] {
  return [...xml.matchAll(/<p:(sp|graphicFrame)>([\s\S]*?)<\/p:\1>/g)].map((m) => {
    const body = m[2] as string;
    const [x, y, w, h] = (/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/.exec(body) ?? []).slice(1).map(Number);
    const spPr = /<p:spPr>([\s\S]*?)<\/p:spPr>/.exec(body)?.[1] ?? '';
    const [beforeLine, lineXml = ''] = spPr.split(/<a:ln\b/);
    const paras = body.includes('<p:txBody>') ? [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => p[1] as string) : [];
    const paragraphs = paras.map((p) =>
      [...p.matchAll(/<a:r><a:rPr([^>]*)>([\s\S]*?)<\/a:rPr><a:t>([^<]*)<\/a:t><\/a:r>/g)].map((r) => ({
        text: unescape(r[3] as string),
        size: Number(/ sz="(\d+)"/.exec(r[1] as string)?.[1] ?? 0) / 100,
        bold: / b="1"/.test(r[1] as string),
        colour: /<a:solidFill><a:srgbClr val="(\w+)"/.exec(r[2] as string)?.[1],
      })),
    );
    return {
      geometry: m[1] === 'graphicFrame' ? 'chart' : (/<a:prstGeom prst="(\w+)"/.exec(body)?.[1] ?? ''),
      x: x as number,
      y: y as number,
      w: w as number,
      h: h as number,
      fill: /<a:solidFill><a:srgbClr val="(\w+)"/.exec(beforeLine as string)?.[1],
      line: /<a:srgbClr val="(\w+)"/.exec(lineXml)?.[1],
      paragraphs,
      align: paras.map((p) => /<a:pPr[^>]* algn="(\w+)"/.exec(p)?.[1] ?? 'l'),
      anchor: / anchor="(\w+)"/.exec(/<a:bodyPr[^>]*>/.exec(body)?.[0] ?? '')?.[1],
      shrinks: /<a:bodyPr[^>]*><a:normAutofit\/>/.test(body),
      flush: / lIns="0" tIns="0" rIns="0" bIns="0"/.test(/<a:bodyPr[^>]*>/.exec(body)?.[0] ?? ''),
      text: paragraphs.map((p) => p.map((r) => r.text).join('')).join('\n'),
    };
  });
}

/** a lies inside b (with a tolerance of `slack` EMU for rounding). */
export const inside = (a: Shape, b: Shape, slack = 2): boolean =>
  a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.w <= b.x + b.w + slack && a.y + a.h <= b.y + b.h + slack;

/** The two boxes share an area (touching edges, within `slack` EMU, do not count). */
export const overlap = (a: Shape, b: Shape, slack = 2): boolean =>
  a.x + a.w > b.x + slack && b.x + b.w > a.x + slack && a.y + a.h > b.y + slack && b.y + b.h > a.y + slack;
