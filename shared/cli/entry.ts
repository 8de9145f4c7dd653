import { isMainThread, workerData } from 'node:worker_threads';
import type { ReadPassInput } from '../data/read-thread.js';
import type { Command } from '../runtime/command.js';
import { READ_WORKER_ROLE } from '../runtime/worker.js';

/**
 * The top of every bundle. Worker threads start the same bundle file, so it is here that a worker
 * finds its role instead of running the action again; each role's modules load on demand, so a
 * worker evaluates only what its role needs.
 */
export async function entry(main: () => Promise<void>): Promise<void> {
  if (isMainThread) {
    await main();
    return;
  }
  const { role, input } = (workerData ?? {}) as { role?: string; input?: unknown };
  if (role === READ_WORKER_ROLE) {
    const { serveReadPass } = await import('../data/read-worker.js');
    await serveReadPass(input as ReadPassInput);
  } else throw new Error(`unknown worker role ${String(role)}`);
}

/**
 * The top of one action's bundle: `entry`, then the action runs `load`'s command. The command's
 * modules load on demand, so a worker thread of the bundle evaluates none of them.
 */
export async function actionEntry(load: () => Promise<Command>): Promise<void> {
  await entry(async () => {
    const [{ runAction }, command] = await Promise.all([import('../runtime/action.js'), load()]);
    await runAction(() => command);
  });
}
