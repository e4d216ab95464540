// Dump every corpus deck's slides (title | chart bars | cards) to compare before/after a draft change.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
const out: string[] = [];
for (const f of readdirSync('test/corpus').filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync('test/corpus/' + f, 'utf8'));
  const text = readFileSync('test/corpus/' + f.replace('.json', '.txt'), 'utf8');
  const b = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf: j.asOf ?? '' }, text, extractFigures(text, { asOf: j.asOf ?? '' }));
  const v = new Map(b.figures.map((x) => [x.key, x.valueText]));
  for (const s of b.deck.slides)
    out.push(`${f}\t${s.layout}\t${s.title}\t${s.chart ? s.chart.title + ':' + s.chart.series.map((x) => ('figure' in x ? x.label + '=' + v.get(x.figure) : '?')).join(',') : ''}\t${(s.body.kpis ?? []).map((k) => k.caption + '=' + v.get(k.figure)).join(',')}`);
}
writeFileSync(process.argv[2], out.join('\n') + '\n');
