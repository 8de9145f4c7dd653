/**
 * About how many rows a data set holds, before reading it: for sizing per-row result arrays once
 * instead of growing them block by block and copying them together at the end.
 */
import { open, stat } from 'node:fs/promises';
import type { Dataset } from './dataset.js';

/** Bytes of the first file that the line length is taken from. */
const SAMPLE_BYTES = 1 << 16;

/**
 * Plain CSV/TSV: the files' total size over the mean length of the whole lines in the first file's
 * first 64 KiB.
 * Quoted line breaks and header lines make it an overestimate, a file whose later lines are shorter
 * an underestimate; callers treat it as a hint. Undefined for compressed, JSON Lines and Parquet
 * data, and when the sample holds fewer than two line breaks.
 */
export async function estimateRows(dataset: Pick<Dataset, 'files' | 'format'>): Promise<number | undefined> {
  if ((dataset.format !== 'csv' && dataset.format !== 'tsv') || dataset.files.length === 0) return undefined;
  let bytes = 0;
  for (const file of dataset.files) bytes += (await stat(file)).size;
  const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, bytes));
  const handle = await open(dataset.files[0], 'r');
  let read: number;
  try {
    ({ bytesRead: read } = await handle.read(sample, 0, sample.length, 0));
  } finally {
    await handle.close();
  }
  // Whole lines only: the sample's bytes up to its last line break, over the line breaks.
  let lines = 0;
  let end = 0;
  for (let at = sample.indexOf(0x0a); at >= 0 && at < read; at = sample.indexOf(0x0a, at + 1)) {
    lines++;
    end = at + 1;
  }
  if (lines < 2) return undefined;
  return Math.ceil(bytes / (end / lines));
}
