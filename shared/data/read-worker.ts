/**
 * The worker side of `read-thread.ts`: one pass of the ordinary reader over the files it was given,
 * each batch packed and transferred, at most `WINDOW` batches ahead of the consuming thread.
 */
import { parentPort } from 'node:worker_threads';
import { failureOf } from '../runtime/worker.js';
import { BatchPacker, BufferPool } from './batch-wire.js';
import { readerDataset } from './dataset.js';
import type { FromReader, ReadPassInput, ToReader } from './read-thread.js';

/**
 * Batches handed over and not yet given back: one the consumer works on, one waiting for it. The
 * worker builds the next meanwhile, so neither thread waits while the other has work.
 */
const WINDOW = 2;

export async function serveReadPass(input: ReadPassInput): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('serveReadPass: not in a worker thread');
  const post = (message: FromReader, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(message, transfer);
  };
  const pool = new BufferPool();
  let inFlight = 0;
  let wake: (() => void) | undefined;
  port.on('message', (message: ToReader) => {
    pool.give(message.buffer);
    inFlight--;
    wake?.();
    wake = undefined;
  });
  try {
    const dataset = readerDataset(input);
    const packer = new BatchPacker(pool);
    for await (const batch of dataset.batches()) {
      while (inFlight >= WINDOW) await new Promise<void>((resolve) => (wake = resolve));
      const wire = packer.pack(batch);
      inFlight++;
      post(wire, [wire.buffer]);
    }
    post({
      kind: 'end',
      schema: dataset.schema(),
      fingerprints: input.hash ? dataset.fingerprints() : undefined
    });
  } catch (error) {
    post(failureOf(error));
  }
}
