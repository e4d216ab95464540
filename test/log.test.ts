/**
 * Issue 22: a log a user can send. One rotating file (three kept, each capped) in the user-data folder,
 * written alike by the CLI and the bridge, with no figures, quotes or tokens in it whatever went wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../src/main/api/handlers';
import { APP_DIR_NAME } from '../src/main/data-dir';
import { configureLog, log, LOG_FILE, stopLog } from '../src/main/log';
import { openStore } from '../src/main/store';
import { startBridge } from '../src/main/web/server';
import { ROOT, SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => {
  stopLog();
  t.cleanup();
});

const LINE = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z (app|cli|web)\[\d+\] [a-z.-]+( [a-z]+=\S+)*$/;

describe('the log file', () => {
  it('rotates at its size cap and keeps three files', () => {
    configureLog(t.dir, 'cli', 2000);
    for (let i = 0; i < 400; i++) log('api.error', { channel: 'figure.update', code: 'BAD_REQUEST', ms: i });
    expect(readdirSync(t.dir).sort()).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`]);
    for (const f of readdirSync(t.dir)) {
      expect(statSync(join(t.dir, f)).size).toBeLessThanOrEqual(2000);
      for (const line of readFileSync(join(t.dir, f), 'utf8').trimEnd().split('\n')) expect(line).toMatch(LINE);
    }
  });

  it('writes "?" for any field value outside its vocabulary', () => {
    configureLog(t.dir, 'web');
    log('api.error', { channel: '工业总产值2.45万亿元', code: '“引文”', verb: 'x'.repeat(60), ms: 1.5 });
    log('“引文” 2.45');
    const text = readFileSync(join(t.dir, LOG_FILE), 'utf8');
    expect(text).toMatch(/ api\.error channel=\? verb=\? code=\? ms=\?\n/);
    expect(text).toMatch(/ \?\n$/);
    expect(text).not.toMatch(/引文|2\.45|万亿/);
  });

  it('after API errors and refused requests, holds no token, quote or figure', async () => {
    configureLog(t.dir, 'web');
    const store = openStore(join(t.dir, 's.sqlite'), { seedBundles: SEED, dailyBackup: false });
    const bridge = await startBridge({ handlers: createHandlers(store, 'test'), rendererDir: t.dir });
    const port = Number(new URL(bridge.origin).port);
    const post = (path: string, token: string, body: unknown) =>
      new Promise<number>((ok, bad) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path,
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', 'x-briefing-token': token },
          },
          (res) => {
            res.resume();
            ok(res.statusCode!);
          },
        );
        req.on('error', bad);
        req.end(JSON.stringify(body));
      });
    const quoted = '工业总产值“6.66万亿元”';
    const text = '全年工业总产值2.45万亿元。';
    const figure = {
      label: quoted,
      value: '2.45',
      number: 2.45,
      unit: '万亿元',
      period: '2015年',
      kind: 'level',
      qualifier: null,
      quote: text,
      start: 0,
      end: 3,
      valueStart: 0,
      valueEnd: 1,
    };
    const meta = { title: '报告', organisation: '某委', published: '2016-02-04', asOf: '2015年' };
    expect(await post('/api/report.import', bridge.token, { meta, text, figures: [figure] })).toBe(200);
    expect(await post(`/api/report.list?token=${bridge.token}`, 'wrong', {})).toBe(401);
    expect(
      await post('/api/figure.update', bridge.token, {
        figureId: 1,
        expectedVersion: 99,
        patch: { valueText: '6.66' },
        reason: '“原文如此”',
      }),
    ).toBe(200);
    await bridge.close();
    store.close();
    const logged = readFileSync(join(t.dir, LOG_FILE), 'utf8');
    expect(logged).toMatch(/web\[\d+\] api\.error channel=report\.import code=BAD_REQUEST/);
    expect(logged).toMatch(/api\.error channel=figure\.update code=CONFLICT/);
    expect(logged).toMatch(/bridge\.refused status=401/);
    expect(logged).not.toContain(bridge.token);
    expect(logged).not.toMatch(/[“”"']|6\.66|2\.45|万亿元|原文/);
  });

  it('the CLI writes the same lines to the user-data folder', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts'), 'facts', '--json', '--db', join(t.dir, '“缺失”.sqlite')],
      {
        encoding: 'utf8',
        env: { ...process.env, HOME: t.dir, XDG_CONFIG_HOME: join(t.dir, 'config') },
      },
    );
    expect(r.status).toBe(1);
    const file = join(t.dir, 'config', APP_DIR_NAME, LOG_FILE);
    expect(existsSync(file)).toBe(true);
    const logged = readFileSync(file, 'utf8');
    expect(logged).toMatch(/^\S+ cli\[\d+\] cli\.error verb=facts code=NOT_FOUND\n$/);
  });
});
