import { ConfigurationError } from './errors.js';
import { closestName } from './suggest.js';

/** What an input's parser made of the raw string: the typed value, or what it expected instead. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly expected: string };

/**
 * One input of a command, as `action.yml` declares it. `parse` validates the raw string (after the
 * default is applied) and turns it into the typed value the command receives.
 */
export interface InputDef<T> {
  readonly description: string;
  /** The default written in action.yml, applied in the CLI too. */
  readonly default?: string;
  readonly required?: boolean;
  /** A secret: masked as soon as it is read. */
  readonly secret?: boolean;
  readonly parse: (raw: string | undefined) => Parsed<T>;
}

export type InputSpec = Readonly<Record<string, InputDef<unknown>>>;
export type Inputs<S extends InputSpec> = {
  readonly [K in keyof S]: S[K] extends InputDef<infer T> ? T : never;
};

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const accept = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (expected: string): Parsed<never> => ({ ok: false, expected });
const asText = (raw: string | undefined): Parsed<string | undefined> => accept(raw);

/** Input builders. Each returns an `InputDef` whose parser gives a precise "expected …" message. */
export const input = {
  /** Free text; undefined when not given and no default. */
  text(
    description: string,
    options: { default?: string; required?: boolean } = {}
  ): InputDef<string | undefined> {
    return { description, ...options, parse: asText };
  },
  secret(description: string, options: { default?: string } = {}): InputDef<string | undefined> {
    return { description, ...options, secret: true, parse: asText };
  },
  /** Strict booleans, as the runner's `getBooleanInput`: true/True/TRUE/false/False/FALSE. */
  flag(description: string, defaultValue: boolean): InputDef<boolean> {
    return {
      description,
      default: String(defaultValue),
      parse: (raw) =>
        raw !== undefined && TRUE.includes(raw)
          ? accept(true)
          : raw !== undefined && FALSE.includes(raw)
            ? accept(false)
            : refuse('expected true or false')
    };
  },
  number(
    description: string,
    options: { default?: number; min?: number; max?: number; integer?: boolean } = {}
  ): InputDef<number | undefined> {
    const { min, max, integer } = options;
    const range =
      (integer === true ? 'an integer' : 'a number') +
      (min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` ≥ ${min}`
          : max !== undefined
            ? ` ≤ ${max}`
            : '');
    return {
      description,
      ...(options.default === undefined ? {} : { default: String(options.default) }),
      parse: (raw) => {
        if (raw === undefined) return accept(undefined);
        const value = NUMBER.test(raw) ? Number(raw) : NaN;
        const ok =
          Number.isFinite(value) &&
          (integer !== true || Number.isInteger(value)) &&
          (min === undefined || value >= min) &&
          (max === undefined || value <= max);
        return ok ? accept(value) : refuse(`expected ${range}`);
      }
    };
  },
  choice<const C extends readonly [string, ...string[]]>(
    description: string,
    choices: C,
    defaultValue: C[number]
  ): InputDef<C[number]> {
    const expected = `expected one of ${choices.join(', ')}`;
    return {
      description: `${description} One of: ${choices.join(', ')}.`,
      default: defaultValue,
      parse: (raw) =>
        raw !== undefined && (choices as readonly string[]).includes(raw)
          ? accept(raw as C[number])
          : refuse(expected)
    };
  }
};

/**
 * Reads and validates every input before the command does anything. Throws one ConfigurationError
 * naming each bad input and what was expected.
 */
export function readInputs<S extends InputSpec>(
  spec: S,
  get: (name: string) => string | undefined,
  mask: (secret: string) => void
): Inputs<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, def] of Object.entries(spec)) {
    const raw = get(name) ?? def.default;
    if (raw !== undefined && def.secret === true) mask(raw);
    if (raw === undefined && def.required === true) {
      problems.push(`input \`${name}\` is required`);
      continue;
    }
    const parsed = def.parse(raw);
    if (parsed.ok) values[name] = parsed.value;
    else {
      const shown = raw === undefined ? 'nothing' : `\`${raw}\``;
      problems.push(`input \`${name}\`: ${parsed.expected}, got ${shown}`);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join('; '));
  return values as Inputs<S>;
}

/** Throws when a CLI flag names no input of the command. */
export function checkInputNames(spec: InputSpec, given: Iterable<string>, command: string): void {
  for (const name of given) {
    if (!(name in spec)) {
      const closest = closestName(name, Object.keys(spec));
      throw new ConfigurationError(
        `${command}: unknown option \`--${name}\`${closest === undefined ? '' : ` (did you mean \`--${closest}\`?)`}`
      );
    }
  }
}
