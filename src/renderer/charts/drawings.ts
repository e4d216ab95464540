/**
 * Charts drawn for print (SvgChart) register the promise of their drawing here; the print page
 * (print/ready.ts) waits for all of them before it reports ready. They draw in one pass (drawInOnePass).
 */
const pending = new Set<Promise<unknown>>();

function trackChart(p: Promise<unknown>): void {
  pending.add(p);
  // Settled drawings leave the set: a page laid out again many times (a batch) waits only for its own.
  p.then(
    () => pending.delete(p),
    () => {},
  );
}

/** Resolves once every chart registered so far has drawn (rejects with the first failure). */
export async function chartsDrawn(): Promise<void> {
  await Promise.all(pending);
}

interface Job {
  measure(): unknown;
  paint(measured: unknown): void;
  done(): void;
  fail(e: unknown): void;
}

/** Charts whose fonts are still loading; the charts ready to draw once none is. */
let loading = 0;
let ready: Job[] = [];

/** What a chart mounted from now on also waits for before it measures (drawChartsAfter); never rejects. */
let gate: Promise<unknown> = Promise.resolve();

/**
 * Charts mounted after this call draw only once `settled` has settled as well as their fonts (the print page:
 * once its own text's fonts are in and it has been laid out, see PrintApp). It must settle: until it does,
 * no chart drawn in one pass with these draws.
 */
export function drawChartsAfter(settled: Promise<unknown>): void {
  gate = settled.then(
    () => {},
    () => {},
  );
}

/**
 * Draw a print chart once its fonts have loaded, together with every other chart mounted with it: first
 * every chart measures its box and reads its theme, then every chart draws. A chart that measured, drew and
 * inserted its SVG in turn made the next one's measure lay out the whole document again (ten charts: ~200 ms
 * of a slides PDF's ~1 s page).
 */
export function drawInOnePass<M>(fonts: Promise<unknown>, measure: () => M, paint: (measured: M) => void): Promise<void> {
  loading++;
  const drawn = new Promise<void>((done, fail) => {
    Promise.all([fonts, gate])
      .then(
        () => void ready.push({ measure, paint: paint as (m: unknown) => void, done, fail }),
        (e: unknown) => fail(e),
      )
      .finally(() => {
        if (--loading === 0) drawReady();
      });
  });
  trackChart(drawn);
  return drawn;
}

function drawReady(): void {
  const jobs = ready;
  ready = [];
  performance.mark(`charts: ${jobs.length} fonts loaded`);
  const measured = jobs.map((j) => {
    try {
      return { ok: true as const, value: j.measure() };
    } catch (e) {
      return { ok: false as const, error: e };
    }
  });
  performance.mark('charts measured');
  jobs.forEach((j, i) => {
    const m = measured[i] as { ok: true; value: unknown } | { ok: false; error: unknown };
    if (!m.ok) return j.fail(m.error);
    try {
      j.paint(m.value);
      j.done();
    } catch (e) {
      j.fail(e);
    }
  });
  performance.mark('charts drawn');
}
