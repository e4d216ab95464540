/** The import directions of docs/ARCHITECTURE.md are lint errors; prove the rules catch a violation in each room. */
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
    // The renderer's floors: lib < charts < state < slides < views; nothing imports print/.
    ['src/renderer/lib/x.ts', "import { settings } from '../state/settings.svelte';\nexport const x = settings;", /lib\/ sits below/],
    ['src/renderer/lib/x.ts', "import { buildChart } from '../charts/build';\nexport const x = buildChart;", /lib\/ sits below/],
    ['src/renderer/charts/x.ts', "import { sectionsOf } from '../slides/sections';\nexport const x = sectionsOf;", /charts\/ sits below/],
    ['src/renderer/state/x.ts', "import { windowOf } from '../views/data/rows';\nexport const x = windowOf;", /state\/ sits below/],
    [
      'src/renderer/slides/X.svelte',
      '<script lang="ts">\n  import Stage from \'../views/common/Stage.svelte\';\n  void Stage;\n</script>\n',
      /slides\/ sits below/,
    ],
    ['src/renderer/state/x.ts', "import { load } from '../print/load';\nexport const x = load;", /nothing imports print/],
    [
      'src/renderer/App.svelte',
      '<script lang="ts">\n  import PrintApp from \'./print/PrintApp.svelte\';\n  void PrintApp;\n</script>\n',
      /nothing imports print/,
    ],
    ['src/renderer/views/deck/x.ts', "import { load } from '../../print/load';\nexport const x = load;", /nothing imports print/],
    ['src/renderer/print/x.ts', "import { laser } from '../views/common/laser';\nexport const x = laser;", /never a screen of views/],
    // Screens import views/common, never each other; views/common imports no screen.
    [
      'src/renderer/views/presenter/X.svelte',
      '<script lang="ts">\n  import B from \'../data/ChecksPanel.svelte\';\n  void B;\n</script>\n',
      /one screen/,
    ],
    ['src/renderer/views/deck/x.ts', "import { windowOf } from '../data/rows';\nexport const x = windowOf;", /one screen/],
    ['src/renderer/views/common/x.ts', "import { windowOf } from '../data/rows';\nexport const x = windowOf;", /never imports one/],
    // Only the Electron shell of main imports electron.
    ['src/main/cli.ts', "import { app } from 'electron';\nexport const x = app;", /only the Electron shell/],
    ['src/main/pdf/export.ts', "import { app } from 'electron';\nexport const x = app;", /only the Electron shell/],
    ['src/main/web/server.ts', "import { app } from 'electron';\nexport const x = app;", /only the Electron shell/],
    ['src/main/api/dispatch.ts', "import { app } from 'electron';\nexport const x = app;", /only the Electron shell/],
    ['src/main/default-store.ts', "import { app } from 'electron';\nexport const x = app;", /only the Electron shell/],
  ])('%s: %s is an error', async (file, code, message) => {
    const errors = await errorsFor(file, code);
    expect(errors.join('\n')).toMatch(message);
  });

  it('allows what the design allows', async () => {
    expect(await errorsFor('src/main/api/x.ts', "import { listReports } from '../store/reports';\nexport const x = listReports;")).toEqual(
      [],
    );
    expect(await errorsFor('src/preload/x.ts', "import type { BridgeApi } from '../shared/api';\nexport type X = BridgeApi;")).toEqual([]);
    expect(await errorsFor('src/renderer/lib/api.ts', 'export const x = () => fetch("/api/x");')).toEqual([]);
    const allowed: [string, string][] = [
      ['src/renderer/charts/x.ts', "import { loadBundledFonts } from '../lib/fonts';\nexport const x = loadBundledFonts;"],
      ['src/renderer/state/x.ts', "import { buildChart } from '../charts/build';\nexport const x = buildChart;"],
      ['src/renderer/slides/x.ts', "import { settings } from '../state/settings.svelte';\nexport const x = settings;"],
      ['src/renderer/views/deck/x.ts', "import { laser } from '../common/laser';\nexport const x = laser;"],
      ['src/renderer/views/data/x.ts', "import { sectionsOf } from '../../slides/sections';\nexport const x = sectionsOf;"],
      [
        'src/renderer/print/x.ts',
        "import { sectionsOf } from '../slides/sections';\nimport { settings } from '../state/settings.svelte';\nexport const x = [sectionsOf, settings];",
      ],
      [
        'src/renderer/App.svelte',
        '<script lang="ts">\n  import DeckView from \'./views/deck/DeckView.svelte\';\n  void DeckView;\n</script>\n',
      ],
      ['src/main/windows/x.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;"],
      ['src/main/pdf/electron.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;"],
    ];
    for (const [file, code] of allowed) expect(await errorsFor(file, code), file).toEqual([]);
  });
});
