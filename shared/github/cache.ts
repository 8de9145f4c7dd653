/**
 * GitHub's Actions cache as a run cache (@actions/cache): available when the runner gives actions
 * its cache service. Loaded only then. A cache that cannot be reached is a warning and a miss, never
 * a failed step: the run trains instead.
 */
import { isAbsolute, relative } from 'node:path';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

type Env = Readonly<Record<string, string | undefined>>;

/** True when this process can reach the Actions cache service. */
export function canUseActionsCache(env: Env): boolean {
  return (
    (env.ACTIONS_RUNTIME_TOKEN ?? '') !== '' &&
    (env.ACTIONS_CACHE_URL ?? env.ACTIONS_RESULTS_URL ?? '') !== ''
  );
}

/** Cache entries are immutable and keyed by the run key, behind this prefix. */
const KEY_PREFIX = 'mlgate-train-';

export class ActionsRunCache {
  readonly description = 'the Actions cache';

  constructor(private readonly logger: Logger) {}

  /** @actions/cache keys paths by their spelling: use the workspace-relative one. */
  private path(outputDir: string): string {
    return isAbsolute(outputDir) ? relative(process.cwd(), outputDir) || '.' : outputDir;
  }

  async restore(key: string, outputDir: string): Promise<boolean> {
    try {
      const cache = await import('@actions/cache');
      const hit = await cache.restoreCache([this.path(outputDir)], `${KEY_PREFIX}${key}`);
      return hit !== undefined;
    } catch (error) {
      this.logger.warning(
        `mlgate could not read the Actions cache: ${errorMessage(error)}; training instead.`
      );
      return false;
    }
  }

  async save(key: string, outputDir: string): Promise<void> {
    try {
      const cache = await import('@actions/cache');
      await cache.saveCache([this.path(outputDir)], `${KEY_PREFIX}${key}`);
    } catch (error) {
      this.logger.warning(`mlgate could not save the run to the Actions cache: ${errorMessage(error)}.`);
    }
  }
}
