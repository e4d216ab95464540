/** The fault scenarios of `npm run test:faults`. Each returns trials run, committed changes lost, and a note. */
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../src/main/api/handlers';
import { dispatch } from '../../src/main/api/dispatch';
import { extractFigures } from '../../src/shared/extract';
import { openStore } from '../../src/main/store';
import { backupsDir, createBackup } from '../../src/main/store/backup';
import { openDatabase } from '../../src/main/store/db';
import { LATEST_VERSION } from '../../src/main/store/migrations';
import { openOrSetAside } from '../../src/main/store/recover';
import { needsScan } from '../../src/main/store/seal';
import { bundledReports } from '../../src/main/paths';

const ROOT = resolve(__dirname, '../..');
const SEED = bundledReports(join(ROOT, 'resources'));

export interface Outcome {
  trials: number;
  lost: number;
  ok: boolean;
  note: string;
}
export interface Scenario {
  name: string;
  trials: number;
  run(trials: number): Promise<Outcome>;
}

const work = mkdtempSync(join(tmpdir(), 'briefing-faults-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => join(work, `${++n}-${name}.sqlite`);

/** A seeded store, copied per trial. */
let template: string | undefined;
export function seededStore(): string {
  if (!template) {
    template = fresh('template');
    openStore(template, { seedBundles: SEED, dailyBackup: false }).close();
  }
  const path = fresh('trial');
  const src = new Database(template, { readonly: true });
  src.prepare('VACUUM INTO ?').run(path);
  src.close();
  return path;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
export function tableHash(path: string): string {
  const db = new Database(path, { readonly: true });
  const h = createHash('sha256');
  for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name").all() as { name: string }[])
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()) h.update(name + JSON.stringify(row));
  db.close();
  return h.digest('hex');
}

export function child(
  script: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): { proc: ChildProcess; lines: string[]; waitFor(re: RegExp, ms?: number): Promise<void>; exited: Promise<number | null> } {
  // tsx's loader in this very process (not tsx's CLI, which runs the script in a grandchild that a kill -9
  // of its parent would orphan).
  const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: env ?? process.env,
  });
  const lines: string[] = [];
  let buf = '';
  const waiters: { re: RegExp; ok: () => void }[] = [];
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  proc.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    for (const l of parts) {
      lines.push(l);
      for (const w of waiters.filter((x) => x.re.test(l))) w.ok();
    }
  });
  const exited = new Promise<number | null>((ok) => proc.on('exit', (code) => ok(code)));
  return {
    proc,
    lines,
    exited,
    waitFor: (re, ms = 30_000) =>
      new Promise<void>((ok, bad) => {
        if (lines.some((l) => re.test(l))) return ok();
        const timer = setTimeout(() => bad(new Error(`child never printed ${re}: ${stderr.slice(-300)}`)), ms);
        waiters.push({ re, ok: () => (clearTimeout(timer), ok()) });
      }),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const killMidWrite: Scenario = {
  name: 'kill -9 during write transactions',
  trials: 20,
  async run(trials) {
    let lost = 0;
    let acked = 0;
    let bad = 0;
    let unsealed = 0;
    for (let i = 0; i < trials; i++) {
      const db = seededStore();
      openStore(db, { dailyBackup: false, seal: true }).close(); // sealed, as the app leaves its store
      const c = child('writer.ts', [db, 'edits']);
      await c.waitFor(/^ack /);
      await sleep(20 + Math.random() * 300);
      c.proc.kill('SIGKILL');
      await c.exited;
      await sleep(5); // let the last stdout chunk arrive
      const acks = c.lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' '));
      acked += acks.length;
      // Killed, the writer never sealed the store: the app's next open must scan it (store/seal.ts).
      if (!needsScan(db)) unsealed++;
      const check = new Database(db);
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') bad++;
      const last = new Map<number, { version: number; value: string }>();
      for (const [, id, version, value] of acks) last.set(Number(id), { version: Number(version), value });
      for (const [id, ack] of last) {
        const row = check.prepare('SELECT version, value_text AS v FROM figures WHERE id = ?').get(id) as { version: number; v: string };
        // The store may hold one more (committed, not yet acknowledged) edit, never fewer.
        if (row.version < ack.version || (row.version === ack.version && row.v !== ack.value)) lost++;
      }
      const edits = (check.prepare("SELECT count(*) AS n FROM figure_edits WHERE reason LIKE '故障测试%'").get() as { n: number }).n;
      if (edits < acks.length) lost += acks.length - edits;
      check.close();
    }
    return {
      trials,
      lost,
      ok: bad === 0 && unsealed === 0,
      note: `${acked} acknowledged edits checked, integrity ${bad ? `failed ${bad}×` : 'ok'}, ${unsealed ? `${unsealed} crashed stores looked sealed` : 'every crashed store due for a scan'}`,
    };
  },
};

