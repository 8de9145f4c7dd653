import { Missing, type Column } from '../data/types.js';
import { ConfigurationError } from '../runtime/errors.js';

/** Parses an expectation bound: a number, or an ISO date/datetime for datetime columns (epoch ms). */
export function parseBound(value: unknown, what: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
    const time = parseIsoTime(trimmed);
    if (time !== undefined) return time;
  }
  throw new ConfigurationError(`${what}: expected a number or an ISO date, got ${JSON.stringify(value)}`);
}

const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Epoch milliseconds of an ISO-8601 date/datetime (UTC when no offset), or undefined. */
export function parseIsoTime(text: string): number | undefined {
  if (!ISO.test(text)) return undefined;
  let normalised = text.replace(' ', 'T');
  if (normalised.length === 10) normalised += 'T00:00:00Z';
  else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(normalised)) normalised += 'Z';
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? undefined : time;
}

/** A value of a value_set, matched against cells: numbers by value, everything by text. */
export class ValueSet {
  private readonly numbers = new Set<number>();
  private readonly texts = new Set<string>();
  /** Membership by dictionary code for the last coded column seen: 1 in, 0 out (see `StringCodes`). */
  private coded: { texts: readonly string[]; member: Uint8Array; known: number } | null = null;

  constructor(readonly values: readonly (string | number | boolean)[]) {
    for (const value of values) {
      this.texts.add(String(value));
      if (typeof value === 'number') this.numbers.add(value);
      else if (typeof value === 'boolean') this.numbers.add(value ? 1 : 0);
      else {
        const trimmed = value.trim();
        if (trimmed !== '' && Number.isFinite(Number(trimmed))) this.numbers.add(Number(trimmed));
        const time = parseIsoTime(trimmed);
        if (time !== undefined) this.numbers.add(time);
        if (trimmed === 'true' || trimmed === 'True') this.numbers.add(1);
        if (trimmed === 'false' || trimmed === 'False') this.numbers.add(0);
      }
    }
  }

  /**
   * A test for one batch's column: is the (non-missing) cell in the set? By text for string columns;
   * dictionary-coded batches are better served once per code (`unexpectedRows`, `byCode`).
   */
  member(column: Column): (row: number) => boolean {
    if (column.type === 'string') {
      const values = column.values;
      return (row) => this.texts.has(values[row]);
    }
    const values = column.values;
    const invalid = column.invalid;
    return (row) => {
      if (invalid !== null && invalid[row] === 1) return this.texts.has(column.text(row));
      return this.numbers.has(values[row]) || this.texts.has(column.text(row));
    };
  }

  /**
   * The column map's loop: the rows of a batch whose non-missing cell is outside the set (`inSet`) or
   * inside it (not `inSet`), written to `out`; returns how many.
   */
  unexpectedRows(column: Column, inSet: boolean, out: Uint32Array): number {
    const missing = column.missing;
    let n = 0;
    if (column.type === 'string' && column.dictionary !== null) {
      const { codes, texts } = column.dictionary;
      const member = this.byCode(texts);
      const unexpected = inSet ? 0 : 1;
      for (let row = 0; row < codes.length; row++) {
        if (missing[row] === Missing.Value && member[codes[row]] === unexpected) out[n++] = row;
      }
      return n;
    }
    const member = this.member(column);
    for (let row = 0; row < missing.length; row++) {
      if (missing[row] === Missing.Value && member(row) !== inSet) out[n++] = row;
    }
    return n;
  }

  /** Per dictionary code of `texts`, 1 when its text is in the set: one lookup per distinct text. */
  byCode(texts: readonly string[]): Uint8Array {
    let coded = this.coded;
    if (coded === null || coded.texts !== texts) {
      coded = { texts, member: new Uint8Array(Math.max(64, texts.length)), known: 0 };
      this.coded = coded;
    }
    if (coded.known < texts.length) {
      if (coded.member.length < texts.length) {
        const grown = new Uint8Array(Math.max(texts.length, 2 * coded.member.length));
        grown.set(coded.member);
        coded.member = grown;
      }
      for (let code = coded.known; code < texts.length; code++)
        coded.member[code] = this.texts.has(texts[code]) ? 1 : 0;
      coded.known = texts.length;
    }
    return coded.member;
  }

  /** Whether a value's text (as the profiler reports it) is in the set. */
  hasText(text: string): boolean {
    if (this.texts.has(text)) return true;
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) && this.numbers.has(number);
  }

  describe(): string {
    const shown = this.values.slice(0, 10).map((value) => String(value));
    return `{${shown.join(', ')}${this.values.length > 10 ? `, … ${this.values.length - 10} more` : ''}}`;
  }
}

/** The numeric value of a non-missing cell, parsing the text of string/invalid cells; NaN if none. */
export function numberAt(column: Column, row: number): number {
  if (column.type !== 'string' && (column.invalid === null || column.invalid[row] !== 1))
    return column.values[row];
  const text = column.text(row).trim();
  if (text === '') return NaN;
  const number = Number(text);
  if (Number.isFinite(number) || /^[+-]?inf(inity)?$/i.test(text)) return number;
  return parseIsoTime(text) ?? NaN;
}

/** Unicode code points, as Python's len(str) counts them. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) length++;
    else {
      const next = text.charCodeAt(i + 1);
      length++;
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}
