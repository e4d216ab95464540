/**
 * `npm run test:mutation [module]`: StrykerJS over the critical modules (scripts/mutation-modules.mjs), one
 * module at a time, each incremental (a re-run tests only mutants whose code or tests changed). Then the
 * score table, per module group, from every module's last report: killed ÷ (killed + survived), where a
 * timeout counts as killed (the mutant hung the code) and a mutant no test reaches counts as survived.
 * Equivalent mutants (scripts/mutation-equivalents.mjs, each with its reason; listed in docs/mutation.md)
 * are excluded and counted in the "equivalent" column. Exits 1 when a module that ran scores under 85%.
 *
 *   npm run test:mutation                 every module
 *   npm run test:mutation -- presentation one module (extract: every extractor part)
 *   npm run test:mutation -- --table      only print the table from the last reports
 *   npm run test:mutation -- --equivalents   print the equivalent mutants' list (docs/mutation.md's table)
 *   npm run test:mutation -- checks --force   test every mutant again: the incremental run reuses a
 *                                         survivor of module-level code (a constant) even after a new test
 *                                         would kill it, since its coverage is not recorded per test
 *   npm run test:mutation -- export-pptx --survivors   test again only the lines of the last report's survivors
 *                                         (equivalents left out; found where they are now, after edits above
 *                                         them) and the lines changed since, every mutant on them; the other
 *                                         mutants keep their last result. For a module whose mutants are all
 *                                         static (the office exporters), where an incremental run reuses every
 *                                         survivor and --force retests all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EQUIVALENTS, equivalentOf } from './mutation-equivalents.mjs';
import { MUTATION_MODULES, selectModules } from './mutation-modules.mjs';
import { survivorRanges } from './mutation-survivors.mjs';

const TARGET = 85;
const args = process.argv.slice(2);
const listEquivalents = args.includes('--equivalents');
const tableOnly = args.includes('--table') || listEquivalents;

if (listEquivalents) {
  const cell = (s) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  const rows = EQUIVALENTS.map(
    (e) =>
      `| \`${e.file.replace(/^src\//, '')}\` \`${cell(e.line)}\` | ${e.mutator}: \`${cell(e.original)}\` → \`${cell(e.replacement)}\` | ${cell(e.reason)} |`,
  );
  // Exit only once the table is written: into a pipe, stdout is asynchronous and exiting at once cut it short.
  const table = ['| where | mutant | why it is equivalent |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
  await new Promise((done) => process.stdout.write(table, done));
  process.exit(0);
}
const name = args.find((a) => !a.startsWith('--'));
const modules = selectModules(name);

/**
 * A module's last results: its report, or the incremental file alone when the last run was cut short (Ctrl-C
 * writes no report but saves its incremental file). A finished run writes both, the incremental file a moment
 * after the report, so the report is the one to read unless the incremental file is clearly newer.
 */
function lastResults(m) {
  const report = join('reports/mutation', `${m.name}.json`);
  const partial = join('reports/mutation', `${m.name}.incremental.json`);
  const mtime = (f) => (existsSync(f) ? statSync(f).mtimeMs : -Infinity);
  const file = mtime(report) >= mtime(partial) - 60_000 ? report : partial;
  return existsSync(file) ? { file, cut: file === partial } : undefined;
}

/**
 * The lines to retest with --survivors: where the last results' survivors (and mutants no test reached), equivalents
 * left out, are in the files as they are now, plus the lines changed since (scripts/mutation-survivors.mjs). After
 * a run cut short, the survivors of the mutants it tested.
 */
function survivorRangesOf(m) {
  const last = lastResults(m);
  if (!last) throw new Error(`--survivors: ${m.name} has no results yet (reports/mutation/${m.name}.json); run it first`);
  const current = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  return survivorRanges(JSON.parse(readFileSync(last.file, 'utf8')), current, equivalentOf);
}

