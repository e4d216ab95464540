/**
 * The extractor row's runs, in a plain Node process of their own (bench/store.ts spawns it): the built chunk as the
 * app's main process runs it, beside none of the bench's own busy threads (its loaded condition) and none of the heap
 * its earlier sections left.
 * Usage: node bench/extract-child.mjs CHUNK TEXT_FILE COPIES RUNS → one JSON line {wall: MB/s[], cpu: MB/s[], found}.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [chunk, textFile, copiesArg, runsArg] = process.argv.slice(2);
const { extractFigures } = createRequire(import.meta.url)(chunk);
const unit = readFileSync(textFile, 'utf8');
const text = Array.from({ length: Number(copiesArg) }, () => unit).join('\n');
const bytes = Buffer.byteLength(text);
extractFigures(unit); // compile the regexes
const wall = [];
const cpu = [];
let found = 0;
for (let i = 0; i < Number(runsArg); i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  found = extractFigures(text).length;
  const c = process.cpuUsage(c0);
  cpu.push(bytes / 1e6 / ((c.user + c.system) / 1e6));
  wall.push(bytes / 1e6 / ((performance.now() - t0) / 1000));
}
process.stdout.write(`${JSON.stringify({ wall, cpu, found, bytes, chars: text.length })}\n`);
