/**
 * `npx tsx bench/ab-build.ts DIR_A DIR_B [rounds] [motion|reduce|both] [all|chart|other|steady:N] [loaded]`: the build step
 * (bench/builds-ink.ts's walkBuilds, as the judged rows: the show opened once, every slide that can build jumped to
 * by the hub at its first state and stepped forth to the end and back at a presenter's pace on the audience window,
 * each step timed by timeStep) of two renderer builds (out/renderer directories), in turn — A,
 * B, B, A … — each from its own bridge over one store and hub, timed by the bench's own harness (timeStep).
 * Prints each build's p50 and p95, apart for the first step after a slide is jumped to (its neighbours not
 * yet prepared) and the others, the median of the rounds' paired p95 ratios A/B, and the
 * page's main-thread busy time per step (CDP TaskDuration over the step and the presenter's pause before it),
 * a figure a loaded machine stretches far less than a latency, with Chromium's CPU per step by process type.
 * `steady:N` instead of all|chart|other: slide N alone, opened once a run and stepped forth and back
 * STEADY_CYCLES times (default 8) after a cycle not counted, so the CPU per step is the steps' own (no page
 * load or jump in it): the figure to compare two builds by on a loaded machine. `loaded`: the bench's own
 * background load (bench/load.ts) during the run. AB_BUILD_RELEASE=quick,held: how A and B press their keys
 * (timeStep's KeyRelease; its default if unset). A comparison tool, not the bench.
 */
import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { newContext, startBuildPair } from './app';
import { setBuilds, walkBuilds, type KeyRelease } from './builds-ink';
import { startSpinner } from './load';
import { stats } from './lib';

interface Sample {
  ms: number;
  busy: number;
  first: boolean;
  chart: boolean;
}

/**
 * CPU ms used so far by this process's descendants (the Chromium this tool launched) and the children they
 * reaped, by process type (`--type=` of the command line: renderer, gpu-process, utility, zygote, whose
 * reaped children are renderers; none: the browser), from /proc.
 */
function chromiumCpu(): Map<string, number> {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(rest[1]));
      // Its own time and its reaped children's: a renderer that exits (the zygote reaps it) still counts.
      ticks.set(Number(d), Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]));
    } catch {
      // gone meanwhile
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  const out = new Map<string, number>();
  for (const [pid, t] of ticks) {
    if (!mine(pid)) continue;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!/chrom/i.test(cmd)) continue;
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    out.set(type, (out.get(type) ?? 0) + t * 10);
  }
  return out;
}