if (!tableOnly) {
  const survivorsOnly = args.includes('--survivors');
  for (const m of modules) {
    const ranges = survivorsOnly ? survivorRangesOf(m) : [];
    if (survivorsOnly && ranges.length === 0) {
      console.log(`\n=== ${m.name}: no survivors in its last report, nothing to retest ===`);
      continue;
    }
    console.log(`\n=== mutation testing: ${m.name} (${(survivorsOnly ? ranges : m.mutate).join(', ')}) ===`);
    const run = spawnSync(process.execPath, ['scripts/stryker-run.mjs'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        MUTATION_MODULE: m.name,
        // Survivors only: their lines are retested from scratch (their result would be reused otherwise).
        MUTATION_FORCE: args.includes('--force') || survivorsOnly ? '1' : '',
        MUTATION_RANGES: survivorsOnly ? JSON.stringify(ranges) : '',
      },
    });
    if (run.status !== 0) {
      console.error(`Stryker failed on ${m.name} (exit ${run.status ?? run.signal})`);
      process.exit(1);
    }
  }
}

/**
 * Counts of one module's last report, or undefined when it never ran. A run cut short (Ctrl-C) writes no
 * report but saves its incremental file: its tested mutants are counted and the row says it is partial.
 */
function counts(m) {
  const last = lastResults(m);
  if (!last) return undefined;
  const c = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0, pending: 0, cut: last.cut };
  for (const [path, f] of Object.entries(JSON.parse(readFileSync(last.file, 'utf8')).files)) {
    for (const mutant of f.mutants) {
      const { status } = mutant;
      // A timeout on an equivalent mutant is the machine's load, not a kill: excluded like its survival.
      const equivalent = (status === 'Survived' || status === 'NoCoverage' || status === 'Timeout') && equivalentOf(path, f.source, mutant);
      if (equivalent) {
        c.ignored++;
        matched.add(equivalent);
      } else if (status === 'Killed') c.killed++;
      else if (status === 'Timeout') c.timeout++;
      else if (status === 'Survived') c.survived++;
      else if (status === 'NoCoverage') c.noCoverage++;
      else if (status === 'Ignored') c.ignored++;
      else if (status === 'Pending') c.pending++;
      else c.errors++;
    }
  }
  return c;
}

/** Equivalent-list entries that matched a surviving mutant in some report. */
const matched = new Set();
const groups = new Map();
for (const m of MUTATION_MODULES) {
  const c = counts(m);
  const g = groups.get(m.group) ?? {
    files: [],
    parts: 0,
    ran: 0,
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    ignored: 0,
    pending: 0,
  };
  g.files.push(...m.mutate);
  g.parts++;
  if (c) {
    g.ran++;
    for (const k of ['killed', 'timeout', 'survived', 'noCoverage', 'ignored', 'pending']) g[k] += c[k];
    g.cut ||= c.cut;
  }
  groups.set(m.group, g);
}

const ranNow = new Set(modules.map((m) => m.group));
let below = false;
console.log('\n| module | files | mutants | killed | timeout | survived | no coverage | equivalent | score |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [group, g] of groups) {
  if (g.ran === 0) {
    console.log(`| ${group} | ${g.files.join(', ')} | – | – | – | – | – | – | not run |`);
    continue;
  }
  const detected = g.killed + g.timeout;
  const score = (100 * detected) / (detected + g.survived + g.noCoverage);
  if (score < TARGET && ranNow.has(group) && !tableOnly) below = true;
  const parts = g.ran < g.parts ? ` (${g.ran}/${g.parts} parts)` : '';
  const untested = g.pending || g.cut ? ' (partial: a run cut short; untested mutants not counted)' : '';
  const partial = parts + untested;
  console.log(
    `| ${group} | ${g.files.join(', ')} | ${g.killed + g.timeout + g.survived + g.noCoverage + g.ignored} | ${g.killed} | ${g.timeout} | ${g.survived} | ${g.noCoverage} | ${g.ignored} | ${score.toFixed(1)}%${partial} |`,
  );
}
// An entry whose module has a report but that matched no surviving mutant: the code moved or a test kills it now.
const reported = MUTATION_MODULES.filter((m) => counts(m));
for (const e of EQUIVALENTS) {
  const covered = reported.some((m) =>
    m.mutate.some((p) => p.split(':')[0] === e.file || (p.includes('*') && e.file.startsWith(p.split('*')[0]))),
  );
  if (covered && !matched.has(e))
    console.warn(
      `equivalent-mutant entry matches no surviving mutant (update scripts/mutation-equivalents.mjs): ${e.file} ${e.mutator} ${e.original} → ${e.replacement}`,
    );
}
if (below) {
  console.error(`\nA module scored under ${TARGET}%: kill its survivors (reports/mutation/<module>.html) or list them as equivalent.`);
  process.exit(1);
}
