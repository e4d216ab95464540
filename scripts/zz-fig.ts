import { readFileSync } from 'node:fs';
import { extractFigures } from '../src/shared/extract';
const [file, ...vals] = process.argv.slice(2);
const j = JSON.parse(readFileSync('test/corpus/' + file + '.json', 'utf8'));
const text = readFileSync('test/corpus/' + file + '.txt', 'utf8');
for (const f of extractFigures(text, { asOf: j.asOf ?? '' }))
  if (!vals.length || vals.includes(f.value)) console.log(JSON.stringify({ v: f.value, u: f.unit, n: f.number, l: f.label, p: f.period, k: f.kind, s: f.status, q: f.qualifier, quote: f.quote.slice(0, 80) }));
