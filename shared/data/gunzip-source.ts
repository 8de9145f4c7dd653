/**
 * A `.gz` file's bytes, decompressed on the fly (see byte-source.ts; loaded only for gzip data).
 */
import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip, type Gunzip } from 'node:zlib';
import { DataError } from '../runtime/errors.js';
import { READ_SIZE, type ByteSource } from './byte-source.js';
import { causeText } from './files.js';
import type { FileFingerprint } from './types.js';

/**
 * Decompressed chunks from a zlib Gunzip piped from the file; the raw chunks are hashed on their
 * way in. Multi-member gzip files (concatenated .gz) decompress whole, as `gunzip` does.
 */
export class GunzipSource implements ByteSource {
  private readonly chunks: AsyncIterator<Buffer>;
  private readonly hash: Hash | undefined;
  private readonly gunzip: Gunzip;
  private pending: Buffer | undefined;
  private bytes = 0;
  private digest: string | undefined;
  private ended = false;

  constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    hash: boolean
  ) {
    this.hash = hash ? createHash('sha256') : undefined;
    const raw = handle.createReadStream({ highWaterMark: READ_SIZE, autoClose: false });
    raw.on('data', (chunk: Buffer | string) => {
      if (typeof chunk === 'string') return;
      this.hash?.update(chunk);
      this.bytes += chunk.length;
    });
    this.gunzip = createGunzip({ chunkSize: READ_SIZE });
    // Errors surface through the iterator below; the callback only keeps them from going unhandled.
    pipeline(raw, this.gunzip, () => undefined);
    this.chunks = this.gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async read(target: Buffer, offset: number, length: number): Promise<number> {
    while (this.pending === undefined || this.pending.length === 0) {
      if (this.ended) return 0;
      let next: IteratorResult<Buffer>;
      try {
        next = await this.chunks.next();
      } catch (error) {
        throw new DataError(`${this.path}: truncated or corrupt gzip stream (${causeText(error)})`);
      }
      if (next.done === true) {
        this.ended = true;
        if (this.hash !== undefined) this.digest = this.hash.digest('hex');
        return 0;
      }
      this.pending = next.value;
    }
    const chunk = this.pending;
    const n = Math.min(length, chunk.length);
    chunk.copy(target, offset, 0, n);
    this.pending = chunk.subarray(n);
    return n;
  }

  fingerprint(): Promise<FileFingerprint | undefined> {
    return Promise.resolve(
      this.digest === undefined ? undefined : { path: this.path, bytes: this.bytes, sha256: this.digest }
    );
  }

  async close(): Promise<void> {
    this.gunzip.destroy();
    await this.handle.close();
  }
}
