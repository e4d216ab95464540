/**
 * Quotation marks as Chinese print sets them: text that goes inside “…” and already holds “…” gets its
 * inner marks turned into ‘…’ (and an inner ‘…’ back into “…”, the level below). Pure.
 */

/** The text as it reads inside a pair of “”: its double marks become single and its single marks double. */
export function nestQuotes(inner: string): string {
  return inner.replace(/[“”‘’]/g, (c) => ({ '“': '‘', '”': '’', '‘': '“', '’': '”' })[c] as string);
}

/** `text` in “”, its own quotes nested: quote('“十二五”发展') → “‘十二五’发展”. */
export const quote = (text: string): string => `“${nestQuotes(text)}”`;

/**
 * Fill `{name}` holes of a template; a hole set inside “…” (opened before it, not yet closed) gets its
 * value's quotes nested. `template` itself is trusted text from a string table.
 */
export function fillQuoted(template: string, values: Readonly<Record<string, string | number>>): string {
  let depth = 0;
  let out = '';
  for (const part of template.split(/(\{\w+\})/)) {
    const hole = /^\{(\w+)\}$/.exec(part);
    if (hole && Object.hasOwn(values, hole[1] as string)) {
      const v = String(values[hole[1] as string]);
      out += depth > 0 ? nestQuotes(v) : v;
      continue;
    }
    for (const c of part) depth = c === '“' ? depth + 1 : c === '”' ? Math.max(0, depth - 1) : depth;
    out += part;
  }
  return out;
}
