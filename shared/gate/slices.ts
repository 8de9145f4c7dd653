import { ConfigurationError } from '../runtime/errors.js';

/** A slicing of the test set: by each value of a column, or by ranges of a numeric column. */
export interface SliceSpec {
  readonly column: string;
  /** Ascending edges: [18, 30, 50, 90] gives [18, 30), [30, 50), [50, 90]. */
  readonly bins?: readonly number[];
}

/** One slice's rows. */
export interface Slice {
  /** `region=north`, `age=[18, 30)`. */
  readonly key: string;
  readonly column: string;
  readonly rows: Int32Array;
}

/** `slices: "region, age: [18, 30, 50, 90]"`. */
export function parseSlices(text: string, source = 'slices'): SliceSpec[] {
  const specs: SliceSpec[] = [];
  const pattern = /\s*([^,:[\]]+?)\s*(?::\s*\[([^\]]*)\])?\s*(?:,|$)/gy;
  let rest = text.trim();
  while (rest !== '') {
    pattern.lastIndex = 0;
    const match = pattern.exec(rest);
    if (match === null || match[0] === '')
      throw new ConfigurationError(
        `${source}: expected \`column\` or \`column: [edge, edge, …]\`, got \`${rest}\``
      );
    const column = match[1];
    if (match[2] === undefined) specs.push({ column });
    else specs.push({ column, bins: edges(match[2], `${source}: ${column}`) });
    rest = rest.slice(match[0].length).trim();
  }
  return specs;
}

/** Validates bin edges: at least two, ascending numbers. */
export function edges(text: string | readonly number[], where: string): number[] {
  const values = typeof text === 'string' ? text.split(',').map((part) => Number(part.trim())) : [...text];
  if (
    values.length < 2 ||
    values.some((value) => !Number.isFinite(value)) ||
    values.some((value, i) => i > 0 && value <= values[i - 1])
  ) {
    throw new ConfigurationError(
      `${where}: expected at least two ascending numbers, got [${typeof text === 'string' ? text : text.join(', ')}]`
    );
  }
  return values;
}

function formatEdge(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/**
 * The slices of one column's values (null = missing: in no slice). Value slices are ordered by
 * value text; range slices by their ranges, empty ones included (a slice that should have rows and
 * has none is worth seeing).
 */
export function sliceRows(spec: SliceSpec, values: readonly (string | number | null)[]): Slice[] {
  if (spec.bins === undefined) {
    const groups = new Map<string, number[]>();
    values.forEach((value, row) => {
      if (value === null) return;
      const key = String(value);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [row]);
      else group.push(row);
    });
    return [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, rows]) => ({
        key: `${spec.column}=${value}`,
        column: spec.column,
        rows: Int32Array.from(rows)
      }));
  }
  const bins = spec.bins;
  const groups: number[][] = bins.slice(1).map(() => []);
  values.forEach((value, row) => {
    const number = typeof value === 'number' ? value : value === null ? NaN : Number(value);
    if (!Number.isFinite(number) || number < bins[0] || number > bins[bins.length - 1]) return;
    let bin = 0;
    while (bin < bins.length - 2 && number >= bins[bin + 1]) bin++;
    groups[bin].push(row);
  });
  return groups.map((rows, bin) => {
    const last = bin === groups.length - 1;
    return {
      key: `${spec.column}=[${formatEdge(bins[bin])}, ${formatEdge(bins[bin + 1])}${last ? ']' : ')'}`,
      column: spec.column,
      rows: Int32Array.from(rows)
    };
  });
}
