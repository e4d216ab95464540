/**
 * Every file path that crosses into the main process (export, open, save) is checked here before use:
 * absolute, no NUL bytes or traversal segments, the expected extension, and — when it must stay inside a
 * folder the user chose — no symlink that leads out of it. Writes go only where the user pointed.
 */
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, normalize, relative, resolve, sep } from 'node:path';

export class PathError extends Error {
  override name = 'PathError';
}

export interface PathRule {
  /** Required extensions, lower case with the dot: ['.briefing']. */
  extensions?: string[];
  /** The path must resolve (through symlinks) inside this folder. */
  within?: string;
  /** For writes: the folder must exist and the path must not be an existing directory or symlink. */
  forWriting?: boolean;
}

export function checkUserPath(input: string, rule: PathRule = {}): string {
  if (typeof input !== 'string' || !input) throw new PathError('没有给出文件路径');
  if (input.includes('\0')) throw new PathError('文件路径含有非法字符（NUL）');
  if (!isAbsolute(input)) throw new PathError(`文件路径必须是绝对路径：${input}`);
  if (input.split(/[\\/]/).includes('..')) throw new PathError(`文件路径不能包含“..”：${input}`);
  const path = normalize(input);
  if (rule.extensions && !rule.extensions.some((e) => path.toLowerCase().endsWith(e)))
    throw new PathError(`文件类型不对：应为 ${rule.extensions.join('、')}（${path}）`);
  if (rule.forWriting) {
    if (!existsSync(dirname(path))) throw new PathError(`文件夹不存在：${dirname(path)}`);
    if (existsSync(path)) {
      const st = lstatSync(path);
      if (st.isSymbolicLink()) throw new PathError(`不会写入符号链接指向的位置：${path}`);
      if (st.isDirectory()) throw new PathError(`这是一个文件夹，不是文件：${path}`);
    }
  }
  if (rule.within) {
    const root = realpathSync(rule.within);
    const target = existsSync(path) ? realpathSync(path) : resolve(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
    const rel = relative(root, target);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..'))
      throw new PathError(`文件不在允许的文件夹（${root}）之内：${path}`);
  }
  return path;
}
