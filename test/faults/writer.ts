/**
 * Fault-suite child: edits figures in a loop and acknowledges each committed edit on stdout, so the parent
 * can kill -9 it at any moment and then check that every acknowledged change survived.
 * Usage: writer.ts <db> <mode: edits|increment|faulty|hold> [count] [every | gate]
 * faulty: the edits loop under injected write errors (eio.c, preloaded by the parent): every <every>th
 * write fails; a failed edit is reported as `fail <code>` and never acknowledged. Also used on a full disk.
 * increment: with a gate file named, waits for it before writing (so two writers start together).
 * hold: another program holding the write lock: one edit inside BEGIN IMMEDIATE, held <count> ms, committed.
 */
import { existsSync, writeSync } from 'node:fs';
import { openStore } from '../../src/main/store';
import { updateFigure } from '../../src/main/store/edits';
import { StoreError } from '../../src/main/store/errors';

const [db, mode = 'edits', countArg = '1000000', fourth = ''] = process.argv.slice(2);
const every = mode === 'faulty' ? fourth : '';
const gate = mode === 'increment' ? fourth : '';
const store = openStore(db, { dailyBackup: false, seal: true }); // as the app opens its own store
const figureIds = (store.db.prepare('SELECT id FROM figures ORDER BY id LIMIT 20').all() as { id: number }[]).map((r) => r.id);
const versionOf = (id: number) =>
  store.db.prepare('SELECT version, value_text AS v FROM figures WHERE id = ?').get(id) as { version: number; v: string };

writeSync(1, 'ready\n');
// With a gate file named, start only once the parent creates it (so two writers start together).
const nap = new Int32Array(new SharedArrayBuffer(4));
while (gate && !existsSync(gate)) Atomics.wait(nap, 0, 0, 2);
if (mode === 'faulty') {
  process.env.FAULT_EVERY = every; // the shim reads it at each write: faults start now, after the open
  let failed = 0;
  for (let i = 1; i <= Number(countArg); i++) {
    const id = figureIds[i % figureIds.length];
    const valueText = String(1000 + i);
    try {
      const { version } = versionOf(id);
      updateFigure(store.db, id, version, { valueText, unit: '亿元' }, `故障测试第${i}次`);
      writeSync(1, `ack ${id} ${version + 1} ${valueText}\n`);
    } catch (e) {
      failed++;
      writeSync(1, `fail ${(e as { code?: string }).code ?? (e as Error).message.slice(0, 40)}\n`);
    }
  }
  delete process.env.FAULT_EVERY;
  writeSync(1, `done failed ${failed}\n`);
} else if (mode === 'edits') {
  for (let i = 1; i <= Number(countArg); i++) {
    const id = figureIds[i % figureIds.length];
    const { version } = versionOf(id);
    const valueText = String(1000 + i);
    updateFigure(store.db, id, version, { valueText, unit: '亿元' }, `故障测试第${i}次`);
    // Only now, after COMMIT returned, is the change acknowledged.
    writeSync(1, `ack ${id} ${version + 1} ${valueText}\n`);
  }
} else if (mode === 'hold') {
  store.db.exec('BEGIN IMMEDIATE');
  const id = figureIds[1];
  const { version } = versionOf(id);
  updateFigure(store.db, id, version, { valueText: '8765', unit: '亿元' }, '另一个程序的写入');
  writeSync(1, 'locked\n');
  Atomics.wait(nap, 0, 0, Number(countArg));
  store.db.exec('COMMIT');
  writeSync(1, `ack ${id} ${version + 1} 8765\n`);
} else {
  // Read-modify-write increments of one figure, retrying on conflict: two of these must not lose an update.
  const id = figureIds[0];
  let done = 0;
  let conflicts = 0;
  while (done < Number(countArg)) {
    const { version, v } = versionOf(id);
    // As in the app, an edit is made against a version read a moment before (there, seconds before).
    Atomics.wait(nap, 0, 0, Math.random() * 3);
    try {
      updateFigure(store.db, id, version, { valueText: String(Number(v) + 1), unit: '个' }, '并发递增');
      done++;
    } catch (e) {
      if (!(e instanceof StoreError && e.code === 'CONFLICT')) throw e;
      conflicts++;
    }
  }
  writeSync(1, `done ${done} conflicts ${conflicts}\n`);
}
store.close();
