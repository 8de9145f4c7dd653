import { ConfigurationError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';
import { CATALOGUE, type Expectation, type ExpectationName } from './catalogue.js';

/**
 * The `expect` input: expectations for the simple cases, without a config file. Clauses are
 * separated by `;` or new lines; each is `<subject>: <rule>`, optionally followed by `mostly <f>`
 * and/or `warn`:
 *
 *   rows: between 1000 1000000        rows: = 500            columns: [id, age, city]
 *   age: between 18 90                age: >= 0              age: < 120
 *   age: not-null                     age: null              age: type int
 *   id: unique                        city: in [Paris, Oslo] city: not-in [n/a]
 *   email: regex ^[^@]+@[^@]+$        code: not-regex \s     name: length between 1 64
 *   ts: increasing                    ts: strictly-increasing
 *   income: mean between 10 20        (also median, stdev, sum, min, max, skew, zeros, unique-count, unique-proportion)
 *   city: distinct in [a, b]          city: distinct contains [a]  city: distinct equals [a, b]
 *   city: most-common in [a]          income: z-score < 3
 *   id, day: unique                   start, end: a < b      price, cost: a >= b   a, b: equal
 *   x, y: correlation between 0.5 1   rows: unique
 */
export function parseInlineExpectations(text: string, source = 'expect'): Expectation[] {
  return text
    .split(/[;\n]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
    .map((clause) => parseClause(clause, source));
}

const STATS: Record<string, ExpectationName> = {
  mean: 'expect_column_mean_to_be_between',
  median: 'expect_column_median_to_be_between',
  stdev: 'expect_column_stdev_to_be_between',
  sum: 'expect_column_sum_to_be_between',
  min: 'expect_column_min_to_be_between',
  max: 'expect_column_max_to_be_between',
  skew: 'expect_column_skew_to_be_between',
  zeros: 'expect_column_proportion_of_zeros_to_be_between',
  'unique-count': 'expect_column_unique_value_count_to_be_between',
  'unique-proportion': 'expect_column_proportion_of_unique_values_to_be_between'
};

const RULES = [
  'between',
  '>=',
  '>',
  '<=',
  '<',
  '=',
  'not-null',
  'null',
  'type',
  'unique',
  'in',
  'not-in',
  'regex',
  'not-regex',
  'length',
  'increasing',
  'decreasing',
  'strictly-increasing',
  'strictly-decreasing',
  'distinct',
  'most-common',
  'z-score',
  ...Object.keys(STATS)
];

function parseClause(clause: string, source: string): Expectation {
  const fail = (why: string): never => {
    throw new ConfigurationError(`${source}: \`${clause}\`: ${why}`);
  };
  const colon = clause.indexOf(':');
  if (colon <= 0) fail('expected `<column>: <rule>` (e.g. `age: between 18 90`)');
  const subjects = clause
    .slice(0, colon)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  let rest = clause.slice(colon + 1).trim();
  const kwargs: Record<string, unknown> = {};
  const modifiers = /\s+(mostly\s+(\S+)|warn)\s*$/;
  for (let match = modifiers.exec(rest); match !== null; match = modifiers.exec(rest)) {
    if (match[1] === 'warn') kwargs.severity = 'warning';
    else {
      const mostly = Number(match[2]);
      if (!(mostly >= 0 && mostly <= 1)) fail(`mostly: expected a fraction from 0 to 1, got \`${match[2]}\``);
      kwargs.mostly = mostly;
    }
    rest = rest.slice(0, match.index).trim();
  }
  const [rule = '', ...args] = tokens(rest);
  const expect = (name: ExpectationName, extra: Record<string, unknown>): Expectation => {
    const all = { ...extra, ...kwargs };
    const parsed = CATALOGUE[name].kwargs.safeParse(all);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(
        issue.code === 'unrecognized_keys'
          ? `\`${issue.keys.join(', ')}\` does not apply here`
          : `${issue.path.join('.')}: ${issue.message}`
      );
    }
    return { name, kwargs: all };
  };
  const number = (token: string | undefined, what: string): number => {
    const value = token === undefined ? NaN : Number(token);
    if (token === undefined || token.trim() === '' || !Number.isFinite(value))
      fail(`${what}: expected a number, got ${token === undefined ? 'nothing' : `\`${token}\``}`);
    return value;
  };
  const bound = (token: string | undefined, what: string): number | string => {
    if (token !== undefined && /^\d{4}-\d{2}-\d{2}/.test(token)) return token;
    return number(token, what);
  };
  const list = (): (string | number)[] => parseList(args.join(' '), fail);
  const twoBounds = (): { min_value: number | string; max_value: number | string } => {
    if (args[0] !== 'between' && rule !== 'between') fail('expected `between <min> <max>`');
    const offset = rule === 'between' ? 0 : 1;
    return { min_value: bound(args[offset], 'min'), max_value: bound(args[offset + 1], 'max') };
  };

  if (subjects.length === 1 && subjects[0] === 'rows') {
    if (rule === 'between')
      return expect('expect_table_row_count_to_be_between', {
        min_value: number(args[0], 'min'),
        max_value: number(args[1], 'max')
      });
    if (rule === '=')
      return expect('expect_table_row_count_to_equal', { value: number(args[0], 'row count') });
    if (rule === '>=')
      return expect('expect_table_row_count_to_be_between', { min_value: number(args[0], 'min') });
    if (rule === '<=')
      return expect('expect_table_row_count_to_be_between', { max_value: number(args[0], 'max') });
    if (rule === 'unique') return expect('expect_table_rows_to_be_unique', {});
    return fail('rows: expected `between <min> <max>`, `= <n>`, `>= <n>`, `<= <n>` or `unique`');
  }
  if (subjects.length === 1 && subjects[0] === 'columns') {
    return expect('expect_table_columns_to_match_ordered_list', {
      column_list: parseList(rest, fail).map(String)
    });
  }
  if (subjects.length > 1) {
    if (rule === 'unique') return expect('expect_compound_columns_to_be_unique', { column_list: subjects });
    if (subjects.length > 2) fail('for three or more columns the only rule is `unique`');
    const [a, b] = subjects as [string, string];
    if (rule === 'equal')
      return expect('expect_column_pair_values_to_be_equal', { column_A: a, column_B: b });
    if (rule === 'correlation')
      return expect('expect_column_pair_correlation_to_be_between', {
        column_A: a,
        column_B: b,
        ...twoBounds()
      });
    const relation = `${args[0] ?? ''} ${args[1] ?? ''}`;
    if (relation === '> b')
      return expect('expect_column_pair_values_A_to_be_greater_than_B', { column_A: a, column_B: b });
    if (relation === '>= b')
      return expect('expect_column_pair_values_A_to_be_greater_than_B', {
        column_A: a,
        column_B: b,
        or_equal: true
      });
    if (relation === '< b')
      return expect('expect_column_pair_values_A_to_be_greater_than_B', { column_A: b, column_B: a });
    if (relation === '<= b')
      return expect('expect_column_pair_values_A_to_be_greater_than_B', {
        column_A: b,
        column_B: a,
        or_equal: true
      });
    return fail(
      'for two columns expected `unique`, `a > b`, `a >= b`, `a < b`, `a <= b`, `equal` or `correlation between <min> <max>`'
    );
  }

  const column = subjects[0];
  const base = { column };
  switch (rule) {
    case 'between':
      return expect('expect_column_values_to_be_between', { ...base, ...twoBounds() });
    case '>=':
    case '>':
      return expect('expect_column_values_to_be_between', {
        ...base,
        min_value: bound(args[0], 'min'),
        ...(rule === '>' ? { strict_min: true } : {})
      });
    case '<=':
    case '<':
      return expect('expect_column_values_to_be_between', {
        ...base,
        max_value: bound(args[0], 'max'),
        ...(rule === '<' ? { strict_max: true } : {})
      });
    case 'not-null':
      return expect('expect_column_values_to_not_be_null', base);
    case 'null':
      return expect('expect_column_values_to_be_null', base);
    case 'type':
      return expect('expect_column_values_to_be_of_type', { ...base, type_: args[0] });
    case 'unique':
      return expect('expect_column_values_to_be_unique', base);
    case 'in':
      return expect('expect_column_values_to_be_in_set', { ...base, value_set: list() });
    case 'not-in':
      return expect('expect_column_values_to_not_be_in_set', { ...base, value_set: list() });
    case 'regex':
    case 'not-regex':
      return expect(
        rule === 'regex' ? 'expect_column_values_to_match_regex' : 'expect_column_values_to_not_match_regex',
        {
          ...base,
          regex: rest.slice(rule.length).trim()
        }
      );
    case 'length':
      return expect('expect_column_value_lengths_to_be_between', { ...base, ...twoBounds() });
    case 'increasing':
    case 'decreasing':
    case 'strictly-increasing':
    case 'strictly-decreasing':
      return expect(
        rule.endsWith('increasing')
          ? 'expect_column_values_to_be_increasing'
          : 'expect_column_values_to_be_decreasing',
        {
          ...base,
          ...(rule.startsWith('strictly') ? { strictly: true } : {})
        }
      );
    case 'distinct': {
      const kind = args.shift();
      const name =
        kind === 'in'
          ? 'expect_column_distinct_values_to_be_in_set'
          : kind === 'contains'
            ? 'expect_column_distinct_values_to_contain_set'
            : kind === 'equals'
              ? 'expect_column_distinct_values_to_equal_set'
              : fail('expected `distinct in [...]`, `distinct contains [...]` or `distinct equals [...]`');
      return expect(name, { ...base, value_set: list() });
    }
    case 'most-common':
      if (args.shift() !== 'in') fail('expected `most-common in [...]`');
      return expect('expect_column_most_common_value_to_be_in_set', { ...base, value_set: list() });
    case 'z-score':
      if (args[0] !== '<') fail('expected `z-score < <threshold>`');
      return expect('expect_column_value_z_scores_to_be_less_than', {
        ...base,
        threshold: number(args[1], 'threshold')
      });
    default: {
      const stat = STATS[rule];
      if (stat !== undefined) return expect(stat, { ...base, ...twoBounds() });
      return fail(`unknown rule \`${rule}\`${didYouMean(rule, RULES)}`);
    }
  }
}

/** Splits on white space, keeping `[...]` lists whole. */
function tokens(text: string): string[] {
  const result: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of text) {
    if (char === '[') depth++;
    if (char === ']') depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current !== '') result.push(current);
      current = '';
    } else current += char;
  }
  if (current !== '') result.push(current);
  return result;
}

/** `[a, b, "c, d", 3]` → ['a', 'b', 'c, d', 3]. Numbers stay numbers; quotes keep text as is. */
function parseList(text: string, fail: (why: string) => never): (string | number)[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) fail('expected a list like `[a, b, c]`');
  const body = trimmed.slice(1, -1);
  const items: (string | number)[] = [];
  const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,]*))\s*(?:,|$)/gy;
  for (
    let match = pattern.exec(body);
    match !== null && pattern.lastIndex <= body.length;
    match = pattern.exec(body)
  ) {
    const quoted = match[1] ?? match[2];
    if (quoted !== undefined) items.push(match[1] !== undefined ? quoted.replace(/\\(.)/g, '$1') : quoted);
    else {
      const bare = (match[3] ?? '').trim();
      if (bare !== '') items.push(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(bare) ? Number(bare) : bare);
    }
    if (pattern.lastIndex >= body.length) break;
  }
  return items;
}
