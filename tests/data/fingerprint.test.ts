/** hashFile: sha256 of a whole file, read into one reused buffer. */
import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { hashFile } from '../../shared/data/fingerprint.js';
import { DataError } from '../../shared/runtime/errors.js';
import { tempDir, writeTemp } from './helpers.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('hashFile', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['exactly one read', 1 << 20],
    ['several reads and a partial one', 2.5 * (1 << 20) + 7]
  ])('%s: the bytes and sha256 of the whole file', async (_, size) => {
    const bytes = randomBytes(size);
    const path = writeTemp(tempDir(), 'data.bin', bytes);
    expect(await hashFile(path)).toEqual({ path, bytes: size, sha256: sha256(bytes) });
  });

  it('names a file it cannot read', async () => {
    const path = join(tempDir(), 'absent.csv');
    const error = await hashFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(new RegExp(`^${path}: cannot be read \\(.*ENOENT`));
  });
});
