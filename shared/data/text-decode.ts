/**
 * Cell bytes to strings. A string made by Buffer's native slice costs ~60 ns per call, which
 * dominates a CSV pass over millions of short cells, so short ASCII cells are built with
 * `String.fromCharCode` and repeated ones (categories) come from a small cache.
 */
import { TextDictionary } from './text-dictionary.js';

interface NativeSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

const fromCharCode = String.fromCharCode;

/** Buffer's undocumented `utf8Slice`/`latin1Slice` skip `toString`'s argument checks. */
const nativeSlices =
  typeof (Buffer.prototype as unknown as Partial<NativeSlices>).utf8Slice === 'function' &&
  typeof (Buffer.prototype as unknown as Partial<NativeSlices>).latin1Slice === 'function';

/** UTF-8 text of `bytes[start, end)`. */
export function utf8Text(bytes: Buffer, start: number, end: number): string {
  return nativeSlices
    ? (bytes as unknown as NativeSlices).utf8Slice(start, end)
    : bytes.toString('utf8', start, end);
}

/** Text of `b[s, end)`, known to be ASCII. */
export function asciiText(b: Buffer, s: number, end: number): string {
  switch (end - s) {
    case 0:
      return '';
    case 1:
      return fromCharCode(b[s]);
    case 2:
      return fromCharCode(b[s], b[s + 1]);
    case 3:
      return fromCharCode(b[s], b[s + 1], b[s + 2]);
    case 4:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3]);
    case 5:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
    case 6:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
    case 7:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
    case 8:
      return fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
    case 9:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8]
      );
    case 10:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9]
      );
    case 11:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10]
      );
    case 12:
      return fromCharCode(
        b[s],
        b[s + 1],
        b[s + 2],
        b[s + 3],
        b[s + 4],
        b[s + 5],
        b[s + 6],
        b[s + 7],
        b[s + 8],
        b[s + 9],
        b[s + 10],
        b[s + 11]
      );
    default:
      return nativeSlices ? (b as unknown as NativeSlices).latin1Slice(s, end) : b.toString('latin1', s, end);
  }
}

/** Cells up to this many bytes go through the cache (their bytes pack exactly into two doubles). */
const CACHE_MAX_LENGTH = 12;
const CACHE_BITS = 12;
const CACHE_SLOTS = 1 << CACHE_BITS;
/** Every this many lookups the cache checks whether it is worth its hashing. */
const SAMPLE = 4096;
/** Below this hit rate the cache switches itself off for `PAUSE` cells, then samples again. */
const MIN_HIT_RATE = 0.25;
const PAUSE = 65_536;
const TWO_TO_16 = 65_536;

/**
 * Decodes the cells of one column. Cells of a categorical column repeat, so a direct-mapped cache
 * keyed by the cell's bytes (packed exactly into two doubles: up to 6 bytes each, the length in
 * the second) returns the same string instead of making a new one; for a column of unique values
 * (ids) it notices the misses and steps aside. Every text also gets its column's dictionary code
 * (`TextDictionary`), which a cache hit finds in its slot, until the misses stop that as well.
 */
export class CellDecoder {
  private readonly firstKeys = new Float64Array(CACHE_SLOTS).fill(-1);
  private readonly secondKeys = new Float64Array(CACHE_SLOTS);
  private readonly texts: string[] = new Array<string>(CACHE_SLOTS).fill('');
  /** Each slot's dictionary code (valid while the dictionary is not full). */
  private readonly codes = new Int32Array(CACHE_SLOTS);
  private lookups = 0;
  private hits = 0;
  private paused = 0;
  /** The column's dictionary: a cache hit has its code at hand, a miss asks the dictionary. */
  readonly dictionary = new TextDictionary();
  /** The dictionary code of the text `decode` returned last (−1 once the dictionary is full). */
  code = -1;

  decode(b: Buffer, s: number, e: number): string {
    const length = e - s;
    if (length === 0) return this.coded('');
    if (length > CACHE_MAX_LENGTH) return this.coded(utf8Text(b, s, e));
    if (this.paused > 0) {
      this.paused--;
      for (let i = s; i < e; i++) if (b[i] >= 0x80) return this.coded(utf8Text(b, s, e));
      return this.coded(asciiText(b, s, e));
    }
    const middle = length < 6 ? e : s + 6;
    let first = 0;
    let second = length;
    let high = 0;
    for (let i = s; i < middle; i++) {
      const c = b[i];
      high |= c;
      first = first * 256 + c;
    }
    for (let i = middle; i < e; i++) {
      const c = b[i];
      high |= c;
      second = second * 256 + c;
    }
    if (high >= 0x80) return this.coded(utf8Text(b, s, e));
    const mixed =
      Math.imul((first | 0) ^ ((first / TWO_TO_16) | 0), 0x9e3779b1) ^ Math.imul(second | 0, 0x85ebca6b);
    const slot = mixed >>> (32 - CACHE_BITS);
    if (++this.lookups === SAMPLE) this.sample();
    if (this.firstKeys[slot] === first && this.secondKeys[slot] === second) {
      this.hits++;
      this.code = this.codes[slot];
      return this.texts[slot];
    }
    const text = this.coded(asciiText(b, s, e));
    this.firstKeys[slot] = first;
    this.secondKeys[slot] = second;
    this.texts[slot] = text;
    this.codes[slot] = this.code;
    return text;
  }

  /** `text`, with its code in `code`. */
  coded(text: string): string {
    this.code = this.dictionary.code(text);
    return text;
  }

  private sample(): void {
    if (this.hits < SAMPLE * MIN_HIT_RATE) {
      this.paused = PAUSE;
      // Cells that rarely repeat (ids, free text) are not worth a dictionary either: a glob of such
      // files would otherwise fill one map of DICTIONARY_CAP texts per file.
      this.dictionary.stop();
    }
    this.lookups = 0;
    this.hits = 0;
  }
}

/** The text of a quoted field whose quotes were doubled (`""` stands for `"`). */
export function unescapedText(bytes: Buffer, start: number, end: number): string {
  return utf8Text(bytes, start, end).replaceAll('""', '"');
}

/**
 * Index of the first byte of the first ill-formed UTF-8 sequence in `bytes[start, end)` (Unicode
 * 15, table 3-7 "Well-Formed UTF-8 Byte Sequences"), or -1. Only called once `isUtf8` said no.
 */
export function invalidUtf8Index(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > end) return i;
    const second = bytes[i + 1];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
