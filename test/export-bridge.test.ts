/**
 * Issue 22, item 2: the export bridge's token is not on Chromium's command line (ps shows it to every
 * local user), the print page still authenticates (the token travels in a header over the DevTools pipe),
 * and the export bridge refuses writes. A stand-in print page reads the briefing, tries to change a
 * figure, and reports both outcomes in the PDF's title; the real Chromium runs behind a wrapper that
 * records its arguments.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../src/main/pdf/export';
import { openStore } from '../src/main/store';
import { INSTALLED_CHROMIUM, contentHash, SEED, tempDir } from './helpers';

const browser = INSTALLED_CHROMIUM;

let t: ReturnType<typeof tempDir>;
beforeAll(() => (t = tempDir()));
afterAll(() => t.cleanup());

const PAGE_SCRIPT = `
const call = (channel, body) =>
  fetch('/api/' + channel, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    .then((r) => r.json(), () => ({ ok: false, error: { code: 'NETWORK' } }));
window.__briefingPrint = (async () => {
  const opened = await call('briefing.open', {});
  const write = await call('figure.update', { figureId: 1, expectedVersion: 1, patch: { valueText: '6.66' }, reason: '导出时改' });
  const title = (opened.ok ? 'read:' + opened.value.report.key : 'read:' + opened.error.code) + ' write:' + (write.ok ? 'ok' : write.error.code);
  document.body.textContent = title;
  return { layout: 'brief', title, author: 'a', subject: 's', keywords: [], expectedPages: null, outline: [] };
})();
`;

describe('the export bridge', () => {
  it.skipIf(!browser)(
    'keeps the token off the command line, reads through a header, and refuses writes',
    async () => {
      const renderer = join(t.dir, 'renderer');
      mkdirSync(renderer);
      writeFileSync(
        join(renderer, 'print.html'),
        '<!doctype html><meta charset="utf-8"><title>p</title><body></body><script src="print.js"></script>',
      );
      writeFileSync(join(renderer, 'print.js'), PAGE_SCRIPT);
      const argvLog = join(t.dir, 'argv.log');
      const wrapper = join(t.dir, 'chromium-wrapper');
      writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$@" >> '${argvLog}'\nexec '${browser}' "$@"\n`);
      chmodSync(wrapper, 0o755);
      const db = join(t.dir, 'store.sqlite');
      openStore(db, { seedBundles: SEED, dailyBackup: false }).close();
      const check = openStore(db, { readOnly: true });
      const before = contentHash(check.db);
      check.close();

      const out = join(t.dir, 'out.pdf');
      // The store is opened writable here on purpose: the bridge itself must refuse the write.
      await exportPdf({
        layout: 'brief',
        out,
        openStore: () => openStore(db, { dailyBackup: false }),
        rendererDir: renderer,
        chromium: wrapper,
      });

      const title = (await PDFDocument.load(readFileSync(out))).getTitle();
      expect(title).toBe('read:cq-2015 write:READ_ONLY');
      const argv = readFileSync(argvLog, 'utf8');
      expect(argv).toContain('--remote-debugging-pipe');
      expect(argv).not.toMatch(/token/i);
      expect(argv).not.toContain('print.html');
      const after = openStore(db, { readOnly: true });
      expect(contentHash(after.db)).toBe(before);
      after.close();
    },
    90_000,
  );
});
