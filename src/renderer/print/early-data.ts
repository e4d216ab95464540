/**
 * The print page's `briefing.open`, sent before the shared chunk (Svelte, Chart.js, the layouts) is
 * evaluated: main.ts imports this first, and it is a chunk of its own (electron.vite.config.ts), so the
 * answer is on its way while that chunk runs instead of being asked for only once PrintApp has mounted.
 *
 * A page laid out again for the next layout of a batch (PRINT_RELAYOUT) prints the answer its first layout
 * had: one state of the store for every file of the batch, and no second round trip. The answers live as
 * long as the page, which one export opens and closes: nothing is kept between exports.
 */
import type { AppApi } from '../../shared/api';
import type { PrintOptions } from '../../shared/print';
import { api } from '../lib/api';

type Named = Pick<PrintOptions, 'reportId' | 'reportKey'>;
type OpenAnswer = ReturnType<AppApi['briefing.open']>;

const answers = new Map<string, OpenAnswer>();

/** The bridge's answer for the report `named` names (none: the current one), asked for once per page. */
export function openForPrint(named: Named, open: AppApi['briefing.open'] = api['briefing.open']): OpenAnswer {
  const { reportId, reportKey } = named;
  const key = JSON.stringify([reportId ?? null, reportKey ?? null]);
  let answer = answers.get(key);
  if (!answer) {
    answer = open({ ...(reportId === undefined ? {} : { reportId }), ...(reportKey === undefined ? {} : { reportKey }) });
    answer.catch(() => answers.delete(key)); // a failure is reported by the layout that awaits it; the next one asks again
    answers.set(key, answer);
  }
  return answer;
}

/**
 * The report the address names, read as parsePrintQuery reads it. Not imported from shared/print: the app
 * page's own chunks use that module, and this chunk must import nothing the shared chunk holds. Were the two
 * ever to differ, PrintApp's load would only ask again (test/renderer/print-early-data.test.ts checks they agree).
 */
export function namedInQuery(search: string): Named {
  const report = new URLSearchParams(search).get('report')?.trim();
  return !report ? {} : /^\d+$/.test(report) ? { reportId: Number(report) } : { reportKey: report };
}

/** Ask now, for the report the page's address names (a bad address is reported by PrintApp, as before). */
export function openEarly(search = window.location.search): void {
  openForPrint(namedInQuery(search)).catch(() => {});
}

if (typeof document !== 'undefined' && document.getElementById('print')) openEarly();
