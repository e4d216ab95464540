/**
 * The log a user can send when something goes wrong: one small rotating file in the user-data folder
 * (briefing-desk.log, then .1 and .2 — three files of at most MAX_LOG_BYTES each), written the same way by
 * the desktop app, the CLI and the web bridge:
 *
 *   2026-12-05T02:24:35.123Z app[4242] api.error channel=figure.update code=BAD_REQUEST
 *
 * Only what says what happened, never what the user wrote: events and fields are names and codes from a
 * closed vocabulary (channel names, error codes, CLI verbs) and integers for timing and status. A field
 * value that is not such a word is written as "?" — so no figure, quote, label, file content, path or
 * token can reach the file, whatever a caller passes.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_NAMES } from '../shared/channels';

export const LOG_FILE = 'briefing-desk.log';
export const MAX_LOG_BYTES = 1024 * 1024;
/** The current file and this many older ones. */
export const KEEP_OLD_LOGS = 2;

export interface LogFields {
  /** An API channel; anything else is written as "?". */
  channel?: string;
  /** An error code: SQLITE_BUSY, BAD_REQUEST, NOT_FOUND … (capitals and underscores only). */
  code?: string;
  /** A CLI verb. */
  verb?: string;
  status?: number;
  ms?: number;
}

interface Sink {
  dir: string;
  source: string;
  maxBytes: number;
}

let sink: Sink | undefined;

/** Start writing to `dir`/briefing-desk.log as `source` (app, cli, web). Until then, log() does nothing. */
export function configureLog(dir: string, source: 'app' | 'cli' | 'web', maxBytes = MAX_LOG_BYTES): void {
  sink = { dir, source, maxBytes };
}

export function stopLog(): void {
  sink = undefined;
}

const CHANNELS = new Set<string>(CHANNEL_NAMES);
const EVENT = /^[a-z][a-z.-]{0,40}$/;

function clean(key: keyof LogFields, value: unknown): string {
  if (key === 'status' || key === 'ms') return Number.isSafeInteger(value) ? String(value) : '?';
  if (typeof value !== 'string') return '?';
  if (key === 'channel') return CHANNELS.has(value) ? value : '?';
  if (key === 'code') return /^[A-Z][A-Z_]{0,40}$/.test(value) ? value : '?';
  if (key === 'verb') return /^[a-z][a-z-]{0,20}$/.test(value) ? value : '?';
  return '?';
}

/** Append one line; never throws (a log that cannot be written must not break what it records). */
export function log(event: string, fields: LogFields = {}): void {
  if (!sink) return;
  const parts = [new Date().toISOString(), `${sink.source}[${process.pid}]`, EVENT.test(event) ? event : '?'];
  for (const key of ['channel', 'verb', 'code', 'status', 'ms'] as const)
    if (fields[key] !== undefined) parts.push(`${key}=${clean(key, fields[key])}`);
  const line = parts.join(' ') + '\n';
  try {
    mkdirSync(sink.dir, { recursive: true });
    const file = join(sink.dir, LOG_FILE);
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // no log yet
    }
    if (size > 0 && size + Buffer.byteLength(line) > sink.maxBytes) rotate(file);
    appendFileSync(file, line, { mode: 0o600 });
  } catch {
    // Nothing to do: the log is a convenience, the work it describes goes on.
  }
}

function rotate(file: string): void {
  rmSync(`${file}.${KEEP_OLD_LOGS}`, { force: true });
  for (let i = KEEP_OLD_LOGS - 1; i >= 1; i--) {
    try {
      renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    } catch {
      // that one did not exist
    }
  }
  renameSync(file, `${file}.1`);
}
