/**
 * `npx tsx bench/ab-first.ts DIR_A DIR_B [rounds]`: the first chart slide of two renderer builds (out/renderer
 * directories), loaded in turn — A, B, A, B … — each from its own bridge over one store and hub, as the
 * first-slide bench loads the app: cold (a fresh context, reduced motion) and warm (a new page in a profile on
 * disk that has loaded it twice before). Prints each build's medians and the median of the paired ratios A/B,
 * so a change is judged against its baseline under the same machine load. A comparison tool, not the bench.
 */
import { resolve } from 'node:path';
import { getDeck } from '../src/main/store/decks';
import { readGeometry } from '../src/main/store/window-geometry';
import {
  checkServedFrame,
  firstPaintOf,
  firstPaintProbe,
  firstSlideCondition,
  newContext,
  persistentContext,
  servedFrameKey,
  startBuildPair,
} from './app';
import { stats } from './lib';

/** Whether the app page `url` serves carries a chart picture made by main, waiting up to `ms` for one. */
async function pictureServed(url: string, ms = 60_000): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if ((await (await fetch(url)).text()).includes('"picture":{')) return true;
    if (Date.now() > until) return false;
    await new Promise((done) => setTimeout(done, 500));
  }
}

async function main(): Promise<void> {
  const [a, b] = [process.argv[2], process.argv[3]].map((d) => resolve(d ?? ''));
  const rounds = Number(process.argv[4] ?? 10);
  const { store, hub, handlers, bridges, browser, deck, close } = await startBuildPair(a, b, 'briefing-ab-');
  const index = getDeck(store.db, deck.id)!.slides.findIndex((s) => s.chart);
  const want = `${index + 1} / ${deck.n}`;
  const profiles = await Promise.all([0, 1].map(() => persistentContext({ reducedMotion: 'reduce' })));
  // Loads whose first frame was main's served first frame (src/main/web/first-frame.ts), per build.
  const framed = [0, 0];
  const load = async (which: 0 | 1, warm: boolean) => {
    const ctx = warm ? profiles[which].context : await newContext(browser, { reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    hub.act({ type: 'open', deckId: deck.id, total: deck.n, index });
    // The live slide complete, or main's served frame of exactly what this page opens (bench/app.ts).
    await page.addInitScript(firstPaintProbe(firstSlideCondition(want, servedFrameKey({ handlers }, [a, b][which]))));
    await page.goto(`${bridges[which].url}`);
    const ms = await firstPaintOf(page, `build ${which ? 'B' : 'A'}`);
    if (await checkServedFrame(page, want, `build ${which ? 'B' : 'A'}`)) framed[which]++;
    else if (process.env.AB_FIRST_FRAMES) console.error(`build ${which ? 'B' : 'A'} ${warm ? 'warm' : 'cold'}: no served frame counted`);
    await (warm ? page.close() : ctx.close());
    return ms;
  };
  const out = { cold: [[], []] as number[][], warm: [[], []] as number[][] };
  try {
    for (let i = 0; i < 2; i++) for (const w of [0, 1] as const) await load(w, true);
    // A session before these: each build's window open a few seconds, as a user's is. A window that reports
    // its geometry (shared/window-geometry.ts) has the main process make its first chart's picture for the
    // next cold window (main/charts/picture-refresh.ts); a build that does not is unchanged by this.
    for (const w of [0, 1] as const) {
      const ctx = await newContext(browser, { reducedMotion: 'reduce' });
      await (await ctx.newPage()).goto(bridges[w].url);
      // Until the window has reported (its build does), or a few seconds (it does not).
      const until = Date.now() + (w ? 30_000 : 5_000);
      while (!readGeometry(store.db) && Date.now() < until) await new Promise((done) => setTimeout(done, 200));
      await ctx.close();
    }
    for (const w of [0, 1] as const)
      console.error(`build ${w ? 'B' : 'A'}: main's picture served ${await pictureServed(bridges[w].url, w ? 60_000 : 2_000)}`);
    for (let r = 0; r < rounds; r++) {
      for (const kind of ['cold', 'warm'] as const)
        for (const w of (r % 2 ? [1, 0] : [0, 1]) as (0 | 1)[]) out[kind][w].push(await load(w, kind === 'warm'));
      console.error(
        `round ${r + 1}: cold A ${out.cold[0].at(-1)!.toFixed(0)} B ${out.cold[1].at(-1)!.toFixed(0)}; warm A ${out.warm[0].at(-1)!.toFixed(0)} B ${out.warm[1].at(-1)!.toFixed(0)}`,
      );
    }
  } finally {
    await Promise.all(profiles.map((p) => p.close()));
    await close();
  }
  console.log(`main's served first frame counted: build A ${framed[0]}, build B ${framed[1]} loads (of ${rounds * 2} each)`);
  for (const kind of ['cold', 'warm'] as const) {
    const [sa, sb] = out[kind].map((xs) => stats(xs));
    const ratios = stats(out[kind][0].map((x, i) => x / out[kind][1][i]));
    console.log(
      `${kind}: A median ${sa.median.toFixed(0)} ms (${sa.min.toFixed(0)}–${sa.max.toFixed(0)}), B median ${sb.median.toFixed(0)} ms (${sb.min.toFixed(0)}–${sb.max.toFixed(0)}); A/B paired median ${ratios.median.toFixed(3)} (${ratios.min.toFixed(2)}–${ratios.max.toFixed(2)})`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
