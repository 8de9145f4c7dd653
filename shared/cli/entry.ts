import { isMainThread, workerData } from 'node:worker_threads';
import { validate, VALIDATE_WORKER_ROLE, type ValidationPlan } from '../checks/validate.js';
import { serveWorker } from '../runtime/worker.js';

/**
 * The top of every bundle. Worker threads start the same bundle file, so it is here that a worker
 * finds its role instead of running the action again.
 */
export async function entry(main: () => Promise<void>): Promise<void> {
  if (isMainThread) {
    await main();
    return;
  }
  const { role, input } = (workerData ?? {}) as { role?: string; input?: unknown };
  if (role === VALIDATE_WORKER_ROLE)
    await serveWorker(input, (plan, logger) => validate(plan as ValidationPlan, logger));
  else throw new Error(`unknown worker role ${String(role)}`);
}
