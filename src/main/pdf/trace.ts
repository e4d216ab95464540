/**
 * BRIEFING_EXPORT_TRACE=1: the exporter prints when each step ended, in ms since the process started
 * (`export-pdf +412 ms (this process's CPU 230 ms) launched`), to stderr. How the profile of a cold export was taken; silent otherwise.
 */
import { performance } from 'node:perf_hooks';

export const mark: (step: string) => void = process.env.BRIEFING_EXPORT_TRACE
  ? (step) => {
      const { user, system } = process.cpuUsage();
      process.stderr.write(
        `export-pdf +${performance.now().toFixed(0)} ms (this process's CPU ${((user + system) / 1000).toFixed(0)} ms) ${step}\n`,
      );
    }
  : () => {};
