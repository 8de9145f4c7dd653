/**
 * ISO-8601 dates and datetimes parsed from bytes to epoch milliseconds (UTC), without a Date per
 * cell.
 *
 * Accepted: `YYYY-MM-DD`, optionally followed by `T`, `t` or a space and `HH:MM`, `HH:MM:SS` or
 * `HH:MM:SS.fff` (1 to 9 fraction digits, `.` or `,`), optionally followed by `Z`/`z` or an offset
 * `+HH:MM`, `+HHMM`, `+HH` (or `-`). A datetime without an offset is read as UTC. Calendar fields
 * are range-checked (2023-02-29 and 12:60 are not datetimes).
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

const ZERO = 0x30;
const DASH = 0x2d;
const PLUS = 0x2b;
const COLON = 0x3a;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The first day and the length of every month from 1900 to 2155, looked up instead of computed: a
 * date column parses millions of cells, and most dates fall in this window.
 */
const TABLE_FIRST_YEAR = 1900;
const TABLE_MONTHS = 256 * 12;
const MONTH_START = new Int32Array(TABLE_MONTHS);
const MONTH_LENGTH = new Uint8Array(TABLE_MONTHS);
for (let m = 0; m < TABLE_MONTHS; m++) {
  const year = TABLE_FIRST_YEAR + Math.floor(m / 12);
  MONTH_START[m] = daysFromCivil(year, (m % 12) + 1, 1);
  MONTH_LENGTH[m] = daysInMonth(year, (m % 12) + 1);
}

/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(bytes: Uint8Array, i: number): number {
  const a = bytes[i] - ZERO;
  const b = bytes[i + 1] - ZERO;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/**
 * Where `parse` leaves its result. A double returned from a function V8 does not inline is boxed in
 * a fresh heap number: one per cell, tens of MB of garbage per million cells. A flag returned and
 * the value left in a typed array cost nothing.
 */
const parsed = new Float64Array(1);

/** 1 with the epoch milliseconds of `bytes[start, end)` in `parsed[0]`; 0 when it is not a date/datetime. */
function parse(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 10 || bytes[start + 4] !== DASH || bytes[start + 7] !== DASH) return 0;
  const century = twoDigits(bytes, start);
  const yy = twoDigits(bytes, start + 2);
  const month = twoDigits(bytes, start + 5);
  const day = twoDigits(bytes, start + 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return 0;
  const year = century * 100 + yy;
  const m = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  let date: number;
  if (m >= 0 && m < TABLE_MONTHS) {
    if (day > MONTH_LENGTH[m]) return 0;
    date = (MONTH_START[m] + day - 1) * MS_PER_DAY;
  } else {
    if (day > daysInMonth(year, month)) return 0;
    date = daysFromCivil(year, month, day) * MS_PER_DAY;
  }
  if (length === 10) {
    parsed[0] = date;
    return 1;
  }

  let i = start + 10;
  const separator = bytes[i];
  if (separator !== 0x54 && separator !== 0x74 && separator !== 0x20) return 0;
  if (end - i < 6 || bytes[i + 3] !== COLON) return 0;
  const hour = twoDigits(bytes, i + 1);
  const minute = twoDigits(bytes, i + 4);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return 0;
  i += 6;
  let second = 0;
  let fraction = 0;
  if (i < end && bytes[i] === COLON) {
    if (end - i < 3) return 0;
    second = twoDigits(bytes, i + 1);
    if (second < 0 || second > 59) return 0;
    i += 3;
    if (i < end && (bytes[i] === 0x2e || bytes[i] === 0x2c)) {
      i++;
      const fractionStart = i;
      let digits = 0;
      while (i < end && i - fractionStart < 9) {
        const digit = bytes[i] - ZERO;
        if (digit < 0 || digit > 9) break;
        digits = digits * 10 + digit;
        i++;
      }
      const count = i - fractionStart;
      if (count === 0) return 0;
      fraction = (digits * 1000) / 10 ** count;
    }
  }
  let offset = 0;
  if (i < end) {
    const zone = bytes[i];
    if (zone === 0x5a || zone === 0x7a) {
      i++;
    } else if (zone === PLUS || zone === DASH) {
      const hours = end - i >= 3 ? twoDigits(bytes, i + 1) : -1;
      if (hours < 0 || hours > 23) return 0;
      i += 3;
      let minutes = 0;
      if (i < end) {
        if (bytes[i] === COLON) i++;
        minutes = end - i >= 2 ? twoDigits(bytes, i) : -1;
        if (minutes < 0 || minutes > 59) return 0;
        i += 2;
      }
      offset = (hours * 60 + minutes) * MS_PER_MINUTE;
      if (zone === PLUS) offset = -offset;
    } else {
      return 0;
    }
  }
  if (i !== end) return 0;
  parsed[0] = date + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + fraction + offset;
  return 1;
}

/** Epoch milliseconds of `bytes[start, end)`, or NaN when it is not an ISO-8601 date/datetime. */
export function parseDatetime(bytes: Uint8Array, start: number, end: number): number {
  return parse(bytes, start, end) === 1 ? parsed[0] : Number.NaN;
}

/** `parseDatetime` into `out[at]` (NaN when not a datetime), without boxing the value. */
export function parseDatetimeInto(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  at: number
): void {
  out[at] = parse(bytes, start, end) === 1 ? parsed[0] : Number.NaN;
}

/** `parseDatetime` for a string (JSON values, tests). */
export function parseDatetimeText(text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  return parseDatetime(bytes, 0, bytes.length);
}
