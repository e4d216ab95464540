export declare const CACHE_DIR: string;

export interface BindingKey {
  /** The project root (the folder with package.json and node_modules). */
  root: string;
  sqliteVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

export declare function electronBindingPath(key: BindingKey): string;
