/**
 * A data set read in a worker thread, with `MLGATE_READ_THREAD=1`. The worker runs the ordinary
 * reader (tokenizing, parsing, hashing) and hands each batch over (`batch-wire.ts`); the calling
 * thread gets the same batches as in-thread and spends its time on what it does with them, so
 * reading and checking run on two cores at once.
 *
 * Opt-in, measured on the 2-core bench machine: validate-data on 126 MB of CSV about 15% faster,
 * for some 55 MB more peak memory (a second V8 isolate and the batches in flight), which its 200 MB
 * bound cannot afford by default; evaluate-thresholds no faster (its work per batch is too light to
 * hide the hand-over). CSV/TSV only (JSON Lines and Parquet cells have no bytes to find a cell's
 * text in again), and only from a bundle (the worker starts the same file; under the TypeScript
 * sources reading stays in-thread).
 */
import { Worker } from 'node:worker_threads';
import { bundlePath, errorOf, READ_WORKER_ROLE, type WorkerFailure } from '../runtime/worker.js';
import { BatchUnpacker, type WireBatch } from './batch-wire.js';
import type { Batch, ColumnSchema, DataFormat, FileFingerprint, ReadOptions } from './types.js';

const CSV_FORMATS: readonly DataFormat[] = ['csv', 'tsv', 'csv.gz', 'tsv.gz'];

/** The reader's young generation, MB: its batches are short-lived, so a small one is enough. */
const YOUNG_GENERATION_MB = 16;

/** What a read worker is started with. */
export interface ReadPassInput {
  readonly files: readonly string[];
  readonly format: DataFormat;
  readonly options: ReadOptions;
  /** The schema an earlier full pass resolved, which this pass starts from. */
  readonly resolved: readonly ColumnSchema[] | undefined;
  /** Whether this pass computes the files' fingerprints. */
  readonly hash: boolean;
}

export type FromReader =
  | WireBatch
  | {
      readonly kind: 'end';
      readonly schema: ColumnSchema[];
      readonly fingerprints: FileFingerprint[] | undefined;
    }
  | WorkerFailure;

/** What the consuming thread sends back: a batch's buffer, once the next batch is asked for. */
export interface ToReader {
  readonly kind: 'release';
  readonly buffer: ArrayBuffer;
}

/** The bundle a read worker starts, when reads go to a worker thread; undefined otherwise. */
export function readThreadScript(format: DataFormat): string | undefined {
  if (process.env.MLGATE_READ_THREAD !== '1' || !CSV_FORMATS.includes(format)) return undefined;
  return bundlePath();
}

/** The batches of one pass, read by a worker thread running `script`. */
export async function* threadBatches(
  script: string,
  input: ReadPassInput,
  done: (end: Extract<FromReader, { kind: 'end' }>) => void
): AsyncGenerator<Batch> {
  const worker = new Worker(script, {
    workerData: { role: READ_WORKER_ROLE, input },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  });
  const inbox = new Inbox(worker);
  const unpacker = new BatchUnpacker();
  try {
    for (;;) {
      const message = await inbox.next();
      if (message.kind === 'batch') {
        yield unpacker.unpack(message);
        // The consumer asked for the next batch: this one is done with (types.ts), its buffer goes back.
        const release: ToReader = { kind: 'release', buffer: message.buffer };
        worker.postMessage(release, [message.buffer]);
      } else if (message.kind === 'end') {
        done(message);
        return;
      } else {
        throw errorOf(message);
      }
    }
  } finally {
    inbox.close();
    await worker.terminate();
  }
}

/** A worker's messages as a queue that `next()` awaits; a crash or an early exit rejects. */
class Inbox {
  private readonly queue: FromReader[] = [];
  private waiter: { resolve: (message: FromReader) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;
  private closed = false;

  constructor(worker: Worker) {
    worker.on('message', (message: FromReader) => {
      const waiter = this.waiter;
      this.waiter = undefined;
      if (waiter === undefined) this.queue.push(message);
      else waiter.resolve(message);
    });
    worker.on('error', (error: Error) => {
      this.fail(error);
    });
    worker.on('exit', (code) => {
      this.fail(new Error(`the read worker exited with code ${code} before the end of the data`));
    });
  }

  next(): Promise<FromReader> {
    const message = this.queue.shift();
    if (message !== undefined) return Promise.resolve(message);
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  close(): void {
    this.closed = true;
  }

  private fail(error: Error): void {
    if (this.closed || this.failure !== undefined) return;
    this.failure = error;
    this.waiter?.reject(error);
    this.waiter = undefined;
  }
}
