/**
 * sha256 of files' bytes as stored, for lineage. CSV and JSON Lines hash the bytes as they stream
 * past (`StreamHash`); Parquet, read by ranges, hashes the file in a separate stream (`hashFile`).
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DataError } from '../runtime/errors.js';
import { causeText } from './files.js';
import type { FileFingerprint } from './types.js';

/** Bytes per read when hashing a whole file. */
const HASH_READ_SIZE = 1 << 20;

/** Streams `path` through sha256 in fixed-size reads. */
export async function hashFile(path: string): Promise<FileFingerprint> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: HASH_READ_SIZE })) {
      const buffer = chunk as Buffer;
      hash.update(buffer);
      bytes += buffer.length;
    }
  } catch (error) {
    throw new DataError(`${path}: cannot be read (${causeText(error)})`);
  }
  return { path, bytes, sha256: hash.digest('hex') };
}

/** sha256 fed chunk by chunk. */
export interface StreamHash {
  /** Hashes the next `bytes`. */
  update(bytes: Uint8Array): void;
  digest(): Promise<string>;
}

/**
 * sha256 on this thread. (A worker thread was tried: at ~2 GB/s hashing is a small share of a CSV
 * pass, and the shared buffers it needs outlive their batches until the worker collects them.)
 */
export function inlineHash(): StreamHash {
  const hash: Hash = createHash('sha256');
  return {
    update: (bytes) => hash.update(bytes),
    digest: () => Promise.resolve(hash.digest('hex'))
  };
}
