/** The Open Recent list: the last ten briefing files, newest first, in the user-data folder. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 10;
const file = (userData: string) => join(userData, 'recent.json');

export function readRecent(userData: string): string[] {
  try {
    const list = JSON.parse(readFileSync(file(userData), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && existsSync(p)).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function addRecent(userData: string, path: string): string[] {
  const list = [path, ...readRecent(userData).filter((p) => p !== path)].slice(0, MAX);
  writeFileSync(file(userData), JSON.stringify(list, null, 2));
  return list;
}