async function main(): Promise<void> {
  const [a, b] = [process.argv[2], process.argv[3]].map((d) => resolve(d ?? ''));
  const rounds = Number(process.argv[4] ?? 3);
  const motions = (
    { motion: ['no-preference'], reduce: ['reduce'], both: ['reduce', 'no-preference'] } as Record<string, ('reduce' | 'no-preference')[]>
  )[process.argv[5] ?? 'both']!;
  const which = process.argv[6] ?? 'all';
  // `loaded` after the other arguments: the bench's loaded condition (bench/load.ts) for the whole run.
  const spinner = process.argv.slice(7).includes('loaded') ? startSpinner() : null;
  // How each side presses its keys (timeStep's KeyRelease, its default if unset), `A,B`: e.g.
  // AB_BUILD_RELEASE=quick,held over one build twice compares the two ways of pressing.
  const release = (process.env.AB_BUILD_RELEASE?.split(',') ?? []) as KeyRelease[];
  const steady = /^steady:(\d+)$/.exec(which);
  const cycles = steady ? Number(process.env.STEADY_CYCLES ?? 8) : 1;
  const { hub, bridges, browser, deck, store, close } = await startBuildPair(a, b, 'briefing-ab-build-');
  const built = setBuilds(store.db, deck.id).filter(([index]) => !steady || index === Number(steady[1]) - 1);
  /** Steady mode: Chromium's CPU ms per step by process type, each run's. */
  const steadyCpu: Map<string, number[]>[] = [new Map(), new Map()];
  const run = async (w: 0 | 1, reducedMotion: 'reduce' | 'no-preference'): Promise<Sample[]> => {
    const ctx = await newContext(browser, { reducedMotion });
    const out: Sample[] = [];
    try {
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      const busy = async () =>
        ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      let before = 0;
      let cpu0 = new Map<string, number>();
      await walkBuilds({
        page,
        hub,
        built,
        total: deck.n,
        release: release[w],
        // Steady: one cycle not counted, then `cycles` counted.
        rounds: steady ? cycles + 1 : 1,
        open: async (index) => {
          hub.act({ type: 'open', deckId: deck.id, total: deck.n, index });
          await page.goto(bridges[w].url);
          await page
            .getByTestId('slide-number')
            .filter({ hasText: `${index + 1} / ${deck.n}` })
            .waitFor({ timeout: 60_000 });
        },
        onSlide: ({ chart, round }) => {
          if (steady && round === 1) cpu0 = chromiumCpu();
          return !((which === 'chart' && !chart) || (which === 'other' && chart));
        },
        beforeStep: async () => {
          before = await busy();
        },
        onStep: async ({ chart, round, i, ms }) => {
          const spent = (await busy()) - before;
          if (!steady || round > 0) out.push({ ms, busy: spent, first: i === 0 && !steady, chart });
        },
      });
      if (steady) {
        const steps = out.length;
        for (const [type, ms] of chromiumCpu())
          steadyCpu[w].set(type, [...(steadyCpu[w].get(type) ?? []), (ms - (cpu0.get(type) ?? 0)) / steps]);
      }
    } finally {
      await ctx.close();
    }
    return out;
  };
  const all: Sample[][] = [[], []];
  const p95s: number[][] = [[], []];
  /** Chromium's CPU ms per step, each run's (all its processes, by type: renderer, GPU, browser…). */
  const cpu: Map<string, number[]>[] = [new Map(), new Map()];
  try {
    for (let r = 0; r < rounds; r++)
      for (const motion of motions)
        for (const w of (r % 2 ? [1, 0] : [0, 1]) as (0 | 1)[]) {
          const before = chromiumCpu();
          const xs = await run(w, motion);
          const after = chromiumCpu();
          for (const [type, ms] of after) {
            const per = (ms - (before.get(type) ?? 0)) / xs.length;
            cpu[w].set(type, [...(cpu[w].get(type) ?? []), per]);
          }
          all[w].push(...xs);
          p95s[w].push(
            stats(
              xs.map((x) => x.ms),
              true,
            ).p95!,
          );
          console.error(`round ${r + 1} ${motion} ${w ? 'B' : 'A'}: p95 ${p95s[w].at(-1)!.toFixed(1)} ms`);
        }
  } finally {
    await spinner?.stop();
    await close();
  }
  const describe = (xs: Sample[]) => {
    const s = stats(
      xs.map((x) => x.ms),
      true,
    );
    return `p50 ${s.p50?.toFixed(1)} p95 ${s.p95?.toFixed(1)} ms (n=${s.n})`;
  };
  for (const [w, name] of [
    [0, 'A'],
    [1, 'B'],
  ] as const) {
    const xs = all[w];
    console.log(
      `${name}: all ${describe(xs)}; first step after the jump ${describe(xs.filter((x) => x.first))}; ` +
        `later steps ${describe(xs.filter((x) => !x.first))}; chart slides ${describe(xs.filter((x) => x.chart))}; ` +
        `main thread busy per step median ${stats(xs.map((x) => x.busy)).median.toFixed(1)} ms; Chromium CPU per step ` +
        `(the show's opening and the jumps included), median of runs: ${[...cpu[w]].map(([t, v]) => `${t} ${stats(v).median.toFixed(1)} ms`).join(', ')}` +
        (steady ? `; steady steps only: ${[...steadyCpu[w]].map(([t, v]) => `${t} ${stats(v).median.toFixed(2)} ms`).join(', ')}` : ''),
    );
  }
  const ratios = stats(p95s[0].map((x, i) => x / p95s[1][i]!));
  console.log(`rounds' p95 A/B paired median ${ratios.median.toFixed(3)} (${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
