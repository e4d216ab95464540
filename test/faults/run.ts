/**
 * `npm run test:faults`: crash, corrupt, fill and race the store, then prove nothing committed was lost.
 * Prints a table — scenario, trials, committed changes lost (must be 0), result — and exits non-zero on
 * any loss or failure, and on any scenario that ran no trial (could not set up its condition).
 * Real processes, real kill -9, real SQLite files.
 */
import { injected } from './injected';
import { lockScenarios } from './lock-wait';
import { scenarios } from './scenarios';

async function main(): Promise<void> {
  const trialsScale = Number(process.env.FAULT_TRIALS_SCALE ?? 1);
  const rows: { scenario: string; trials: number; lost: number; result: string }[] = [];
  // FAULT_ONLY=<part of a name> runs the matching scenarios only (while working on one).
  const only = process.env.FAULT_ONLY;
  for (const s of [...scenarios, ...lockScenarios, ...injected].filter((x) => !only || x.name.includes(only))) {
    const t0 = Date.now();
    try {
      const r = await s.run(Math.max(1, Math.round(s.trials * trialsScale)));
      // A scenario that ran no trial proved nothing: it fails, whatever it says.
      const passed = r.lost === 0 && r.ok && r.trials >= 1;
      rows.push({
        scenario: s.name,
        trials: r.trials,
        lost: r.lost,
        result: passed ? `ok (${r.note})` : `FAIL (${r.trials < 1 ? 'not run: ' : ''}${r.note})`,
      });
    } catch (e) {
      rows.push({ scenario: s.name, trials: 0, lost: -1, result: `FAIL (${(e as Error).message})` });
    }
    process.stderr.write(`  ${s.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const w = Math.max(...rows.map((r) => [...r.scenario].length));
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
  console.log(`\n${pad('scenario', w)}  trials  lost  result`);
  console.log(`${'-'.repeat(w)}  ------  ----  ------`);
  for (const r of rows) console.log(`${pad(r.scenario, w)}  ${String(r.trials).padStart(6)}  ${String(r.lost).padStart(4)}  ${r.result}`);
  const failed = rows.filter((r) => r.result.startsWith('FAIL')).length;
  console.log(`\n${rows.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

void main();
