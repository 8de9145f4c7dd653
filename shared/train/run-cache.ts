/**
 * Where finished runs are kept, by run key: GitHub's Actions cache (@actions/cache, through
 * shared/github) when the runner offers it, else a local directory (CLI runs, other CI). A hit
 * restores the whole output directory.
 */
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface RunCache {
  /** Where the cache lives, for the log. */
  readonly description: string;
  /** Restores the outputs of run `key` into `outputDir`; false when there is none. */
  restore(key: string, outputDir: string): Promise<boolean>;
  /** Keeps `outputDir` as the outputs of run `key`. */
  save(key: string, outputDir: string): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  );
}

/** One directory per run key under `root`; saved atomically (copy, then rename). */
export class LocalRunCache implements RunCache {
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `local cache ${root}`;
  }

  async restore(key: string, outputDir: string): Promise<boolean> {
    const entry = join(this.root, key);
    if (!(await exists(entry))) return false;
    await rm(outputDir, { recursive: true, force: true });
    await cp(entry, outputDir, { recursive: true });
    return true;
  }

  async save(key: string, outputDir: string): Promise<void> {
    const entry = join(this.root, key);
    if (await exists(entry)) return;
    await mkdir(this.root, { recursive: true });
    const staging = `${entry}.${process.pid}.tmp`;
    await rm(staging, { recursive: true, force: true });
    await cp(outputDir, staging, { recursive: true });
    try {
      await rename(staging, entry);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      // Another run saved the same key first: same inputs, same outputs.
      if (!(await exists(entry))) throw error;
    }
  }
}
