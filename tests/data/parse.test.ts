import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { inferType } from '../../shared/data/infer.js';
import { parseBool, parseBoolText } from '../../shared/data/parse-bool.js';
import { daysFromCivil, parseDatetimeText } from '../../shared/data/parse-datetime.js';
import { NumberKind, parseNumberText } from '../../shared/data/parse-number.js';

describe('parseNumberText', () => {
  it('tells integers, other numbers, NaN tokens and non-numbers apart', () => {
    const cases: [string, number, NumberKind][] = [
      ['42', 42, NumberKind.Integer],
      ['+7', 7, NumberKind.Integer],
      ['-0012', -12, NumberKind.Integer],
      ['1.0', 1, NumberKind.Float],
      ['1e3', 1000, NumberKind.Float],
      ['-2.5E-3', -0.0025, NumberKind.Float],
      ['.5', 0.5, NumberKind.Float],
      ['5.', 5, NumberKind.Float],
      ['inf', Infinity, NumberKind.Float],
      ['-Infinity', -Infinity, NumberKind.Float],
      ['+INF', Infinity, NumberKind.Float]
    ];
    for (const [text, value, kind] of cases)
      expect([text, parseNumberText(text)]).toEqual([text, { value, kind }]);
    for (const text of ['NaN', 'nan']) expect(parseNumberText(text).kind).toBe(NumberKind.NaN);
    for (const text of [
      '',
      '-',
      '.',
      'e5',
      '1e',
      '1e+',
      '0x10',
      ' 1',
      '1 ',
      '1,000',
      'NAN',
      '-nan',
      'infinite',
      '١٢'
    ]) {
      expect([text, parseNumberText(text).kind]).toEqual([text, NumberKind.Invalid]);
    }
  });

  it('is correctly rounded: equal to Number() for every decimal', () => {
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^\d{1,25}$/),
        fc.option(fc.stringMatching(/^\d{0,25}$/)),
        fc.option(fc.integer({ min: -340, max: 340 }))
      )
      .map(
        ([sign, int, fraction, exponent]) =>
          `${sign}${int}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : `e${exponent}`}`
      );
    fc.assert(
      fc.property(decimal, (text) => {
        expect(Object.is(parseNumberText(text).value, Number(text))).toBe(true);
      }),
      { numRuns: 5000 }
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (value) => {
        expect(Object.is(parseNumberText(String(value)).value, Number(String(value)))).toBe(true);
      }),
      { numRuns: 5000 }
    );
  });
});

describe('parseDatetimeText', () => {
  it('reads ISO-8601 dates and datetimes as UTC epoch milliseconds', () => {
    expect(parseDatetimeText('2024-01-31')).toBe(Date.UTC(2024, 0, 31));
    expect(parseDatetimeText('2024-01-31T12:00:00Z')).toBe(Date.UTC(2024, 0, 31, 12));
    expect(parseDatetimeText('2024-01-31 12:00')).toBe(Date.UTC(2024, 0, 31, 12));
    expect(parseDatetimeText('2024-01-31t12:00:00.123456z')).toBe(Date.UTC(2024, 0, 31, 12) + 123.456);
    expect(parseDatetimeText('2024-01-31T12:00:00,5')).toBe(Date.UTC(2024, 0, 31, 12) + 500);
    expect(parseDatetimeText('2024-01-31T12:00:00+05:30')).toBe(Date.UTC(2024, 0, 31, 6, 30));
    expect(parseDatetimeText('2024-01-31T12:00:00-0800')).toBe(Date.UTC(2024, 0, 31, 20));
    expect(parseDatetimeText('2024-01-31T12:00:00+01')).toBe(Date.UTC(2024, 0, 31, 11));
    expect(parseDatetimeText('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseDatetimeText('1600-03-01')).toBe(Date.UTC(1600, 2, 1));
  });

  it('rejects what is not a valid calendar date or time', () => {
    for (const text of [
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-32',
      '2024-1-31',
      '24-01-31',
      '2024/01/31',
      '2024-01-31T24:00',
      '2024-01-31T12:60',
      '2024-01-31T12:00:60',
      '2024-01-31T12',
      '2024-01-31T12:00:00.',
      '2024-01-31T12:00:00+5',
      '2024-01-31T12:00:00 UTC',
      '2024-01-31X12:00',
      '20240131',
      '2100-02-29',
      '2155-04-31',
      '2157-02-29',
      '1899-02-29',
      '1800-06-31'
    ]) {
      expect([text, parseDatetimeText(text)]).toEqual([text, Number.NaN]);
    }
  });

  it('reads every date from 1850 to 2200 as Date.UTC does, across the month table window (1900–2155)', () => {
    const wrong: string[] = [];
    for (let time = Date.UTC(1850, 0, 1); time <= Date.UTC(2200, 11, 31); time += 86_400_000) {
      const text = new Date(time).toISOString().slice(0, 10);
      if (parseDatetimeText(text) !== time || parseDatetimeText(`${text}T12:30:00Z`) !== time + 45_000_000)
        wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with Date.UTC on every day of four centuries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const expected = new Date(0);
          expected.setUTCFullYear(year, month - 1, day);
          expect(daysFromCivil(year, month, day) * 86_400_000).toBe(expected.getTime());
        }
      ),
      { numRuns: 3000 }
    );
  });
});

describe('inferType', () => {
  it('picks the narrowest type every value fits', () => {
    expect(inferType(['1', '-2', '+3'])).toBe('int');
    expect(inferType(['1', '2.5'])).toBe('float');
    expect(inferType(['1', 'NaN', 'inf'])).toBe('float');
    expect(inferType(['1', 'NaN'])).toBe('int');
    expect(inferType(['NaN'])).toBe('float');
    expect(inferType(['true', 'False', 'TRUE'])).toBe('bool');
    expect(inferType(['true', 'yes'])).toBe('string');
    expect(inferType(['2024-01-31', '2024-01-31T12:00:00Z'])).toBe('datetime');
    expect(inferType(['2024-01-31', '5'])).toBe('string');
    expect(inferType(['', 'NA', 'null'])).toBeUndefined();
    expect(inferType(['', 'NA', '7'])).toBe('int');
    expect(inferType(['-999', '7'], ['-999'])).toBe('int');
  });

  it('reads the boolean spellings', () => {
    expect(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tRUE', 'yes'].map(parseBoolText)).toEqual([
      1, 1, 1, 0, 0, 0, -1, -1
    ]);
  });

  it('reads the same spellings from bytes, and no other casing or near miss', () => {
    const variants = (word: string): string[] =>
      Array.from({ length: 1 << word.length }, (_, mask) =>
        Array.from({ length: word.length }, (_, i) =>
          (mask >> i) & 1 ? word[i].toUpperCase() : word[i]
        ).join('')
      );
    const texts = [
      ...variants('true'),
      ...variants('false'),
      'tru',
      'truee',
      't2ue',
      'True ',
      'frue',
      'talse',
      'TRUe',
      '1',
      '',
      'Ｔrue'
    ];
    for (const text of texts) {
      const bytes = Buffer.from(`,${text},`, 'utf8');
      expect([text, parseBool(bytes, 1, bytes.length - 1)]).toEqual([text, parseBoolText(text)]);
    }
  });
});
