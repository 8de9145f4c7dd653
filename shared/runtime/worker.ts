import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import {
  ConfigurationError,
  DataError,
  errorMessage,
  isUserError,
  ModelError,
  TrainingError,
  type UserError
} from './errors.js';
import type { Logger } from './logger.js';

/**
 * Runs a piece of work in a worker thread of the running bundle, with a small young generation so
 * that memory stays flat however much data streams through. Logs come back to the caller's logger,
 * user errors come back as the same error classes (so exit codes and messages do not change).
 */
type FromWorker =
  | { readonly kind: 'log'; readonly level: 'info' | 'warning' | 'debug'; readonly message: string }
  | { readonly kind: 'group'; readonly name: string }
  | { readonly kind: 'end-group' }
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'user-error'; readonly errorKind: UserError['kind']; readonly message: string }
  | { readonly kind: 'error'; readonly message: string; readonly stack?: string };

/** Young generation of worker threads, MB: batches are short-lived, so a small one is enough. */
const YOUNG_GENERATION_MB = 16;

function userError(kind: UserError['kind'], message: string): UserError {
  if (kind === 'data') return new DataError(message);
  if (kind === 'model') return new ModelError(message);
  if (kind === 'training') return new TrainingError(message);
  return new ConfigurationError(message);
}

export async function runInWorker<T>(
  script: string,
  role: string,
  input: unknown,
  logger: Logger
): Promise<T> {
  const worker = new Worker(script, {
    workerData: { role, input },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  });
  let endGroup: (() => void) | undefined;
  let groupDone: Promise<unknown> = Promise.resolve();
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        switch (message.kind) {
          case 'log':
            logger[message.level](message.message);
            break;
          case 'group':
            groupDone = logger.group(message.name, () => new Promise<void>((done) => (endGroup = done)));
            break;
          case 'end-group':
            endGroup?.();
            endGroup = undefined;
            break;
          case 'result':
            resolve(message.value as T);
            break;
          case 'user-error':
            reject(userError(message.errorKind, message.message));
            break;
          case 'error':
            reject(Object.assign(new Error(message.message), { stack: message.stack }));
            break;
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        reject(new Error(`worker ${role} exited with code ${code} before answering`));
      });
    });
  } finally {
    endGroup?.();
    await groupDone;
    await worker.terminate();
  }
}

/** The worker side: runs `work` on the input it was started with and posts the outcome. */
export async function serveWorker(
  input: unknown,
  work: (input: unknown, logger: Logger) => Promise<unknown>
): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('serveWorker: not in a worker thread');
  const post = (message: FromWorker): void => {
    port.postMessage(message);
  };
  const logger: Logger = {
    info: (message) => {
      post({ kind: 'log', level: 'info', message });
    },
    warning: (message) => {
      post({ kind: 'log', level: 'warning', message });
    },
    debug: (message) => {
      post({ kind: 'log', level: 'debug', message });
    },
    group: async (name, work) => {
      post({ kind: 'group', name });
      try {
        return await work();
      } finally {
        post({ kind: 'end-group' });
      }
    }
  };
  try {
    post({ kind: 'result', value: await work(input, logger) });
  } catch (error) {
    if (isUserError(error)) post({ kind: 'user-error', errorKind: error.kind, message: error.message });
    else
      post({
        kind: 'error',
        message: errorMessage(error),
        ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {})
      });
  }
}

/**
 * The bundle this code runs from, when it runs from one (dist/<name>/index.js): workers start the
 * same file. Under the TypeScript sources (tests) there is no bundle and work stays in this thread.
 */
export function bundlePath(): string | undefined {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith('.js') ? file : undefined;
}
