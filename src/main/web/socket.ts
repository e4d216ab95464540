/**
 * The presentation actions of a page over one long-lived WebSocket (RFC 6455, the small part a browser's
 * `WebSocket` uses): a pen stroke sends its points about once a frame, and an HTTP request each time cost
 * the page, the browser's network service and the bridge far more than the action itself (a request's
 * set-up, headers and CORS checks, its answer's body). On the socket an action is one small frame each way.
 *
 * The bridge (server.ts) checks the upgrade as it checks an API request — loopback peer, Host, Origin and
 * Sec-Fetch-Site, and the token, here in the Sec-WebSocket-Protocol list (a browser cannot set other headers
 * on a WebSocket; like x-briefing-token it is sent only by script that holds the token, never by the browser
 * on its own). This file frames and unframes messages and runs them in order, one at a time:
 *   page → bridge  {"id": 7, "req": {"action": {…}}}   one text message per 'present.act' request
 *   bridge → page  {"id": 7, "result": {ok, value|error}} its answer, as POST /api/present.act answers it
 * Anything else (binary data, a frame the client did not mask, a message over the limit, malformed JSON)
 * closes the socket: the page falls back to HTTP and nothing half-read is applied.
 */
import { createHash } from 'node:crypto';
import type { Duplex } from 'node:stream';

/** A message's size limit: the largest valid 'present.act' (a whole ink stroke) is far below it. */
export const MAX_SOCKET_MESSAGE_BYTES = 1024 * 1024;

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** The Sec-WebSocket-Accept answer to a client's Sec-WebSocket-Key. */
export function acceptKey(key: string): string {
  return createHash('sha1')
    .update(key + GUID)
    .digest('base64');
}

/** A valid Sec-WebSocket-Key: 16 bytes in base64. */
export const validKey = (key: unknown): key is string => typeof key === 'string' && /^[A-Za-z0-9+/]{22}==$/.test(key);

const OP = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

/** One unmasked server frame. */
export function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  let head: Buffer;
  if (n < 126) head = Buffer.from([0x80 | opcode, n]);
  else if (n < 65536) head = Buffer.from([0x80 | opcode, 126, n >> 8, n & 255]);
  else {
    head = Buffer.alloc(10);
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, payload]);
}

export interface Frame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
}

/** Why a socket is closed: the close code and a short reason (ASCII). */
export class SocketRefusal extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The complete client frames at the start of `buf` and what is left over (a frame still arriving).
 * Throws a SocketRefusal for what a browser never sends: an unmasked frame, reserved bits, a frame over
 * the limit.
 */
export function readFrames(buf: Buffer): { frames: Frame[]; rest: Buffer } {
  const frames: Frame[] = [];
  let at = 0;
  for (;;) {
    if (buf.length - at < 2) break;
    const b0 = buf[at]!;
    const b1 = buf[at + 1]!;
    if (b0 & 0x70) throw new SocketRefusal(1002, 'reserved bits set');
    if (!(b1 & 0x80)) throw new SocketRefusal(1002, 'client frames must be masked');
    let len = b1 & 0x7f;
    let head = 2;
    if (len === 126) {
      if (buf.length - at < 4) break;
      len = buf.readUInt16BE(at + 2);
      head = 4;
    } else if (len === 127) {
      if (buf.length - at < 10) break;
      const big = buf.readBigUInt64BE(at + 2);
      if (big > BigInt(MAX_SOCKET_MESSAGE_BYTES)) throw new SocketRefusal(1009, 'message too large');
      len = Number(big);
      head = 10;
    }
    if (len > MAX_SOCKET_MESSAGE_BYTES) throw new SocketRefusal(1009, 'message too large');
    if (buf.length - at < head + 4 + len) break;
    const mask = buf.subarray(at + head, at + head + 4);
    const payload = Buffer.from(buf.subarray(at + head + 4, at + head + 4 + len));
    for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i & 3]!;
    frames.push({ fin: (b0 & 0x80) !== 0, opcode: b0 & 0x0f, payload });
    at += head + 4 + len;
  }
  return { frames, rest: at === 0 ? buf : buf.subarray(at) };
}

/** Bytes queued for a socket before its client is taken for gone and dropped. */
export const MAX_SOCKET_QUEUE_BYTES = 256 * 1024;

/**
 * Serve one upgraded socket: each text message goes to `answer` in the order it came, one at a time, and
 * its answer goes back as a text message. Returns a function that closes the socket at once (the bridge
 * shutting down).
 */
export function serveSocket(socket: Duplex, head: Buffer, answer: (text: string) => Promise<string>): () => void {
  let pending: Buffer = head.length ? Buffer.from(head) : Buffer.alloc(0);
  let parts: Buffer[] = [];
  let partBytes = 0;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();

  const write = (data: Buffer) => {
    if (closed) return;
    if (socket.writableLength > MAX_SOCKET_QUEUE_BYTES) return void socket.destroy();
    socket.write(data);
  };
  const close = (code = 1000, reason = '') => {
    if (closed) return;
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2, 'utf8');
    write(frame(OP.close, payload));
    closed = true;
    socket.end();
    // A client that never closes its side is not waited for.
    setTimeout(() => socket.destroy(), 1000).unref();
  };

  const message = (text: string) => {
    queue = queue.then(async () => {
      if (closed) return;
      const reply = await answer(text);
      write(frame(OP.text, Buffer.from(reply, 'utf8')));
    });
    queue.catch((e: unknown) =>
      close(e instanceof SocketRefusal ? e.code : 1011, e instanceof SocketRefusal ? e.message : 'internal error'),
    );
  };

  const onFrame = (f: Frame) => {
    switch (f.opcode) {
      case OP.ping:
        return write(frame(OP.pong, f.payload));
      case OP.pong:
        return;
      case OP.close:
        return close(1000);
      case OP.binary:
        throw new SocketRefusal(1003, 'text messages only');
      case OP.text:
      case OP.continuation: {
        // A text frame starts a message, continuations carry on one: anything else is out of order.
        if ((f.opcode === OP.text) === parts.length > 0) throw new SocketRefusal(1002, 'bad fragment order');
        partBytes += f.payload.length;
        if (partBytes > MAX_SOCKET_MESSAGE_BYTES) throw new SocketRefusal(1009, 'message too large');
        parts.push(f.payload);
        if (!f.fin) return;
        const whole = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
        parts = [];
        partBytes = 0;
        return message(new TextDecoder('utf-8', { fatal: true }).decode(whole));
      }
      default:
        throw new SocketRefusal(1002, 'unknown opcode');
    }
  };

  const feed = (chunk: Buffer) => {
    if (closed) return;
    try {
      const { frames, rest } = readFrames(pending.length ? Buffer.concat([pending, chunk]) : chunk);
      pending = rest;
      for (const f of frames) if (!closed) onFrame(f);
    } catch (e) {
      if (e instanceof SocketRefusal) close(e.code, e.message);
      else if (e instanceof TypeError) close(1007, 'not UTF-8');
      else close(1011, 'internal error');
    }
  };
  socket.on('data', feed);
  socket.on('error', () => socket.destroy());
  // What came with the upgrade request itself.
  if (pending.length) feed(Buffer.alloc(0));
  return () => {
    close(1001, 'going away');
    socket.destroy();
  };
}