const killMidMigration: Scenario = {
  name: 'kill -9 during a migration',
  trials: 5,
  async run(trials) {
    let lost = 0;
    let ok = true;
    for (let i = 0; i < trials; i++) {
      const db = seededStore();
      const before = tableHash(db);
      const c = child('migrator.ts', [db, String(LATEST_VERSION + 10)]);
      await c.waitFor(/step-started/);
      await sleep(30 + Math.random() * 200);
      c.proc.kill('SIGKILL');
      await c.exited;
      const after = new Database(db);
      const version = after.pragma('user_version', { simple: true });
      const integrity = after.pragma('integrity_check', { simple: true });
      after.close();
      if (tableHash(db) !== before) lost++;
      if (version !== LATEST_VERSION || integrity !== 'ok') ok = false;
      // The interrupted step runs again, whole, on the next start.
      const again = openDatabase(db, {
        migrations: [
          ...(await import('../../src/main/store/migrations')).MIGRATIONS,
          { version: LATEST_VERSION + 10, name: 'rerun', up: (d) => d.exec("UPDATE figures SET label = label || '·'") },
        ],
      });
      if (again.pragma('user_version', { simple: true }) !== LATEST_VERSION + 10) ok = false;
      again.close();
    }
    return { trials, lost, ok, note: 'old schema and data intact; the step reruns' };
  },
};

type Breaker = { name: string; make(path: string): void; inPlace?: boolean };
const BREAKERS: Breaker[] = [
  { name: 'truncated file', make: (p) => truncateSync(p, Math.floor(readFileSync(p).length / 2)) },
  {
    name: 'a garbage page',
    make: (p) => {
      const fd = openSync(p, 'r+');
      writeSync(fd, randomBytes(4096), 0, 4096, 4096 * 3);
      closeSync(fd);
    },
  },
  { name: 'zero-byte file', make: (p) => writeFileSync(p, '') },
  { name: 'not a SQLite file', make: (p) => writeFileSync(p, '这是一份会议纪要，不是数据库。'.repeat(100)) },
  {
    name: 'SQLite file of another application',
    make: (p) => {
      rmSync(p);
      const d = new Database(p);
      d.exec('CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES (1)');
      d.pragma('application_id = 1179861590');
      d.close();
    },
  },
  {
    name: 'database from a newer version',
    inPlace: true,
    make: (p) => {
      const d = new Database(p);
      d.pragma(`user_version = ${LATEST_VERSION + 100}`);
      d.close();
    },
  },
];

const badFiles: Scenario = {
  name: 'opening damaged or foreign files',
  trials: BREAKERS.length,
  async run() {
    const problems: string[] = [];
    for (const b of BREAKERS) {
      const path = seededStore();
      // As the app opens its own store: sealed at a clean close (store/seal.ts), so the damage must void the seal.
      const s = openStore(path, { dailyBackup: false, seal: true });
      const good = createBackup(s.db, path, 'manual');
      s.db.pragma('wal_checkpoint(TRUNCATE)');
      s.close();
      for (const f of ['-wal', '-shm']) rmSync(path + f, { force: true });
      b.make(path);
      const bytes = sha(path);
      const r = openOrSetAside(path, { seedBundles: SEED, dailyBackup: false, seal: true });
      if (r.ok) {
        r.store.close();
        problems.push(`${b.name}: opened`);
        continue;
      }
      const kept = b.inPlace ? path : r.refusal.keptAs;
      if (!kept || sha(kept) !== bytes) problems.push(`${b.name}: file not kept byte for byte`);
      if (!b.inPlace && existsSync(path)) problems.push(`${b.name}: left in place`);
      if (r.refusal.backups[0]?.file !== good.file) problems.push(`${b.name}: newest backup not offered`);
      if (!/[\u4e00-\u9fff]/.test(r.refusal.message)) problems.push(`${b.name}: no clear message`);
    }
    return {
      trials: BREAKERS.length,
      lost: 0,
      ok: problems.length === 0,
      note: problems.join('; ') || 'each refused, kept, newest backup offered',
    };
  },
};

