/**
 * The column types of a data set as reading goes: declared types are fixed; an undeclared column
 * gets its type from the first batch in which it has a value, and an inferred int widens to float
 * when a later batch holds a non-integer number.
 */
import type { ColumnSchema, ColumnType } from './types.js';

interface Entry {
  type: ColumnType | undefined;
  readonly declared: boolean;
}

export class SchemaState {
  private readonly entries = new Map<string, Entry>();
  private readonly order: string[] = [];

  /**
   * `resolved`: the schema an earlier full pass resolved, which this pass starts from (a pass in
   * another thread cannot share the first pass's state, so it gets the state's result).
   */
  constructor(
    private readonly declaredTypes: Readonly<Record<string, ColumnType>>,
    resolved: readonly ColumnSchema[] = []
  ) {
    for (const { name, type, declared } of resolved) {
      this.entries.set(name, { type, declared });
      this.order.push(name);
    }
  }

  /** Registers a column (in first-seen order) and returns its type so far. */
  typeOf(name: string): ColumnType | undefined {
    return this.entry(name).type;
  }

  isDeclared(name: string): boolean {
    return this.entry(name).declared;
  }

  /** Fixes an undeclared column's type the first time it has values. */
  resolve(name: string, type: ColumnType): void {
    const entry = this.entry(name);
    if (entry.type === undefined) entry.type = type;
  }

  /** An inferred int column met a non-integer number. */
  widenToFloat(name: string): void {
    const entry = this.entry(name);
    if (!entry.declared && entry.type === 'int') entry.type = 'float';
  }

  /** Every column seen so far, in first-seen order. */
  names(): readonly string[] {
    return this.order;
  }

  /** The resolved schema; a column that never had a value is a string column. */
  result(): ColumnSchema[] {
    return this.order.map((name) => {
      const entry = this.entry(name);
      return { name, type: entry.type ?? 'string', declared: entry.declared };
    });
  }

  private entry(name: string): Entry {
    let entry = this.entries.get(name);
    if (entry === undefined) {
      const declared = Object.hasOwn(this.declaredTypes, name) ? this.declaredTypes[name] : undefined;
      entry = { type: declared, declared: declared !== undefined };
      this.entries.set(name, entry);
      this.order.push(name);
    }
    return entry;
  }
}
