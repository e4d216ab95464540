/** The import directions of DESIGN.md are lint errors; prove the rules catch a violation in each room. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const eslint = new ESLint({ cwd: ROOT });

async function errorsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  it.each([
    ['src/shared/x.ts', "import { app } from 'electron';\nexport const x = app;", /pure TypeScript/],
    ['src/shared/x.ts', "import { openStore } from '../main/store';\nexport const x = openStore;", /imports nothing of ours/],
    ['src/main/store/x.ts', "import { dispatch } from '../api/dispatch';\nexport const x = dispatch;", /below api/],
    ['src/main/x.ts', "import { api } from '../renderer/lib/api';\nexport const x = api;", /never imports the renderer/],
    ['src/renderer/state/x.ts', "import { openStore } from '../../main/store';\nexport const x = openStore;", /never imports main-process/],
    ['src/renderer/state/x.ts', 'export const x = () => fetch("/api/x");', /only src\/renderer\/lib\/api.ts/],
    ['src/renderer/charts/x.ts', "import { api } from '../lib/api';\nexport const x = api;", /never fetch/],
    ['src/preload/x.ts', "import { REQUESTS } from '../shared/api';\nexport const x = REQUESTS;", /types from api.ts/],
  ])('%s: %s is an error', async (file, code, message) => {
    const errors = await errorsFor(file, code);
    expect(errors.join('\n')).toMatch(message);
  });

  it('allows what the design allows', async () => {
    expect(await errorsFor('src/main/api/x.ts', "import { listReports } from '../store/reports';\nexport const x = listReports;")).toEqual([]);
    expect(await errorsFor('src/preload/x.ts', "import type { BridgeApi } from '../shared/api';\nexport type X = BridgeApi;")).toEqual([]);
    expect(await errorsFor('src/renderer/lib/api.ts', 'export const x = () => fetch("/api/x");')).toEqual([]);
  });
});
