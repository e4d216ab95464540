import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  APP_ORIGIN,
  appRequestPath,
  deckWindowUrl,
  isAllowedAppUrl,
  isInsideDir,
  isSafeExternalUrl,
  rendererEntryUrl,
  rendererOrigin,
} from '../src/main/windows/security';

const DEV = 'http://localhost:5173';

describe('isAllowedAppUrl (production origin app://briefing)', () => {
  it.each(['app://briefing/index.html', 'app://briefing/', 'app://briefing', 'app://briefing/presenter?x=1#s3'])('accepts %s', (url) =>
    expect(isAllowedAppUrl(url, APP_ORIGIN)).toBe(true),
  );

  it.each([
    'app://briefing.evil/index.html',
    'app://x.evil/',
    'app://evil/briefing',
    'app://briefing@evil.com/',
    'app://user:pw@briefing/',
    'app://briefing:8080/',
    'app:briefing/index.html',
    'app:///briefing/index.html',
    'apps://briefing/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'file://briefing/index.html',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://briefing/1234',
    'about:blank',
    'http://briefing/',
    'https://example.com/',
    'http://user@evil/',
    '',
    'not a url',
  ])('rejects %s', (url) => expect(isAllowedAppUrl(url, APP_ORIGIN)).toBe(false));

  it('rejects everything when the origin itself is unusable', () => {
    expect(isAllowedAppUrl('app://briefing/', '')).toBe(false);
    expect(isAllowedAppUrl('app://briefing/', 'app:')).toBe(false);
  });
});

describe('isAllowedAppUrl (dev origin http://localhost:5173)', () => {
  it.each(['http://localhost:5173/', 'http://localhost:5173/index.html?token=1', 'http://LOCALHOST:5173/x'])('accepts %s', (url) =>
    expect(isAllowedAppUrl(url, DEV)).toBe(true),
  );

  it.each([
    'http://localhost:5174/',
    'http://localhost/',
    'https://localhost:5173/',
    'ws://localhost:5173/',
    'http://localhost:5173.evil.com/',
    'http://localhost:5173@evil.com/',
    'http://user@localhost:5173/',
    'http://user:pw@localhost:5173/',
    'http://evil.com/?localhost:5173',
    'http://127.0.0.1:5173/', // a different origin than the one we loaded
    'app://briefing/index.html',
  ])('rejects %s', (url) => expect(isAllowedAppUrl(url, DEV)).toBe(false));
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.cq.gov.cn/', 'http://example.com/a?b=c#d', 'https://data.stats.gov.cn:443/x'])('accepts %s', (url) =>
    expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/system32/calc.exe',
    'data:text/html,hi',
    'app://briefing/index.html',
    'smb://host/share',
    'ms-msdt:/id',
    'mailto:a@b.c',
    'http://user@evil.com/',
    'https://user:pw@example.com/',
    // A password with no user name is user-info too (a phishing link may carry one).
    'https://:pw@example.com/',
    'https://example.com@evil.com/',
    'https://',
    'not a url',
  ])('rejects %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('deckWindowUrl', () => {
  it('gives the presenter window a query main sees (no first frame of the audience view) and its #presenter', () => {
    expect(deckWindowUrl('app://briefing/index.html')).toBe('app://briefing/index.html');
    expect(deckWindowUrl('app://briefing/index.html', 'presenter')).toBe('app://briefing/index.html?view=presenter#presenter');
    expect(deckWindowUrl(`${DEV}/`, 'presenter')).toBe(`${DEV}/?view=presenter#presenter`);
    expect(appRequestPath(deckWindowUrl('app://briefing/index.html', 'presenter'))).toBe('/index.html');
  });
});

describe('rendererOrigin / rendererEntryUrl', () => {
  it('uses app://briefing when packaged or without a dev server', () => {
    expect(rendererOrigin(undefined, false)).toBe(APP_ORIGIN);
    expect(rendererOrigin(`${DEV}/`, true)).toBe(APP_ORIGIN);
    expect(rendererEntryUrl(undefined, false)).toBe('app://briefing/index.html');
    expect(rendererEntryUrl(`${DEV}/`, true)).toBe('app://briefing/index.html');
  });

  it('uses a loopback http dev server', () => {
    expect(rendererOrigin(`${DEV}/`, false)).toBe(DEV);
    expect(rendererOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(rendererOrigin('http://[::1]:5173/', false)).toBe('http://[::1]:5173');
    expect(rendererEntryUrl(`${DEV}/`, false)).toBe(`${DEV}/`);
  });

  it.each([
    'https://evil.com/',
    'http://evil.com:5173/',
    'http://localhost.evil.com/',
    'http://a@localhost:5173/',
    'http://:pw@localhost:5173/',
    // Loopback but not plain http: a dev server is http only.
    'https://localhost:5173/',
    'ws://127.0.0.1:5173/',
    'file:///x',
    'nonsense',
  ])('ignores a non-loopback or odd dev URL %s', (url) => {
    expect(rendererOrigin(url, false)).toBe(APP_ORIGIN);
    expect(rendererEntryUrl(url, false)).toBe('app://briefing/index.html');
  });
});

describe('appRequestPath', () => {
  it('returns the pathname of app://briefing requests', () => {
    expect(appRequestPath('app://briefing/index.html')).toBe('/index.html');
    expect(appRequestPath('app://briefing/assets/a.js?v=1')).toBe('/assets/a.js');
    expect(appRequestPath('app://briefing')).toBe('/');
  });

  it('normalises dot segments before we see them', () => {
    expect(appRequestPath('app://briefing/../../etc/passwd')).toBe('/etc/passwd');
  });

  it.each(['app://evil/index.html', 'app://briefing.evil/', 'app://briefing@evil/', 'app://u@briefing/', 'file:///x', 'http://briefing/'])(
    'refuses %s',
    (url) => expect(appRequestPath(url)).toBeUndefined(),
  );
});

describe('isInsideDir', () => {
  const root = join('/srv', 'out', 'renderer');
  it.each([root, join(root, 'index.html'), join(root, 'assets', 'a.js'), join(root, '..a')])('inside: %s', (p) =>
    expect(isInsideDir(root, p)).toBe(true),
  );
  it.each([join(root, '..'), join(root, '..', 'main', 'index.js'), '/etc/passwd', `${root}-evil/x`, join(root, 'a', '..', '..', 'x')])(
    'outside: %s',
    (p) => expect(isInsideDir(root, p)).toBe(false),
  );
});
