/**
 * Keeping freed memory for the next allocation of its size, in a loop that allocates and frees the
 * same blocks batch after batch (the scoring pass: onnxruntime's outputs, half a MiB and more each).
 *
 * glibc's malloc serves a request at or above its mmap threshold (128 KiB when a process starts)
 * with a fresh mapping and unmaps it on free, so the next such request faults every page in again:
 * a 65,536-row batch's outputs are 256 new pages per `session.run`. When a mapped block is freed,
 * glibc raises the threshold to that block's size (up to 32 MiB), and blocks under it are then kept
 * in the heap and reused. Node cannot call mallopt; freeing one block of THRESHOLD_BYTES sets the
 * threshold as mallopt(M_MMAP_THRESHOLD) would, with the trim threshold at twice that. Blocks of
 * THRESHOLD_BYTES and more (the per-row stores of millions of rows) are still mapped and unmapped.
 *
 * Measured on the 2M-row bench (2-core machine, about 10 µs a page fault), with onnxruntime's
 * outputs released as soon as they are kept (`ScoreCollector`): 29.6–31.1k → 26.5–27.7k page
 * faults for the whole process, and the verdict's session.run latency 2.44e-5 → 1.85e-5 ms a row
 * (8 runs each); the process's wall time moved less than the machine's noise. Under another
 * allocator (musl, jemalloc) this is one allocation and one free, nothing more.
 *
 * The CSV reader frees its reused arrays and buffers (about 13 MB at 65,536-row batches of the
 * bench file) when a pass ends, and what runs next takes their memory: after the scoring pass, the
 * metrics' sort buffers. On the same bench (3 runs each), the metrics phase went from 2,954–2,977
 * page faults to 159–168, and from 135–175 ms to 135–137 ms.
 */

/** The threshold this sets: above a batch's blocks, below the per-row stores. */
const THRESHOLD_BYTES = 8 << 20;

let raised = false;

/** Raises glibc's mmap threshold once per process (see the module comment). */
export function reuseFreedMemory(): void {
  if (raised) return;
  raised = true;
  new ArrayBuffer(THRESHOLD_BYTES).transfer(0);
}

/**
 * Frees the memory of arrays no one will read again now, rather than at the next garbage
 * collection, so that the next allocation of that size reuses it. Detaches them: their length
 * becomes 0. Only an array that spans its whole buffer is freed: a view of part of a buffer (a
 * small Buffer from Node's shared pool, a subarray) leaves the buffer to its other views. Other
 * values (string arrays, undefined) are left alone. Arrays of another realm (onnxruntime's outputs
 * seen from a test's VM context) are freed alike, so no `instanceof` here.
 */
export function release(arrays: Iterable<unknown>): void {
  for (const array of arrays) {
    if (!ArrayBuffer.isView(array)) continue;
    const buffer = array.buffer as ArrayBuffer;
    if (Object.prototype.toString.call(buffer) !== '[object ArrayBuffer]' || buffer.detached) continue;
    if (array.byteOffset !== 0 || array.byteLength !== buffer.byteLength) continue;
    ArrayBuffer.prototype.transfer.call(buffer, 0);
  }
}
