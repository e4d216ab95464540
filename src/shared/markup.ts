/**
 * The little markup text slides use: `**lead-in**` and `{{figure}}` tokens. In a bundle the token holds a
 * figure key ({{auto-units}}); in the store and the API it holds the figure id ({{42}}).
 */
export type Run = { kind: 'text'; text: string } | { kind: 'bold'; text: string } | { kind: 'figure'; ref: string };

const TOKEN = /\*\*(.+?)\*\*|\{\{([a-z0-9-]+)\}\}/g;

export function parseParagraph(p: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of p.matchAll(TOKEN)) {
    if (m.index > last) runs.push({ kind: 'text', text: p.slice(last, m.index) });
    runs.push(m[1] !== undefined ? { kind: 'bold', text: m[1] } : { kind: 'figure', ref: m[2] });
    last = m.index + m[0].length;
  }
  if (last < p.length) runs.push({ kind: 'text', text: p.slice(last) });
  return runs;
}

/** Every figure reference in a paragraph, in order. */
export const figureRefs = (p: string): string[] => parseParagraph(p).flatMap((r) => (r.kind === 'figure' ? [r.ref] : []));

/** Rewrite every figure reference (key → id when seeding). */
export const mapFigureRefs = (p: string, map: (ref: string) => string): string =>
  p.replace(/\{\{([a-z0-9-]+)\}\}/g, (_m, ref: string) => `{{${map(ref)}}}`);
