import { readFileSync, readdirSync } from 'node:fs';
import { extractFigures } from '../src/shared/extract';
const c = new Map<string, number>();
for (const f of readdirSync('test/corpus').filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync('test/corpus/' + f, 'utf8'));
  const text = readFileSync('test/corpus/' + f.replace('.json', '.txt'), 'utf8');
  for (const x of extractFigures(text, { asOf: j.asOf ?? '' })) if (x.kind === 'rank') { const k = `${x.unit}|${x.qualifier}|${text.slice(x.valueStart - 3, x.valueEnd + 2)}`; c.set(k, (c.get(k) ?? 0) + 1); }
}
console.log([...c].slice(0, 60).map(([k, n]) => `${n} ${k}`).join('\n'));
