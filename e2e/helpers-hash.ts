/** A hash of every row of every table: proves a refused action wrote nothing. */
import { createHash } from 'node:crypto';
import type { DB } from '../src/main/store';

export function contentHashOf(db: DB): string {
  const h = createHash('sha256');
  for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()) h.update(name + JSON.stringify(row));
  return h.digest('hex');
}
