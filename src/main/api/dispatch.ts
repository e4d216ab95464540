/**
 * The single gate every request passes, whatever the transport: the channel must be on the allowlist and
 * the payload must match its schema exactly, or nothing runs. Errors come back as data.
 */
import { isChannel, REQUESTS, type Handlers } from '../../shared/api';
import { AppError, fail, ok, type Result } from '../../shared/result';
import { StoreError } from '../store';

export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(请求)'}: ${i.message}`)
    .join('; ');
}

export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('BAD_CHANNEL', `未知的接口：${String(channel).slice(0, 80)}`);
  const parsed = REQUESTS[channel].safeParse(payload);
  if (!parsed.success) return fail('BAD_REQUEST', `接口 ${channel} 的参数有误：${describeIssues(parsed.error.issues)}`);
  try {
    const handler = handlers[channel] as (req: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, e.message);
    if (e instanceof StoreError) return fail('STORE_ERROR', e.message);
    console.error(`[api] ${channel} failed:`, e);
    return fail('INTERNAL', `接口 ${channel} 出错：${(e as Error).message ?? String(e)}`);
  }
}
