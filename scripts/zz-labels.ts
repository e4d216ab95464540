import { readFileSync, readdirSync } from 'node:fs';
import { extractFigures } from '../src/shared/extract';
for (const f of readdirSync('test/corpus').filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync('test/corpus/' + f, 'utf8'));
  const text = readFileSync('test/corpus/' + f.replace('.json', '.txt'), 'utf8');
  for (const x of extractFigures(text, { asOf: j.asOf ?? '' })) console.log(f.replace('.json', '') + '\t' + x.value + x.unit + '\t' + x.label);
}
