/**
 * Worker threads of the running bundle: where the bundle is (workers start the same file, and
 * shared/cli/entry.ts gives them their role), and how a worker's failure crosses back so that the
 * caller rethrows the same error class (exit codes and messages do not change with the thread).
 */
import { fileURLToPath } from 'node:url';
import {
  ConfigurationError,
  DataError,
  errorMessage,
  isUserError,
  ModelError,
  TrainingError,
  type UserError
} from './errors.js';

/** The role of a worker that reads a data set (shared/data/read-thread.ts), dispatched by shared/cli/entry.ts. */
export const READ_WORKER_ROLE = 'mlgate-read';

/** How a worker reports a failure: user errors by kind, bugs with their stack. */
export type WorkerFailure =
  | { readonly kind: 'user-error'; readonly errorKind: UserError['kind']; readonly message: string }
  | { readonly kind: 'error'; readonly message: string; readonly stack?: string };

/** The message a worker posts for `error`. */
export function failureOf(error: unknown): WorkerFailure {
  if (isUserError(error)) return { kind: 'user-error', errorKind: error.kind, message: error.message };
  return {
    kind: 'error',
    message: errorMessage(error),
    ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {})
  };
}

/** The error a worker's failure stands for, to rethrow on the caller's side. */
export function errorOf(failure: WorkerFailure): Error {
  if (failure.kind === 'error') return Object.assign(new Error(failure.message), { stack: failure.stack });
  const { errorKind: kind, message } = failure;
  if (kind === 'data') return new DataError(message);
  if (kind === 'model') return new ModelError(message);
  if (kind === 'training') return new TrainingError(message);
  return new ConfigurationError(message);
}

/**
 * The bundle this code runs from, when it runs from one (dist/<name>/index.js): workers start the
 * same file. Under the TypeScript sources (tests) there is no bundle and work stays in this thread.
 */
export function bundlePath(): string | undefined {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith('.js') ? file : undefined;
}
