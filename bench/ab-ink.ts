/**
 * `npx tsx bench/ab-ink.ts DIR_A DIR_B [rounds] [strokes] [loaded]`: the ink bench's measure (bench/builds-ink.ts
 * inkStroke: a pen stroke drawn in the presenter view, 150 mouse moves 8 ms apart; the audience window counts its
 * frames that drew new ink) for two renderer builds (out/renderer directories), in turn — A, B, B, A … — each
 * from its own bridge over one store and hub, a fresh pair of windows a run. Prints each build's ink frame rate
 * and the audience window's own frame rate (median and min of the strokes), and the median of the rounds'
 * paired ratios A/B. `loaded`: the bench's spinner on every core. A comparison tool, not the bench.
 */
import { resolve } from 'node:path';
import { newContext, startBuildPair } from './app';
import { eraseInk, inkStroke } from './builds-ink';
import { stats } from './lib';
import { startSpinner } from './load';
import { newWindow } from './window';

async function main(): Promise<void> {
  const [a, b] = [process.argv[2], process.argv[3]].map((d) => resolve(d ?? ''));
  const rounds = Number(process.argv[4] ?? 3);
  const strokes = Number(process.argv[5] ?? 8);
  const loaded = process.argv[6] === 'loaded';
  const { hub, bridges, browser, deck, close } = await startBuildPair(a, b, 'briefing-ab-ink-');
  const spinner = loaded ? startSpinner() : null;
  const url = (w: 0 | 1, path: string) => `${bridges[w].origin}${path}?token=${bridges[w].token}`;
  const run = async (w: 0 | 1): Promise<{ ink: number[]; fps: number[] }> => {
    const ctx = await newContext(browser, { reducedMotion: 'reduce' });
    try {
      hub.act({ type: 'inkClear', scope: 'all' });
      hub.act({ type: 'open', deckId: deck.id, total: deck.n, index: 1 });
      const audience = await newWindow(ctx);
      const presenter = await newWindow(ctx);
      await presenter.setViewportSize({ width: 1366, height: 768 });
      const want = `2 / ${deck.n}`;
      await audience.goto(url(w, '/'));
      await audience.getByTestId('slide-number').filter({ hasText: want }).waitFor({ timeout: 60_000 });
      await presenter.goto(url(w, '/presenter'));
      await presenter.getByTestId('slide-number').filter({ hasText: want }).waitFor({ timeout: 60_000 });
      await presenter.keyboard.press('p');
      const out = { ink: [] as number[], fps: [] as number[] };
      for (let i = 0; i < strokes; i++) {
        const s = await inkStroke(presenter, audience, 150, 8);
        out.ink.push(s.inkFps);
        out.fps.push(s.fps);
        if (i % 10 === 9) await eraseInk(presenter, audience);
      }
      await eraseInk(presenter, audience);
      return out;
    } finally {
      await ctx.close();
    }
  };
  const all = [
    { ink: [] as number[], fps: [] as number[] },
    { ink: [] as number[], fps: [] as number[] },
  ];
  const medians: number[][] = [[], []];
  try {
    for (let r = 0; r < rounds; r++)
      for (const w of (r % 2 ? [1, 0] : [0, 1]) as (0 | 1)[]) {
        const x = await run(w);
        all[w].ink.push(...x.ink);
        all[w].fps.push(...x.fps);
        medians[w].push(stats(x.ink).median);
        console.error(
          `round ${r + 1} ${w ? 'B' : 'A'}: ink ${medians[w].at(-1)!.toFixed(1)} fps, own ${stats(x.fps).median.toFixed(1)} fps`,
        );
      }
  } finally {
    await spinner?.stop();
    await close();
  }
  for (const [w, name] of [
    [0, 'A'],
    [1, 'B'],
  ] as const) {
    const ink = stats(all[w].ink);
    const fps = stats(all[w].fps);
    console.log(
      `${name}: ink ${ink.median.toFixed(1)} fps (min ${ink.min.toFixed(1)}), audience window ${fps.median.toFixed(1)} fps ` +
        `(min ${fps.min.toFixed(1)}), ${ink.n} strokes${loaded ? ', loaded' : ''}`,
    );
  }
  const ratios = stats(medians[0].map((x, i) => x / medians[1][i]!));
  console.log(`rounds' ink fps A/B paired median ${ratios.median.toFixed(3)} (${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
