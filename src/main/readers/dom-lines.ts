/**
 * A DOM (linkedom) to lines of text: each paragraph, heading, list item and table row on its own line,
 * table cells separated by a tab (a table is no block of its own: its rows are). Whitespace inside a
 * paragraph collapses as a browser shows it, and a source line break between two CJK characters is no space
 * at all (CSS Text segment-break rule).
 */
const BLOCK = new Set(
  'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
const SKIP = new Set('script style noscript template head svg canvas iframe object button select textarea'.split(' '));
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t]*\\n\\s*([${CJK}])`, 'gu');

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function collapse(text: string): string {
  return text.replace(CJK_BREAK, '$1$2').replace(/\s+/gu, ' ');
}

export function domLines(root: DomNode): string {
  const out: string[] = [];
  // Inside a table cell, paragraphs are separated by a space: the row stays one line.
  const walk = (node: DomNode, pre: boolean, cell: boolean): void => {
    if (node.nodeType === 3) {
      out.push(pre ? (node.textContent ?? '') : collapse(node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    const isCell = tag === 'td' || tag === 'th';
    const block = BLOCK.has(tag);
    const brk = cell && tag !== 'tr' ? ' ' : '\n';
    if (tag === 'br') return void out.push(brk);
    if (block) out.push(brk);
    if (isCell) out.push('\t');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i], pre || tag === 'pre', (cell || isCell) && tag !== 'table');
    if (block) out.push(brk);
  };
  walk(root, false, false);
  // A row's first cell gets no leading tab; spaces at a line's ends go; block boundaries are one line break
  // (paragraphs as lines, no blank lines between them).
  return out
    .join('')
    .split('\n')
    .map((l) =>
      l
        .replace(/ *\t */gu, '\t')
        .replace(/ {2,}/gu, ' ')
        .replace(/^[ \t]+|[ \t]+$/gu, ''),
    )
    .filter((l) => l)
    .join('\n');
}
