/**
 * The channel allowlist without zod, for the sandboxed preload: a sandboxed preload may only require
 * 'electron' (and a few Node built-ins), so it must not pull zod or anything that imports it.
 *
 * Must equal Object.keys(REQUESTS) in api.ts, in the same order, and IPC_PREFIX must equal api.ts's;
 * test/channels.test.ts holds them together (the owner of api.ts may also assert this at type level).
 */
export const CHANNEL_NAMES = [
  'app.info',
  'report.list',
  'figure.list',
  'briefing.open',
  'figure.update',
  'figure.history',
  'edit.undo',
  'checks.list',
  'report.extract',
  'report.read',
  'report.import',
  'report.rename',
  'report.details',
  'report.delete',
  'report.restore',
  'data.export',
  'data.import',
  'present.state',
  'present.act',
  'slide.update',
  'slide.move',
  'slide.delete',
  'slide.duplicate',
  'slide.add',
  'deck.undo',
  'deck.redo',
  'rehearsal.get',
  'rehearsal.save',
  'export.files',
  'print.open',
  'window.geometry',
  'window.frame',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Same value as api.ts's IPC_PREFIX: app channels never collide with Electron's internal ones. */
export const IPC_PREFIX = 'api:';

/** The web bridge: POST {WEB_API_PATH}<channel> with the JSON request; the answer is a Result. */
export const WEB_API_PATH = '/api/';
export const WEB_TOKEN_HEADER = 'x-briefing-token';
export const WEB_TOKEN_COOKIE = 'bd_token';
/** Server-sent events of the web bridge: the presentation state on connect and on every change. */
export const WEB_EVENTS_PATH = '/events';
/**
 * The web bridge's WebSocket for 'present.act' (main/web/socket.ts): a page that holds the token sends its
 * presentation actions there, the ink's points about once a frame. The token goes in the Sec-WebSocket-Protocol
 * list beside WEB_SOCKET_PROTOCOL, which is the one the bridge answers with.
 */
export const WEB_SOCKET_PATH = '/present';
/**
 * A page's random id on the socket's and the event stream's address (`?page=`): the page's own ink, answered
 * on its socket, is not sent again on its event stream (main/own-ink.ts).
 */
export const WEB_PAGE_PARAM = 'page';
export const WEB_SOCKET_PROTOCOL = 'briefing-desk.present';
/** Electron: the main process sends the presentation state to every window on this IPC channel. */
export const IPC_PRESENTATION_EVENT = 'event:presentation';
