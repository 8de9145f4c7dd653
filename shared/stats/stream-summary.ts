/**
 * The Stream-Summary structure of Space-Saving (Metwally, Agrawal, El Abbadi 2005, "Efficient
 * computation of frequent and top-k elements in data streams"): counters grouped in buckets of equal
 * count, buckets in a list ordered by count, so that incrementing a counter and finding a minimal one
 * are O(1). Counters are slots 0 … capacity − 1; the keys live with the caller (`space-saving.ts`).
 */

const NONE = -1;

export class StreamSummary {
  readonly counts: Float64Array;
  readonly errors: Float64Array;
  size = 0;
  private readonly bucketOf: Int32Array;
  private readonly nextInBucket: Int32Array;
  private readonly prevInBucket: Int32Array;
  private readonly bucketCount: Float64Array;
  private readonly bucketHead: Int32Array;
  private readonly bucketNext: Int32Array;
  private readonly bucketPrev: Int32Array;
  private readonly freeBuckets: Int32Array;
  private free = 0;
  private minBucket = NONE;
  private maxBucket = NONE;

  constructor(readonly capacity: number) {
    this.counts = new Float64Array(capacity);
    this.errors = new Float64Array(capacity);
    this.bucketOf = new Int32Array(capacity);
    this.nextInBucket = new Int32Array(capacity);
    this.prevInBucket = new Int32Array(capacity);
    // One bucket per distinct count, plus one: an increment creates the next bucket before it frees
    // the emptied one.
    this.bucketCount = new Float64Array(capacity + 1);
    this.bucketHead = new Int32Array(capacity + 1);
    this.bucketNext = new Int32Array(capacity + 1);
    this.bucketPrev = new Int32Array(capacity + 1);
    this.freeBuckets = new Int32Array(capacity + 1);
    for (let b = 0; b <= capacity; b++) this.freeBuckets[this.free++] = b;
  }

  get full(): boolean {
    return this.size === this.capacity;
  }

  /** A new counter with `count` ≥ every existing count (or 1 when it is the minimum); returns its slot. */
  add(count: number, atTop: boolean): number {
    const slot = this.size++;
    this.errors[slot] = 0;
    if (atTop) {
      if (this.maxBucket === NONE || this.bucketCount[this.maxBucket] !== count) {
        this.insertBucketAfter(this.maxBucket, count);
      }
      this.attach(slot, this.maxBucket);
    } else {
      if (this.minBucket === NONE || this.bucketCount[this.minBucket] !== count) {
        this.insertBucketAfter(NONE, count);
      }
      this.attach(slot, this.minBucket);
    }
    return slot;
  }

  /** A counter with the smallest count (to be given to a new key). */
  minSlot(): number {
    return this.bucketHead[this.minBucket];
  }

  /** Hands `slot` to a new key: its error becomes its count, then the count is incremented. */
  replace(slot: number): void {
    this.errors[slot] = this.counts[slot];
    this.increment(slot);
  }

  increment(slot: number): void {
    const bucket = this.bucketOf[slot];
    const count = this.bucketCount[bucket] + 1;
    let next = this.bucketNext[bucket];
    if (next === NONE || this.bucketCount[next] !== count) next = this.insertBucketAfter(bucket, count);
    this.detach(slot);
    this.attach(slot, next);
  }

  /** Slots by count descending, ties by smaller error. */
  ranked(): number[] {
    const slots = Array.from({ length: this.size }, (_, i) => i);
    return slots.sort((a, b) => this.counts[b] - this.counts[a] || this.errors[a] - this.errors[b]);
  }

  private attach(slot: number, bucket: number): void {
    const head = this.bucketHead[bucket];
    this.nextInBucket[slot] = head;
    this.prevInBucket[slot] = NONE;
    if (head !== NONE) this.prevInBucket[head] = slot;
    this.bucketHead[bucket] = slot;
    this.bucketOf[slot] = bucket;
    this.counts[slot] = this.bucketCount[bucket];
  }

  private detach(slot: number): void {
    const bucket = this.bucketOf[slot];
    const prev = this.prevInBucket[slot];
    const next = this.nextInBucket[slot];
    if (prev !== NONE) this.nextInBucket[prev] = next;
    else this.bucketHead[bucket] = next;
    if (next !== NONE) this.prevInBucket[next] = prev;
    if (this.bucketHead[bucket] === NONE) this.removeBucket(bucket);
  }

  /** Inserts a bucket for `count` after `after` (NONE: at the front); returns it. */
  private insertBucketAfter(after: number, count: number): number {
    const bucket = this.freeBuckets[--this.free];
    this.bucketCount[bucket] = count;
    this.bucketHead[bucket] = NONE;
    const next = after === NONE ? this.minBucket : this.bucketNext[after];
    this.bucketPrev[bucket] = after;
    this.bucketNext[bucket] = next;
    if (after === NONE) this.minBucket = bucket;
    else this.bucketNext[after] = bucket;
    if (next === NONE) this.maxBucket = bucket;
    else this.bucketPrev[next] = bucket;
    return bucket;
  }

  private removeBucket(bucket: number): void {
    const prev = this.bucketPrev[bucket];
    const next = this.bucketNext[bucket];
    if (prev === NONE) this.minBucket = next;
    else this.bucketNext[prev] = next;
    if (next === NONE) this.maxBucket = prev;
    else this.bucketPrev[next] = prev;
    this.freeBuckets[this.free++] = bucket;
  }
}
