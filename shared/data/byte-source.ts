/**
 * A file's bytes in fixed-size reads, gunzipped on the fly for `.gz`, hashing the bytes as stored
 * while they stream past (so CSV and JSONL files are read once for both the data and the
 * fingerprint).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { DataError } from '../runtime/errors.js';
import { release } from '../runtime/memory.js';
import { causeCode, causeText, noSuchFile } from './files.js';
import { inlineHash, type StreamHash } from './fingerprint.js';
import type { FileFingerprint } from './types.js';

/** Bytes per read from disk. */
export const READ_SIZE = 1 << 20;

export interface ByteSource {
  /** Reads up to `length` (decompressed) bytes into `target` at `offset`; 0 at the end. */
  read(target: Buffer, offset: number, length: number): Promise<number>;
  /** The stored bytes' sha256, once `read` returned 0 (undefined when not hashing). */
  fingerprint(): Promise<FileFingerprint | undefined>;
  close(): Promise<void>;
}

export interface SourceOptions {
  readonly gzip: boolean;
  /** Compute the fingerprint on the way. */
  readonly hash: boolean;
}

/** Opens `path` for streaming. */
export async function openByteSource(path: string, options: SourceOptions): Promise<ByteSource> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw noSuchFile(path, error);
  }
  // zlib and streams load only for gzip (a few ms of start-up a plain file does not need).
  if (options.gzip) return new (await import('./gunzip-source.js')).GunzipSource(path, handle, options.hash);
  return new FileSource(path, handle, options.hash ? inlineHash() : undefined);
}

/**
 * A plain file, read one `READ_SIZE` chunk ahead: while the caller parses the bytes it was handed,
 * the next chunk is already coming from the disk (or the page cache) on libuv's thread pool, instead
 * of the caller waiting for each read in turn (measured: ~90 ms of a 126 MB validate-data spent
 * idle). Two buffers take turns; the chunk handed out is copied into the caller's buffer.
 */
class FileSource implements ByteSource {
  private bytes = 0;
  private ended = false;
  /** The chunk being handed out, and how much of it has been. */
  private chunk: Buffer = Buffer.alloc(0);
  private at = 0;
  /** The read of the next chunk, under way. */
  private ahead: Promise<Buffer> | undefined;
  private readonly buffers = [Buffer.allocUnsafe(READ_SIZE), Buffer.allocUnsafe(READ_SIZE)];
  private turn = 0;

  constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    private readonly hash: StreamHash | undefined
  ) {}

  async read(target: Buffer, offset: number, length: number): Promise<number> {
    if (this.at === this.chunk.length) {
      if (this.ended) return 0;
      this.chunk = await (this.ahead ?? this.readChunk());
      this.at = 0;
      if (this.chunk.length === 0) {
        this.ended = true;
        this.ahead = undefined;
        return 0;
      }
      this.ahead = this.readChunk();
      // A failed read surfaces at the next `read`; until then it must not count as unhandled.
      this.ahead.catch(() => undefined);
    }
    const n = Math.min(length, this.chunk.length - this.at);
    this.chunk.copy(target, offset, this.at, this.at + n);
    this.at += n;
    return n;
  }

  /** The next chunk of the file (empty at its end), into the buffer not being handed out. */
  private async readChunk(): Promise<Buffer> {
    const buffer = this.buffers[this.turn];
    this.turn = 1 - this.turn;
    let bytesRead: number;
    try {
      ({ bytesRead } = await this.handle.read(buffer, 0, buffer.length, null));
    } catch (error) {
      throw new DataError(`${this.path}: cannot be read (${causeCode(error) ?? causeText(error)})`);
    }
    const chunk = buffer.subarray(0, bytesRead);
    if (bytesRead > 0) {
      this.hash?.update(chunk);
      this.bytes += bytesRead;
    }
    return chunk;
  }

  async fingerprint(): Promise<FileFingerprint | undefined> {
    if (this.hash === undefined || !this.ended) return undefined;
    return { path: this.path, bytes: this.bytes, sha256: await this.hash.digest() };
  }

  async close(): Promise<void> {
    // The read ahead must finish before its file handle closes, and before its buffer is freed.
    await this.ahead?.catch(() => undefined);
    release(this.buffers);
    await this.handle.close();
  }
}
