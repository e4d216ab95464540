/**
 * Small shared pieces of the benchmark: statistics, timed child processes, the result rows and the
 * table. Every figure is a median of repeated runs with its min and max; a floor, when there is one, is
 * measured in the same run and the ratio is median / floor median.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = resolve(__dirname, '..');
/** The built renderer measured; BENCH_RENDERER_DIR names another build (an A/B of two builds' renderers). */
export const RENDERER_DIR = process.env.BENCH_RENDERER_DIR ? resolve(process.env.BENCH_RENDERER_DIR) : resolve(ROOT, 'out/renderer');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The flags the exporter and playwright.config.ts start Chromium with. */
export { CHROMIUM_ARGS } from '../src/main/pdf/chromium';
export const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
/** The CLI's source, run through tsx (the development path). */
export const CLI_SOURCE = resolve(ROOT, 'src/main/cli.ts');
/** `npm run cli`: the launcher that runs the built out/main/cli.js with plain Node. */
export const CLI = [process.execPath, resolve(ROOT, 'scripts/cli.mjs')] as const;

export interface Stats {
  n: number;
  median: number;
  min: number;
  max: number;
  p50?: number;
  p95?: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function stats(samples: readonly number[], withPercentiles = false): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return {
    n: s.length,
    median: mid,
    min: s[0],
    max: s[s.length - 1],
    ...(withPercentiles && { p50: percentile(s, 50), p95: percentile(s, 95) }),
  };
}

export async function repeat(n: number, f: (i: number) => Promise<number> | number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await f(i));
  return out;
}

export interface RunResult {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn a process and time it from spawn to exit (stdout collected). */
export function timedSpawn(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) =>
      done({
        ms: performance.now() - started,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/** Like timedSpawn, but a non-zero exit is an error. */
export async function mustSpawn(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
  const r = await timedSpawn(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(-800)}`);
  return r;
}

export type Direction = 'max' | 'min';

export interface Target {
  /** The bound, in the row's unit (or a ratio when `ratio` is set). */
  value: number;
  /** 'max': the figure must be at most the bound; 'min': at least. */
  direction: Direction;
  /** The target applies to the ratio to the floor, not the figure. */
  ratio?: boolean;
  /** The target applies to p95 (slide switch), not the median. */
  on?: 'median' | 'p95';
  text: string;
}

export interface Row {
  id: string;
  group: string;
  name: string;
  unit: string;
  stats: Stats;
  floor?: { name: string; stats: Stats };
  ratio?: number;
  target?: Target;
  verdict?: 'PASS' | 'MISS' | 'n/a';
  /** 'as is' (the machine as it is) or 'loaded' (a spinner on every core, bench/load.ts). */
  condition?: string;
  /** /proc/loadavg when this row's section ended under its condition. */
  load?: string;
  /** The verdict over both conditions of this measure: PASS only when each condition passes. */
  judged?: 'PASS' | 'MISS' | 'n/a';
  note?: string;
  extra?: Record<string, unknown>;
}

export function judge(row: Row): Row {
  const t = row.target;
  if (!t) return { ...row, verdict: 'n/a' };
  const v = t.ratio ? row.ratio : t.on === 'p95' ? row.stats.p95 : row.stats.median;
  if (v === undefined || Number.isNaN(v)) return { ...row, verdict: 'n/a' };
  const ok = t.direction === 'max' ? v <= t.value : v >= t.value;
  return { ...row, verdict: ok ? 'PASS' : 'MISS' };
}

export function row(r: Omit<Row, 'ratio' | 'verdict'>): Row {
  const ratio = r.floor ? r.stats.median / r.floor.stats.median : undefined;
  return judge({ ...r, ratio });
}

const fmt = (x: number | undefined, unit = ''): string => {
  if (x === undefined || Number.isNaN(x)) return '—';
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return x.toFixed(digits) + unit;
};

/** Each measure's verdict over its conditions: MISS if any condition misses, PASS if every one passes. */
export function judgeConditions(rows: readonly Row[]): Row[] {
  const byId = new Map<string, Row[]>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return rows.map((r) => {
    const all = byId.get(r.id) ?? [r];
    const verdicts = all.map((x) => x.verdict ?? 'n/a');
    const judged = verdicts.includes('MISS') ? 'MISS' : verdicts.every((v) => v === 'PASS') ? 'PASS' : 'n/a';
    return { ...r, judged };
  });
}

/** The 1-minute load average of a /proc/loadavg line. */
const load1 = (l: string | undefined) => l?.split(' ')[0] ?? '';

/** The results as a fixed-width text table. */
export function table(rows: readonly Row[]): string {
  const head = ['measure', 'condition', 'load', 'median', 'min–max', 'p50 / p95', 'floor median', 'ratio', 'target', 'result', 'both'];
  const body = rows.map((r) => [
    r.name,
    r.condition ?? '',
    load1(r.load),
    fmt(r.stats.median, ' ' + r.unit),
    `${fmt(r.stats.min)}–${fmt(r.stats.max)} (n=${r.stats.n})`,
    r.stats.p95 === undefined ? '' : `${fmt(r.stats.p50)} / ${fmt(r.stats.p95)}`,
    r.floor ? `${fmt(r.floor.stats.median, ' ' + r.unit)}` : '',
    r.ratio === undefined ? '' : fmt(r.ratio, '×'),
    r.target?.text ?? '',
    r.verdict ?? '',
    r.target ? (r.judged ?? '') : '',
  ]);
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(cols[i] - width(c))).join('  ');
  return [line(head), cols.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function log(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

export const loadavg = async (): Promise<string> => {
  const { readFileSync } = await import('node:fs');
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return 'unavailable';
  }
};
