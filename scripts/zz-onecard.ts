import { readFileSync, readdirSync } from 'node:fs';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
for (const f of readdirSync('test/corpus').filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync('test/corpus/' + f, 'utf8'));
  const text = readFileSync('test/corpus/' + f.replace('.json', '.txt'), 'utf8');
  const asOf = j.asOf ?? '';
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  const valueOf = new Map(bundle.figures.map((x) => [x.key, x.valueText]));
  for (const [i, s] of bundle.deck.slides.entries()) {
    const k = s.body.kpis ?? [];
    if (k.length === 1 && !s.chart) console.log(f, i, s.layout, JSON.stringify(s.title), valueOf.get(k[0].figure), JSON.stringify(s.body).slice(0, 200));
  }
}
