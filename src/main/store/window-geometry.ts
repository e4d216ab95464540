/**
 * The geometry the app's windows last drew their slides at (shared/window-geometry.ts), as the last window
 * reported it ('window.geometry'): one row of the meta table, read at the next start so the main process
 * makes the first chart's picture for the window that will open (charts/picture-refresh.ts).
 */
import { REQUESTS } from '../../shared/api';
import type { WindowGeometry } from '../../shared/window-geometry';
import type { DB } from './db';

const KEY = 'window_geometry';

/** The last geometry reported, or null (none yet, or a row that is not one). */
export function readGeometry(db: DB): WindowGeometry | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return null;
  try {
    const parsed = REQUESTS['window.geometry'].safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keep `g` as the last geometry; whether it differs from the one kept (only then is the row written). */
export function keepGeometry(db: DB, g: WindowGeometry): boolean {
  const value = JSON.stringify(g);
  const info = db
    .prepare(
      `INSERT INTO meta (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value`,
    )
    .run(KEY, value);
  return info.changes > 0;
}
