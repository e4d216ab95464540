/**
 * A write that meets another program's lock does not stop the process (issue 22, item 9). A second process
 * holds the store's write lock (BEGIN IMMEDIATE) for 2 s; meanwhile a write through the real bridge waits,
 * and a read, a static file and the event stream are answered before that process lets go. The write then
 * succeeds. A write that waits longer than its bound is answered BUSY with a message saying so, and nothing
 * stored changes. With SQLite's own 5 s busy timeout the read would wait behind the write: this fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { waitingForLock } from '../src/main/api/lock-wait';
import { PresentationHub } from '../src/main/presentation-hub';
import { openStore, type Store } from '../src/main/store';
import { listReports } from '../src/main/store/reports';
import { startBridge, type Bridge } from '../src/main/web/server';
import { contentHash, ROOT, SEED, tempDir } from './helpers';

const HOLD_MS = 2000;

let t: ReturnType<typeof tempDir>;
let store: Store;
let bridge: Bridge | undefined;
let holder: ChildProcess | undefined;

beforeEach(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'busy.sqlite'), { seedBundles: SEED, dailyBackup: false });
  writeFileSync(join(t.dir, 'index.html'), '<!doctype html><title>x</title>');
});
afterEach(async () => {
  holder?.kill('SIGKILL');
  await bridge?.close();
  store.close();
  t.cleanup();
});

/**
 * Another program: takes the write lock, writes inside its transaction, holds it, then rolls back.
 * Resolves when it holds the lock; `released` resolves (with the time this process heard it) when it let go.
 */
function holdLock(path: string, ms: number): Promise<{ released: Promise<number> }> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE reports SET title = title || ' (held)'").run();
    console.log('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('ROLLBACK');
    console.log('released');
    db.close();`;
  holder = spawn(process.execPath, ['-e', script, path, String(ms)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: holder.stdout! });
  let releasedAt: (at: number) => void;
  const released = new Promise<number>((r) => (releasedAt = r));
  return new Promise((ok, bad) => {
    holder!.once('error', bad);
    holder!.once('exit', (code) => bad(new Error(`the lock holder exited early (${code})`)));
    lines.on('line', (l) => {
      if (l === 'locked') ok({ released });
      if (l === 'released') releasedAt(Date.now());
    });
  });
}

function send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: string; at: number }> {
  const port = Number(new URL(bridge!.origin).port);
  return new Promise((ok, bad) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent: false,
        headers: { 'content-type': 'application/json', 'x-briefing-token': bridge!.token },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
          // The event stream never ends: its first event is the answer.
          if (path.startsWith('/events')) {
            ok({ status: res.statusCode!, body: text, at: Date.now() });
            res.destroy();
          }
        });
        res.on('end', () => ok({ status: res.statusCode!, body: text, at: Date.now() }));
      },
    );
    req.on('error', bad);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const rename = (title: string, expectedTitle: string) => send('POST', '/api/report.rename', { reportId: 1, title, expectedTitle });

describe('a write waiting for another program’s lock', () => {
  it('waits without stopping the process: reads, files and events are answered meanwhile, then it succeeds', async () => {
    const hub = new PresentationHub();
    bridge = await startBridge({ handlers: createHandlers(store, 'test', hub), hub, rendererDir: t.dir });
    const before = listReports(store.db)[0].title;

    const { released } = await holdLock(store.path, HOLD_MS);
    const write = rename('锁释放后的新标题', before);
    // Give the write time to meet the lock before the others are asked.
    await new Promise((r) => setTimeout(r, 150));
    const [read, file, events] = await Promise.all([
      send('POST', '/api/report.list', {}),
      send('GET', '/index.html'),
      send('GET', '/events'),
    ]);
    const releasedAt = await released;
    const written = await write;

    expect(read.status).toBe(200);
    expect(JSON.parse(read.body)).toMatchObject({ ok: true });
    expect(file.status).toBe(200);
    expect(events.body).toMatch(/^event: presentation/);
    // Answered while the other program still held the lock.
    for (const r of [read, file, events]) expect(r.at).toBeLessThan(releasedAt);
    // The write waited for the lock and then went through.
    expect(JSON.parse(written.body)).toMatchObject({ ok: true, value: { title: '锁释放后的新标题' } });
    expect(listReports(store.db)[0].title).toBe('锁释放后的新标题');
  }, 20_000);

  it('gives up after its bound with BUSY and a message that says so; nothing stored changes, and a retry works', async () => {
    bridge = await startBridge({
      handlers: createHandlers(store, 'test', new PresentationHub(), undefined, { sqliteWaitMs: 20, maxWaitMs: 600 }),
      rendererDir: t.dir,
    });
    const before = listReports(store.db)[0].title;
    const hash = contentHash(store.db);

    const { released } = await holdLock(store.path, HOLD_MS);
    const started = Date.now();
    const refused = await rename('等不到锁的标题', before);
    const waited = Date.now() - started;
    const body = JSON.parse(refused.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(body.error.message).toMatch(/另一个程序占用.*没有执行.*已保存的数据完好/);
    // It waited about its bound, not the other program's whole transaction.
    expect(waited).toBeGreaterThanOrEqual(400);
    expect(waited).toBeLessThan(HOLD_MS);

    await released;
    expect(contentHash(store.db)).toBe(hash);
    const again = JSON.parse((await rename('等不到锁的标题', before)).body);
    expect(again).toMatchObject({ ok: true, value: { title: '等不到锁的标题' } });
  }, 20_000);

  it('runs a call again only if its failed try changed nothing: one that wrote first keeps its error', async () => {
    store.db.exec('CREATE TEMP TABLE tries (n INTEGER)');
    const { released } = await holdLock(store.path, 800);
    let tries = 0;
    // A temp table needs no lock on the store, so this call writes something before it meets the lock.
    const wroteFirst = () => {
      tries++;
      store.db.prepare('INSERT INTO temp.tries VALUES (?)').run(tries);
      store.db.prepare("UPDATE reports SET title = title || '·' WHERE id = 1").run();
    };
    // A synchronous handler's error stays synchronous: thrown at once, not after a wait.
    let error: unknown;
    try {
      void waitingForLock(store, wroteFirst);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    expect(tries).toBe(1);
    // The same write without the earlier one waits and goes through once the lock is free.
    let retried = 0;
    await waitingForLock(store, () => {
      retried++;
      store.db.prepare("UPDATE reports SET title = title || '·' WHERE id = 1").run();
    });
    expect(retried).toBeGreaterThan(1);
    expect(await released).toBeGreaterThan(0);
    expect(listReports(store.db)[0].title).toMatch(/·$/);
  }, 20_000);
});
