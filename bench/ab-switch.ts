/**
 * `npx tsx bench/ab-switch.ts DIR_A DIR_B [rounds] [switches]`: the judged slide switch (a presenter's pace,
 * reduced motion, the audience view) of two renderer builds (out/renderer directories), in turn — A, B, B, A
 * … — each from its own bridge over one store and hub, timed by the switch bench's own harness
 * (bench/deck.ts timeSwitches). Each round opens a fresh page of each build at slide 1, warms it with one walk,
 * then times `switches` switches forth and back. Prints each build's p50 and p95 over all its switches and the
 * median of the rounds' paired p95 ratios A/B, so a change is judged against its baseline under the same
 * machine load. A comparison tool, not the bench.
 */
import { resolve } from 'node:path';
import { newContext, startBuildPair } from './app';
import { pingPong, timeSwitches } from './deck';
import { stats } from './lib';

async function main(): Promise<void> {
  const [a, b] = [process.argv[2], process.argv[3]].map((d) => resolve(d ?? ''));
  const rounds = Number(process.argv[4] ?? 6);
  const switches = Number(process.argv[5] ?? 40);
  const { hub, bridges, browser, deck, close } = await startBuildPair(a, b, 'briefing-ab-switch-');
  const run = async (which: 0 | 1): Promise<number[]> => {
    const ctx = await newContext(browser, { reducedMotion: 'reduce' });
    try {
      const page = await ctx.newPage();
      hub.act({ type: 'open', deckId: deck.id, total: deck.n, index: 0 });
      await page.goto(bridges[which].url);
      await page
        .getByTestId('slide-number')
        .filter({ hasText: `1 / ${deck.n}` })
        .waitFor({ timeout: 60_000 });
      const warm = pingPong(deck.n, deck.n * 2 - 2);
      await timeSwitches(page, warm.keys, warm.expect, deck.n, 'rapid');
      const plan = pingPong(deck.n, switches);
      return (await timeSwitches(page, plan.keys, plan.expect, deck.n, 'presenter')).map((s) => s.complete);
    } finally {
      await ctx.close();
    }
  };
  const all: number[][] = [[], []];
  const p95s: number[][] = [[], []];
  try {
    for (let r = 0; r < rounds; r++) {
      for (const w of (r % 2 ? [1, 0] : [0, 1]) as (0 | 1)[]) {
        const xs = await run(w);
        all[w].push(...xs);
        p95s[w].push(stats(xs, true).p95!);
      }
      console.error(`round ${r + 1}: p95 A ${p95s[0].at(-1)!.toFixed(1)} B ${p95s[1].at(-1)!.toFixed(1)} ms`);
    }
  } finally {
    await close();
  }
  const [sa, sb] = all.map((xs) => stats(xs, true));
  const ratios = stats(p95s[0].map((x, i) => x / p95s[1][i]));
  console.log(
    `switch: A p50 ${sa.p50!.toFixed(1)} p95 ${sa.p95!.toFixed(1)} ms (n=${all[0].length}), B p50 ${sb.p50!.toFixed(1)} p95 ${sb.p95!.toFixed(1)} ms (n=${all[1].length}); rounds' p95 A/B paired median ${ratios.median.toFixed(3)} (${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)})`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
