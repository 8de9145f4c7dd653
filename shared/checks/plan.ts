import type { LoadedConfig } from '../config/load.js';
import type { ColumnType } from '../data/types.js';
import { ConfigurationError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';
import type { Expectation, ExpectationName } from './catalogue.js';
import { parseInlineExpectations } from './inline.js';
import type { ValidationPlan } from './validate.js';

export interface PlanInputs {
  readonly data?: string;
  readonly reference?: string;
  readonly suite?: string;
  readonly expect?: string;
}

/**
 * Resolves what to validate from the inputs (which win) and the config: the data set, the suite's
 * expectations (with their config lines) plus the inline ones, the declared types, drift settings.
 */
export function planValidation(inputs: PlanInputs, loaded: LoadedConfig): ValidationPlan {
  const data = loaded.config.data;
  const pattern = inputs.data ?? data?.path;
  if (pattern === undefined) {
    throw new ConfigurationError('input `data` is required (a path or glob), or set data.path in the config');
  }
  const suites = data?.suites ?? {};
  const names = Object.keys(suites);
  const suiteName = inputs.suite ?? data?.suite ?? (names.length === 1 ? names[0] : undefined);
  if (suiteName !== undefined && !(suiteName in suites)) {
    const where =
      loaded.file === undefined
        ? 'no config file was found'
        : `${loaded.file} has ${names.length === 0 ? 'no suites' : `suites ${names.join(', ')}`}`;
    throw new ConfigurationError(`suite \`${suiteName}\` not found: ${where}${didYouMean(suiteName, names)}`);
  }
  const suite = suiteName === undefined ? undefined : suites[suiteName];
  const fromConfig: Expectation[] = (suite?.expectations ?? []).map((entry, index) => {
    const [name, kwargs] = Object.entries(entry)[0] as [ExpectationName, Record<string, unknown>];
    const at = loaded.position(['data', 'suites', suiteName!, 'expectations', index]);
    return {
      name,
      kwargs,
      ...(loaded.file === undefined || at === undefined ? {} : { source: { file: loaded.file, ...at } })
    };
  });
  const inline = inputs.expect === undefined ? [] : parseInlineExpectations(inputs.expect);
  const expectations = [...fromConfig, ...inline];

  const types: Record<string, ColumnType> = { ...(suite?.columns as Record<string, ColumnType> | undefined) };
  for (const expectation of expectations) {
    if (expectation.name !== 'expect_column_values_to_be_of_type') continue;
    const column = expectation.kwargs.column as string;
    const type = expectation.kwargs.type_ as ColumnType;
    const declared = types[column];
    if (declared !== undefined && declared !== type && !(declared === 'int' && type === 'float')) {
      throw new ConfigurationError(
        `column \`${column}\` is declared ${declared} but expect_column_values_to_be_of_type says ${type}`
      );
    }
    types[column] ??= type;
  }
  const reference = inputs.reference ?? data?.reference;
  return {
    data: pattern,
    ...(reference === undefined ? {} : { reference }),
    types,
    expectations,
    ...(data?.drift === undefined ? {} : { drift: data.drift }),
    ...(data?.['null-tokens'] === undefined ? {} : { nullTokens: data['null-tokens'] }),
    ...(data?.delimiter === undefined ? {} : { delimiter: data.delimiter }),
    examples: data?.examples ?? 10
  };
}
