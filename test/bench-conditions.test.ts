/**
 * Issue 24, item 3: the bench's second condition. The spinner really spins (one thread per core asked for) and
 * stops when told, or when its bound runs out (counted by its own rounds, so a busy machine cannot make
 * this flaky); a measure passes only if it passes under each condition.
 */
import { describe, expect, it } from 'vitest';
import { judgeConditions, row, stats } from '../bench/lib';
import { startSpinner, underEach, type Spinner } from '../bench/load';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait (up to 20 s) until the spinner has done some rounds. */
async function spinning(s: Spinner): Promise<void> {
  for (let i = 0; i < 200 && s.rounds() === 0; i++) await sleep(100);
  expect(s.rounds()).toBeGreaterThan(0);
}

/** Whether the spinner's rounds still grow over `ms`. */
async function grows(s: Spinner, ms = 400): Promise<boolean> {
  const before = s.rounds();
  await sleep(ms);
  return s.rounds() > before;
}

describe('the load condition', { timeout: 30_000 }, () => {
  it('spins while started, and not once stopped', async () => {
    const spinner = startSpinner(60_000, 2);
    expect(spinner.threads).toBe(2);
    await spinning(spinner);
    expect(await grows(spinner)).toBe(true);
    await spinner.stop();
    expect(await grows(spinner)).toBe(false);
  });

  it('stops by itself at its bound', async () => {
    const spinner = startSpinner(300, 1);
    await spinning(spinner);
    await sleep(400);
    expect(await grows(spinner)).toBe(false);
    await spinner.stop();
  });

  it('underEach measures as is, then loaded, and stops the spinner even when the measure throws', async () => {
    const seen: string[] = [];
    await expect(
      underEach(['as is', 'loaded'], async (c) => {
        seen.push(c);
        if (c === 'loaded') throw new Error('measure failed');
        return c;
      }),
    ).rejects.toThrow('measure failed');
    expect(seen).toEqual(['as is', 'loaded']);
  });
});

describe('a verdict over both conditions', () => {
  const target = { value: 1.2, direction: 'max' as const, ratio: true, text: '≤ 1.2× floor' };
  const measure = (id: string, condition: string, median: number) => ({
    ...row({ id, group: 'g', name: id, unit: 'ms', stats: stats([median]), floor: { name: 'f', stats: stats([100]) }, target }),
    condition,
  });

  it('passes only when every condition passes', () => {
    const judged = judgeConditions([
      measure('a', 'as is', 110),
      measure('a', 'loaded', 130),
      measure('b', 'as is', 110),
      measure('b', 'loaded', 115),
    ]);
    expect(judged.map((r) => [r.id, r.condition, r.verdict, r.judged])).toEqual([
      ['a', 'as is', 'PASS', 'MISS'],
      ['a', 'loaded', 'MISS', 'MISS'],
      ['b', 'as is', 'PASS', 'PASS'],
      ['b', 'loaded', 'PASS', 'PASS'],
    ]);
  });
});
