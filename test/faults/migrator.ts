/**
 * Fault-suite child: runs the migrations plus a slow extra step, announcing when that step has begun, so
 * the parent can kill -9 it mid-migration. Usage: migrator.ts <db> <extraVersion>
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../src/main/store/db';
import { MIGRATIONS } from '../../src/main/store/migrations';

const [db, version] = process.argv.slice(2);
openDatabase(db, {
  migrations: [
    ...MIGRATIONS,
    {
      version: Number(version),
      name: 'a slow step that rewrites every figure',
      up(d) {
        writeSync(1, 'step-started\n');
        const touch = d.prepare("UPDATE figures SET label = label || '·' WHERE id = ?");
        for (let round = 0; ; round++) for (let id = 1; id <= 63; id++) touch.run(id); // until killed
      },
    },
  ],
});
