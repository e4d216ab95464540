#!/usr/bin/env node
/**
 * Electronegativity over src/: fails on any HIGH or MEDIUM finding that is not reviewed in the code.
 * A review is a comment `electronegativity-reviewed: CHECK_ID[, CHECK_ID…] — reason` on one of the five
 * lines above the finding. Prints the report either way, so CI shows it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require(join(root, 'node_modules/electron/package.json')).version;
const bin = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'findings.csv');

const run = spawnSync(process.execPath, [bin, '-i', join(root, 'src'), '-e', electronVersion, '-r', '-v', 'false', '-o', out], {
  encoding: 'utf8',
  timeout: 5 * 60_000,
});
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity did not run');
  process.exit(1);
}

/** The CSV the tool writes: one finding per line, quoted fields. */
function parseCsv(text) {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const cells = [];
      let cur = '';
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          cells.push(cur);
          cur = '';
        } else cur += ch;
      }
      cells.push(cur);
      const [id, severity, confidence, file, location] = cells.map((c) => c.trim());
      return { id, severity, confidence, file, line: Number(location.split(':')[0]) };
    });
}

const findings = parseCsv(readFileSync(out, 'utf8'));
rmSync(dirname(out), { recursive: true, force: true });

const reviewed = (f) => {
  const lines = readFileSync(join(root, 'src', f.file), 'utf8').split('\n');
  const above = lines.slice(Math.max(0, f.line - 6), f.line).join('\n');
  const m = /electronegativity-reviewed:([^—\n]*)—\s*\S/.exec(above);
  return !!m && m[1].split(',').map((s) => s.trim()).includes(f.id);
};

let unreviewed = 0;
console.log('check                        severity  confidence  file:line                         status');
for (const f of findings) {
  const serious = f.severity === 'HIGH' || f.severity === 'MEDIUM';
  const status = !serious ? 'low (listed)' : reviewed(f) ? 'reviewed in code' : 'UNREVIEWED';
  if (status === 'UNREVIEWED') unreviewed++;
  console.log(`${f.id.padEnd(28)} ${f.severity.padEnd(9)} ${f.confidence.padEnd(11)} ${`${f.file}:${f.line}`.padEnd(33)} ${status}`);
}
console.log(`\nelectronegativity: ${findings.length} findings, ${unreviewed} HIGH/MEDIUM unreviewed`);
process.exit(unreviewed ? 1 : 0);
