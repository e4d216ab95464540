/** The one error a reader throws: its message names the problem, in Chinese, for the CLI and the import dialog. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
}

/** Run a library call; anything it throws becomes a ReadError with `message` (and the cause kept). */
export async function guard<T>(message: string, task: () => Promise<T> | T): Promise<T> {
  try {
    return await task();
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(message, { cause: e });
  }
}
