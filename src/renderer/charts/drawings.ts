/**
 * Charts drawn for print (SvgChart) register the promise of their drawing here; the print page
 * (print/ready.ts) waits for all of them before it reports ready.
 */
const pending = new Set<Promise<unknown>>();

export function trackChart(p: Promise<unknown>): void {
  pending.add(p);
}

/** Resolves once every chart registered so far has drawn (rejects with the first failure). */
export async function chartsDrawn(): Promise<number> {
  await Promise.all(pending);
  return pending.size;
}
