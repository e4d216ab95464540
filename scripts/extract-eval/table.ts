/** The evaluation as a plain-text table for terminals and CI logs, and the misses for --verbose. */
import { FIELDS, pct, rates, type Evaluation, type Tally } from './score';

const COLUMNS = ['report', 'found', 'annot', 'recall', 'prec', 'declines-', 'qualif', ...FIELDS] as const;

function row(name: string, t: Tally): string[] {
  const r = rates(t);
  return [
    name,
    String(t.found),
    String(t.annotated),
    pct(r.recall),
    pct(r.precision),
    `${t.declinesNegative}/${t.declines}`,
    `${t.qualifiersKept}/${t.qualified}`,
    ...FIELDS.map((f) => pct(r.fields[f])),
  ];
}

export function formatTable(e: Evaluation): string {
  const rows = [[...COLUMNS] as string[], ...e.reports.map((r) => row(r.slug, r.tally)), row('OVERALL', e.total)];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const t = e.total;
  return [
    line(rows[0]),
    rule,
    ...rows.slice(1, -1).map(line),
    rule,
    line(rows[rows.length - 1]),
    '',
    `value+unit: ${t.valueUnit} of ${t.annotated} annotated found, ${t.found - t.valueUnit} of ${t.found} found wrong or spurious; ` +
      `${t.matched} matched by span. Field columns are accuracy over matched figures; ` +
      `declines- = annotated declines found and shown negative, qualif = annotated qualifiers found and kept.`,
  ].join('\n');
}

export function formatMisses(e: Evaluation): string {
  const out: string[] = [];
  for (const r of e.reports) {
    if (r.misses.length === 0) continue;
    out.push(`== ${r.slug}`);
    for (const m of r.misses) out.push(`  @${m.at} ${m.kind.padEnd(8)} ${m.text}  ${m.detail}`);
  }
  return out.join('\n');
}
