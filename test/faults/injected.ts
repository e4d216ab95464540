/**
 * The faults SQLite tests itself with, against the real unix VFS and real files:
 *  - I/O errors at every Nth write (eio.c, preloaded into a writer process);
 *  - a real full filesystem (a small tmpfs; mounting needs root, which CI has);
 *  - power loss: the writer frozen (SIGSTOP) mid-transaction, the database and its WAL copied as they stand
 *    on disk, and the copy opened as the machine would find them after a power cut.
 * Each counts committed (acknowledged) edits missing afterwards: it must be 0, and the store must pass
 * integrity_check.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { child, seededStore, sleep, type Outcome, type Scenario } from './scenarios';

type Ack = { id: number; version: number; value: string };
const acksOf = (lines: string[]): Ack[] =>
  lines
    .filter((l) => l.startsWith('ack '))
    .map((l) => {
      const [, id, version, value] = l.split(' ');
      return { id: Number(id), version: Number(version), value };
    });

/** Acknowledged edits the store at `path` does not hold (a later, unacknowledged one may be there too). */
function lostEdits(path: string, acks: Ack[]): { lost: number; intact: boolean } {
  const db = new Database(path);
  const intact = db.pragma('integrity_check', { simple: true }) === 'ok';
  const last = new Map<number, Ack>();
  for (const a of acks) last.set(a.id, a);
  let lost = 0;
  for (const [id, ack] of last) {
    const row = db.prepare('SELECT version, value_text AS v FROM figures WHERE id = ?').get(id) as { version: number; v: string };
    if (row.version < ack.version || (row.version === ack.version && row.v !== ack.value)) lost++;
  }
  const edits = (db.prepare("SELECT count(*) AS n FROM figure_edits WHERE reason LIKE '故障测试%'").get() as { n: number }).n;
  if (edits < acks.length) lost += acks.length - edits;
  db.close();
  return { lost, intact };
}

let shim: string | null | undefined;
/** eio.c built once per run; null when there is no C compiler. */
function buildShim(): string | null {
  if (shim !== undefined) return shim;
  const out = join(mkdtempSync(join(tmpdir(), 'briefing-eio-')), 'eio.so');
  const r = spawnSync('cc', ['-shared', '-fPIC', '-O2', '-o', out, join(__dirname, 'eio.c'), '-ldl'], { encoding: 'utf8' });
  shim = r.status === 0 ? out : null;
  return shim;
}

const ioErrors: Scenario = {
  name: 'I/O error at every Nth write',
  trials: 6,
  async run(trials): Promise<Outcome> {
    const so = buildShim();
    if (!so) return { trials: 0, lost: 0, ok: true, note: 'not run: no C compiler for the write-error shim' };
    let lost = 0;
    let failures = 0;
    let acked = 0;
    let bad = 0;
    const every = [3, 5, 7, 11, 17, 29, 43, 97];
    for (let i = 0; i < trials; i++) {
      const path = seededStore();
      const n = every[i % every.length];
      const c = child('writer.ts', [path, 'faulty', '150', String(n)], { ...process.env, LD_PRELOAD: so, FAULT_PREFIX: path });
      await c.exited;
      await sleep(5);
      const acks = acksOf(c.lines);
      acked += acks.length;
      failures += c.lines.filter((l) => l.startsWith('fail ')).length;
      const r = lostEdits(path, acks);
      lost += r.lost;
      if (!r.intact) bad++;
      // The store opens again as the app opens it, and takes an edit.
      const again = new Database(path);
      again.prepare("UPDATE meta SET value = value WHERE key = 'seeded_at'").run();
      again.close();
    }
    return {
      trials,
      lost,
      ok: bad === 0 && failures > 0 && acked > 0,
      note: `${acked} acknowledged edits, ${failures} refused by an injected EIO, integrity ${bad ? `failed ${bad}×` : 'ok'}`,
    };
  },
};

const fullFilesystem: Scenario = {
  name: 'a real full filesystem (tmpfs)',
  trials: 1,
  async run(): Promise<Outcome> {
    const template = seededStore();
    const dir = mkdtempSync(join(tmpdir(), 'briefing-tmpfs-'));
    const size = Math.ceil((statSync(template).size * 1.3) / 4096) * 4096 + 64 * 1024;
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
    if (mount.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return { trials: 0, lost: 0, ok: true, note: `not run: cannot mount a small tmpfs (${mount.stderr.trim().slice(0, 60)})` };
    }
    try {
      const path = join(dir, 'store.sqlite');
      copyFileSync(template, path);
      // Edits until the disk is full (each edit adds history rows and WAL frames).
      const c = child('writer.ts', [path, 'faulty', '4000', '']);
      await c.exited;
      await sleep(5);
      const acks = acksOf(c.lines);
      const full = c.lines.filter((l) => /^fail SQLITE_FULL/.test(l)).length;
      const r = lostEdits(path, acks);
      return {
        trials: 1,
        lost: r.lost,
        ok: r.intact && full > 0,
        note: `${acks.length} edits saved, then ${full} refused with SQLITE_FULL; integrity ${r.intact ? 'ok' : 'FAILED'}`,
      };
    } finally {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

const powerLoss: Scenario = {
  name: 'power loss (file + WAL copied mid-transaction)',
  trials: 20,
  async run(trials): Promise<Outcome> {
    let lost = 0;
    let bad = 0;
    let acked = 0;
    const path = seededStore();
    const c = child('writer.ts', [path, 'edits']);
    await c.waitFor(/^ack /);
    const snapshots: { dir: string; acks: Ack[] }[] = [];
    try {
      for (let i = 0; i < trials; i++) {
        await sleep(10 + Math.random() * 150);
        c.proc.kill('SIGSTOP'); // the instant of the power cut: whatever reached the files is all there is
        await sleep(30); // acknowledgements already written reach us; none can be added while stopped
        const acks = acksOf(c.lines);
        const dir = mkdtempSync(join(tmpdir(), 'briefing-power-'));
        copyFileSync(path, join(dir, 'store.sqlite'));
        if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, join(dir, 'store.sqlite-wal'));
        // No -shm: it is rebuilt from the WAL after a reboot.
        c.proc.kill('SIGCONT');
        snapshots.push({ dir, acks });
      }
    } finally {
      c.proc.kill('SIGKILL');
      await c.exited;
    }
    for (const s of snapshots) {
      acked += s.acks.length;
      const r = lostEdits(join(s.dir, 'store.sqlite'), s.acks);
      lost += r.lost;
      if (!r.intact) bad++;
      rmSync(s.dir, { recursive: true, force: true });
    }
    return {
      trials,
      lost,
      ok: bad === 0 && acked > 0,
      note: `${acked} acknowledged edits checked across ${trials} cuts, integrity ${bad ? `failed ${bad}×` : 'ok'}`,
    };
  },
};

export const injected: Scenario[] = [ioErrors, fullFilesystem, powerLoss];
