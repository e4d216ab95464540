/**
 * The single gate every request passes, whatever the transport: the channel must be on the allowlist and
 * the payload must match its schema exactly, or nothing runs. Errors come back as data.
 */
import { isChannel, REQUESTS, type Handlers } from '../../shared/api';
import { AppError, fail, ok, type ErrorCode, type Result } from '../../shared/result';
import { StoreError } from '../store';
import { log } from '../log';

export function describeIssues(issues: { path: PropertyKey[]; message: string; code?: string }[]): string {
  // Unknown keys first: a payload with a stray key is usually a wrong caller, which matters most.
  return [...issues]
    .sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'))
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(请求)'}: ${i.message}`)
    .join('; ');
}

const STORE_CODES: Partial<Record<StoreError['code'], ErrorCode>> = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BAD_EDIT: 'BAD_REQUEST',
  READ_ONLY: 'READ_ONLY',
};

/** SQLite failures that a user can act on, said plainly; the transaction has rolled back, nothing is lost. */
function sqliteMessage(e: unknown): { code: ErrorCode; message: string } | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code === 'SQLITE_FULL') return { code: 'STORE_ERROR', message: '磁盘已满，修改没有保存；已保存的数据完好。请腾出空间后重试' };
  if (code.startsWith('SQLITE_READONLY')) return { code: 'READ_ONLY', message: '数据库文件是只读的，修改没有保存：请检查文件权限' };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return { code: 'BUSY', message: '数据库正被另一个程序写入，这次操作没有完成；已保存的数据完好。请稍后重试' };
  return { code: 'STORE_ERROR', message: `数据库出错（${code}），修改没有保存：${(e as Error).message}` };
}

/** Every call that fails is one line in the log (log.ts): its channel and error code, nothing of its content. */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  const started = Date.now();
  const result = await answer(handlers, channel, payload);
  if (!result.ok) log('api.error', { channel: String(channel), code: result.error.code, ms: Date.now() - started });
  return result;
}

async function answer(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('BAD_CHANNEL', `未知的接口：${String(channel).slice(0, 80)}`);
  const parsed = REQUESTS[channel].safeParse(payload);
  if (!parsed.success) return fail('BAD_REQUEST', `接口 ${channel} 的参数有误：${describeIssues(parsed.error.issues)}`);
  try {
    const handler = handlers[channel] as (req: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (e) {
    if (typeof (e as { code?: unknown })?.code === 'string') log('api.exception', { channel, code: (e as { code: string }).code });
    if (e instanceof AppError) return fail(e.code, e.message);
    if (e instanceof StoreError) return fail(STORE_CODES[e.code] ?? 'STORE_ERROR', e.message);
    const sqlite = sqliteMessage(e);
    if (sqlite) return fail(sqlite.code, sqlite.message);
    console.error(`[api] ${channel} failed:`, e);
    return fail('INTERNAL', `接口 ${channel} 出错：${(e as Error).message ?? String(e)}`);
  }
}