/** A small tmpfs mounted for one scenario (root only); throws when it cannot be, so the scenario fails. */
function smallTmpfs(size: string): { dir: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-full-'));
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mount.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`not run: cannot mount a ${size} tmpfs (${(mount.stderr || mount.error?.message || '').trim().slice(0, 60)})`);
  }
  return {
    dir,
    done: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fill the filesystem holding `dir` to the last block, then free `slack` bytes. Returns the filler's path. */
function fillUp(dir: string, slack: number): string {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  let size = 0;
  try {
    for (;;) size += writeSync(fd, block);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  truncateSync(filler, Math.max(0, size - slack));
  return filler;
}

/**
 * A full disk under an import, on a real full filesystem: the store lives on a small tmpfs, which is then
 * filled to `slack` bytes from full, and the import runs its real path — a backup of the store beside it,
 * then the insert. With no room the backup fails; with room for the backup only, the insert does. Either
 * way: a clear 磁盘已满 message, nothing stored before lost, and once space is freed the same import succeeds.
 */
const diskFull: Scenario = {
  name: 'disk full during an import',
  trials: 3,
  async run(trials) {
    let lost = 0;
    let ok = true;
    let message = '';
    const stages = new Set<string>();
    let partials = 0;
    const problems: string[] = [];
    const text = readFileSync(join(ROOT, 'resources/reports/cq-2015/report.txt'), 'utf8').repeat(3);
    const meta = { title: '满盘测试', organisation: '测试', published: '2016-01-01', asOf: '2015年' };
    const figures = extractFigures(text);
    for (let i = 0; i < trials; i++) {
      const fs = smallTmpfs('4m');
      try {
        const path = join(fs.dir, 'briefing.sqlite');
        const src = new Database(seededStore(), { readonly: true });
        src.prepare('VACUUM INTO ?').run(path);
        src.close();
        const size = readFileSync(path).length;
        const store = openStore(path, { dailyBackup: false });
        const before = tableHash(path);
        // Trial 0: no room at all; then room for the backup (and a little), but not for the report.
        const slack = i % 2 === 0 ? 0 : size + 16 * 1024 * i;
        const filler = fillUp(fs.dir, slack);
        const handlers = createHandlers(store, 't');
        const r = await dispatch(handlers, 'report.import', { meta, text, figures });
        const dir = backupsDir(path);
        const backupFiles = () => (existsSync(dir) ? readdirSync(dir) : []);
        const backups = backupFiles();
        const complete = backups.filter((f) => f.endsWith('.sqlite'));
        stages.add(complete.length ? 'the insert' : 'the backup');
        if (r.ok) {
          ok = false;
          problems.push(`slack ${slack}: import succeeded on a full disk`);
        } else message = r.error.message;
        if (!r.ok && !/磁盘已满/.test(r.error.message)) problems.push(`slack ${slack}: said “${r.error.message.slice(0, 40)}”`);
        if (store.db.pragma('integrity_check', { simple: true }) !== 'ok') problems.push(`slack ${slack}: integrity`);
        if (tableHash(path) !== before) lost++;
        // Space freed: the very same import now goes through, with its backup.
        rmSync(filler);
        const partial = backups.filter((b) => b.endsWith('.partial'));
        partials += partial.length;
        for (const f of partial) rmSync(join(dir, f));
        const again = await dispatch(handlers, 'report.import', { meta, text, figures });
        if (!again.ok) problems.push(`slack ${slack}: after freeing space, ${again.error.message.slice(0, 40)}`);
        store.close();
        if (backupFiles().filter((f) => f.endsWith('.sqlite')).length !== complete.length + 1)
          problems.push(`slack ${slack}: no backup before the retried import`);
      } finally {
        fs.done();
      }
    }
    if (partials) problems.push(`${partials} partial backup(s) left behind, holding the space`);
    if (trials >= 2 && stages.size < 2) problems.push(`only ${[...stages].join('')} ever failed`);
    return {
      trials,
      lost,
      ok: ok && problems.length === 0,
      note:
        problems.join('; ') ||
        `failed in ${[...stages].join(' and in ')}, said “${message.slice(0, 16)}…”, retry ok, no partial backup left`,
    };
  },
};

/**
 * A full disk under the PDF export: a 100 KB tmpfs as the target folder. Mounting needs root, which CI
 * has; where it cannot mount, the scenario fails as "not run" rather than passing without trials.
 */
const diskFullExport: Scenario = {
  name: 'disk full during a PDF export',
  trials: 1,
  async run() {
    const db = seededStore();
    const before = tableHash(db);
    const fs = smallTmpfs('100k'); // throws "not run: …" where it cannot mount: the scenario fails
    const tiny = fs.dir;
    try {
      const out = join(tiny, 'briefing.pdf');
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'export-pdf', '--layout', 'slides', '--out', out, '--db', db], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 180_000,
      });
      const left = readdirSync(tiny);
      const ok = r.status === 1 && /磁盘已满/.test(r.stderr) && left.length === 0;
      const lost = tableHash(db) === before ? 0 : 1;
      return {
        trials: 1,
        lost,
        ok,
        note: ok
          ? `exit 1, said “${r.stderr.trim().slice(0, 30)}…”, no partial file`
          : `exit ${r.status}, left ${left.join(',') || 'nothing'}: ${r.stderr.slice(-120)}`,
      };
    } finally {
      fs.done();
    }
  },
};

