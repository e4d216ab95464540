/** Where the bundled resources live, for every runtime (tsx from the repo, the built main, a packaged app). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Walk up from `start` to the folder that holds resources/reports. */
export function findResourcesDir(start: string = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'reports'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the bundled resources folder above ${start}`);
    dir = parent;
  }
}

/** The bundled reports seeded into every new store, in order. */
export function bundledReports(resourcesDir: string): string[] {
  return [join(resourcesDir, 'reports', 'cq-2015')];
}
