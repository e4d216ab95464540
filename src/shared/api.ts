/**
 * The one API contract between the renderer and the main process (IPC in Electron, HTTP in the web bridge).
 * Adding a feature = one key here, one request schema, one handler.
 */
import { z } from 'zod';
import type { ChannelName } from './channels';
import type { Result } from './result';
import type { Finding } from './checks';
import type { AppInfo, Deck, Figure, FigureEdit, Report, ReportSummary } from './types';

/** Validation messages in Chinese: they reach officials and staff through the UI and the CLI. */
z.config(z.locales.zhCN());

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Request schemas: strict objects, so unknown keys are rejected rather than ignored. */
export const REQUESTS = {
  'app.info': z.strictObject({}),
  'report.list': z.strictObject({}),
  'report.get': z.strictObject({ reportId: id }),
  'figure.list': z.strictObject({ reportId: id }),
  'deck.list': z.strictObject({ reportId: id }),
  'deck.get': z.strictObject({ deckId: id }),
  'figure.update': z.strictObject({
    figureId: id,
    expectedVersion: z.number().int().positive(),
    patch: z.strictObject({
      label: z.string().max(80).optional(),
      valueText: z.string().max(40).optional(),
      unit: z.string().max(12).optional(),
      period: z.string().max(40).optional(),
    }),
    reason: z.string().trim().min(1, '请填写修改原因').max(500),
  }),
  'figure.history': z.strictObject({ reportId: id, figureId: id.optional() }),
  'edit.undo': z.strictObject({ editId: id }),
  'checks.list': z.strictObject({ reportId: id }),
} as const;

export type Channel = keyof typeof REQUESTS;
export type Request<C extends Channel> = z.infer<(typeof REQUESTS)[C]>;

export interface Responses {
  'app.info': AppInfo;
  'report.list': ReportSummary[];
  'report.get': Report;
  'figure.list': Figure[];
  'deck.list': { id: number; title: string; slideCount: number }[];
  'deck.get': Deck;
  'figure.update': FigureEdit;
  'figure.history': FigureEdit[];
  'edit.undo': FigureEdit;
  'checks.list': Finding[];
}

/** The allowlist: the preload exposes exactly these, the main side answers exactly these. */
export const CHANNELS = Object.keys(REQUESTS) as Channel[];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(REQUESTS, name);

/** The shape every transport gives the renderer. */
export type AppApi = { [C in Channel]: (req: Request<C>) => Promise<Responses[C]> };

/** The handler side: same contract, synchronous is allowed. */
export type Handlers = { [C in Channel]: (req: Request<C>) => Responses[C] | Promise<Responses[C]> };

export { IPC_PREFIX } from './channels';

/** The zod-free list the sandboxed preload uses must name exactly these channels (checked at compile time). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListsAgree: Same<Channel, ChannelName> = true;
void channelListsAgree;

/**
 * What the preload puts on `window.api` in Electron: one function per allowed channel, answering with a
 * Result (errors as data). The renderer's lib/api.ts turns either transport into an AppApi.
 */
export type BridgeApi = {
  [C in Channel]: (req: Request<C>) => Promise<Result<Responses[C]>>;
};

export { WEB_API_PATH, WEB_TOKEN_COOKIE, WEB_TOKEN_HEADER } from './channels';