const readOnly: Scenario = {
  name: 'a read-only store',
  trials: 1,
  async run() {
    const path = seededStore();
    const before = sha(path);
    const store = openStore(path, { readOnly: true });
    const r = await dispatch(createHandlers(store, 't'), 'figure.update', {
      figureId: 1,
      expectedVersion: 1,
      patch: { valueText: '9' },
      reason: 'x',
    });
    const figures = await dispatch(createHandlers(store, 't'), 'figure.list', { reportId: 1 });
    store.close();
    const ok = !r.ok && r.error.code === 'READ_ONLY' && figures.ok && sha(path) === before;
    return { trials: 1, lost: 0, ok, note: ok ? 'viewable; saving refused with the reason' : JSON.stringify(r).slice(0, 80) };
  },
};

const twoWriters: Scenario = {
  name: 'two writers at once',
  trials: 2,
  async run(trials) {
    let lost = 0;
    let conflicts = 0;
    let raceless = 0;
    let failures = 0;
    for (let i = 0; i < trials; i++) {
      const path = seededStore();
      const s = openStore(path, { dailyBackup: false });
      s.db.prepare("UPDATE figures SET value_text = '0', value = 0, unit = '个' WHERE id = (SELECT min(id) FROM figures)").run();
      s.close();
      const per = 100;
      // Both writers open the store, then wait at a gate, so they really run at the same time (a slow
      // start would otherwise let one finish before the other begins, and nothing would race).
      const gate = `${path}.go`;
      const a = child('writer.ts', [path, 'increment', String(per), gate]);
      const b = child('writer.ts', [path, 'increment', String(per), gate]);
      await Promise.all([a.waitFor(/^ready$/), b.waitFor(/^ready$/)]);
      writeFileSync(gate, '');
      const codes = await Promise.all([a.exited, b.exited]);
      if (codes.some((c) => c !== 0)) failures++;
      const seen = [a, b].map((c) => Number(/conflicts (\d+)/.exec(c.lines.join('\n'))?.[1] ?? 0));
      conflicts += seen[0] + seen[1];
      if (seen[0] + seen[1] === 0) raceless++;
      const check = new Database(path, { readonly: true });
      const v = Number(
        (check.prepare('SELECT value_text AS v FROM figures WHERE id = (SELECT min(id) FROM figures)').get() as { v: string }).v,
      );
      check.close();
      lost += 2 * per - v;
    }
    // A trial without a single conflict proved nothing about racing writers: it fails.
    return {
      trials,
      lost,
      ok: raceless === 0 && failures === 0,
      note: `${conflicts} stale edits refused as conflicts and retried${raceless ? `; ${raceless} trial(s) never raced` : ''}${failures ? `; ${failures} writer(s) crashed` : ''}`,
    };
  },
};

export const scenarios: Scenario[] = [killMidWrite, killMidMigration, badFiles, diskFull, diskFullExport, readOnly, twoWriters];
