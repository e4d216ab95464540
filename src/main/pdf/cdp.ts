/**
 * A headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands
 * on fd 3, replies on fd 4, each message JSON ending in NUL). The exporter needs five commands, and
 * this costs nothing to load, where Playwright took about 0.5 s to import and 1 s to open a context
 * (measured with `npm run bench`). No port is opened: the pipe belongs to this process alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { temporaryProfile, type BrowserProfile } from './profile';

type Params = Record<string, unknown>;
interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string; data?: string };
  sessionId?: string;
}

export class CdpError extends Error {}

export class Cdp {
  private nextId = 1;
  private readonly pending = new Map<number, { ok: (r: Params) => void; bad: (e: Error) => void; method: string }>();
  private readonly listeners = new Map<string, ((p: Params, sessionId?: string) => void)[]>();
  private buffered: Buffer[] = [];
  private closedWith: Error | null = null;

  /**
   * `exited`: settles when the browser process has exited (launchHeadless). A broken pipe means the browser is
   * going away, and its exit status says more than ECONNRESET: the pipe's own message waits for the exit (on
   * a loaded machine it came more than a second after the pipe closed), 5 s at most.
   */
  constructor(
    private readonly out: Writable,
    input: Readable,
    exited: Promise<unknown> = Promise.resolve(),
  ) {
    input.on('data', (chunk: Buffer) => this.receive(chunk));
    const broken = (why: string) =>
      void Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]).then(() =>
        setTimeout(() => this.fail(new CdpError(`与浏览器的连接中断：${why}`)), 50).unref(),
      );
    input.on('close', () => broken('管道已关闭'));
    input.on('error', (e) => broken(e.message));
    out.on('error', (e) => broken(e.message));
  }

  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise<T>((ok, bad) => {
      this.pending.set(id, { ok: ok as (r: Params) => void, bad, method });
      this.out.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  }

  on(method: string, fn: (p: Params, sessionId?: string) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), fn]);
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, start)) {
      this.buffered.push(chunk.subarray(start, nul));
      const text = Buffer.concat(this.buffered).toString('utf8');
      this.buffered = [];
      start = nul + 1;
      this.dispatch(JSON.parse(text) as Message);
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start));
  }

  private dispatch(m: Message): void {
    if (m.id !== undefined) {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error) p.bad(new CdpError(`${p.method}：${m.error.message}${m.error.data ? `（${m.error.data}）` : ''}`));
      else p.ok(m.result ?? {});
      return;
    }
    for (const fn of [...(this.listeners.get(m.method ?? '') ?? [])]) fn(m.params ?? {}, m.sessionId);
  }

  fail(e: Error): void {
    if (this.closedWith) return;
    this.closedWith = e;
    for (const p of this.pending.values()) p.bad(e);
    this.pending.clear();
  }
}

interface Evaluated<T> {
  result: { value?: T };
  exceptionDetails?: { text?: string; exception?: { description?: string } };
}

/**
 * Evaluate `expression` (awaiting the promise it returns) in the page of `session`, and return its value.
 * The page may still be navigating to the URL it was opened on: an evaluation cut short by that is retried.
 */
export async function evaluate<T>(cdp: Cdp, session: string, expression: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let r: Evaluated<T>;
    try {
      r = await cdp.send<Evaluated<T>>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, session);
    } catch (e) {
      // Between two documents there is briefly no context to run in (about 2 s of retries at most).
      if (attempt < 100 && /context was destroyed|Cannot find (default execution )?context/i.test((e as Error).message)) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      throw e;
    }
    if (r.exceptionDetails) throw new CdpError(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text ?? '页面脚本出错');
    return r.result.value as T;
  }
}

export interface Headless {
  cdp: Cdp;
  /** The session of the one page the browser opened with. */
  session: string;
  /**
   * Another page, blank, attached: its session. It lives in a browser context of its own, off the record
   * (the first page's, under --incognito, is not one Target.createTarget can name; without one it would open
   * in the profile's own, on the record), and so in a renderer process of its own.
   */
  openPage(): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The profile folder (profile.ts); absent: a temporary one, removed at close. */
  profile?: BrowserProfile;
}

/** Start `executable` headless on `url` and attach to its page. */
export async function launchHeadless(
  executable: string,
  args: readonly string[],
  url = 'about:blank',
  timeoutMs = 30_000,
  opts: LaunchOptions = {},
): Promise<Headless> {
  const profile = opts.profile ?? temporaryProfile();
  let child: ChildProcess;
  const stderr: string[] = [];
  try {
    child = spawn(executable, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile.dir}`, ...args, url], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
  } catch (e) {
    profile.release();
    throw new CdpError((e as Error).message);
  }
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const cdp = new Cdp(child.stdio[3] as Writable, child.stdio[4] as Readable, exited);
  child.stderr?.on('data', (d: Buffer) => {
    stderr.push(d.toString('utf8'));
    if (stderr.length > 20) stderr.shift();
  });
  child.once('error', (e) => cdp.fail(new CdpError(e.message)));
  child.once('exit', (code, signal) => {
    const last = stderr.join('').trim().split('\n').filter(Boolean).at(-1);
    cdp.fail(new CdpError(`浏览器已退出（${signal ?? `退出码 ${code}`}）${last ? `：${last}` : ''}`));
  });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await Promise.race([cdp.send('Browser.close').catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      await exited;
      clearTimeout(killer);
    }
    profile.release();
  };
  try {
    const timer = new Promise<never>((_, bad) =>
      setTimeout(() => bad(new CdpError(`浏览器在 ${timeoutMs / 1000} 秒内没有启动`)), timeoutMs).unref(),
    );
    const { targetInfos } = await Promise.race([
      cdp.send<{ targetInfos: { targetId: string; type: string }[] }>('Target.getTargets'),
      timer,
    ]);
    const page = targetInfos.find((t) => t.type === 'page');
    if (!page) throw new CdpError('浏览器没有打开页面');
    const attach = async (targetId: string) =>
      (await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })).sessionId;
    const session = await attach(page.targetId);
    const openPage = async () => {
      const { browserContextId } = await cdp.send<{ browserContextId: string }>('Target.createBrowserContext', {});
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
      return attach(targetId);
    };
    return { cdp, session, openPage, close };
  } catch (e) {
    child.kill('SIGKILL');
    await close();
    throw e;
  }
}
