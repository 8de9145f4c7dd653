/**
 * Input mapping: which data columns feed which model input, checked against the data's columns and
 * types before anything is scored, every mismatch named in one error.
 *
 * Two modes (DESIGN.md, "Models and evaluation"):
 * - `matrix`: one [N, F] tensor whose columns are the feature columns in order: `features` when
 *   configured, else the model's `features` metadata, else every data column but the target, in
 *   file order. A model with a single [N, 1] input named like a data column reads that column.
 * - `columns`: one [N, 1] (or [N]) tensor per input, fed by the data column of the same name; what
 *   skl2onnx emits for a ColumnTransformer over mixed numeric and string columns.
 */
import { ModelError } from '../runtime/errors.js';
import type { ColumnType } from '../data/types.js';
import {
  describeValue,
  fixedDim,
  metadataList,
  type ModelSignature,
  type ElementType,
  type TensorSignature
} from './signature.js';

/** A data column as the input check sees it. */
export interface ColumnInfo {
  readonly name: string;
  readonly type: ColumnType;
}

/** Element types mlgate builds tensors of, and the column types each accepts. */
const ACCEPTS: Partial<Record<ElementType, readonly ColumnType[]>> = {
  float: ['int', 'float', 'bool'],
  double: ['int', 'float', 'bool'],
  int64: ['int', 'bool'],
  int32: ['int', 'bool'],
  bool: ['bool'],
  string: ['string']
};

/** How one input is fed: its columns, in tensor-column order, and the tensor's rank (1: [N], 2: [N, F]). */
export interface InputFeed {
  readonly input: TensorSignature;
  readonly columns: readonly string[];
  readonly rank: 1 | 2;
}

export interface InputPlan {
  readonly mode: 'matrix' | 'columns';
  readonly feeds: readonly InputFeed[];
  /** Every column fed to the model, each once, in feed order. */
  readonly features: readonly string[];
}

export interface InputOptions {
  /** The feature columns, in the model's order (matrix mode). */
  readonly features?: readonly string[];
  /** Never a default feature. */
  readonly target?: string;
}

/**
 * Maps the data's columns onto the model's inputs. ModelError naming every input that cannot be
 * fed (missing columns, type mismatches, feature-count mismatches, unsupported tensor types).
 */
export function planInputs(
  path: string,
  signature: ModelSignature,
  columns: readonly ColumnInfo[],
  options: InputOptions,
  dataName: string
): InputPlan {
  const problems: string[] = [];
  const byName = new Map(columns.map((column) => [column.name, column]));
  const inputs: TensorSignature[] = [];
  for (const input of signature.inputs) {
    if (input.kind !== 'tensor')
      problems.push(`input "${input.name}" is ${describeValue(input)}: mlgate feeds tensors only`);
    else if (ACCEPTS[input.elementType] === undefined)
      problems.push(
        `input "${input.name}" (${describeValue(input)}): mlgate cannot build ${input.elementType} tensors`
      );
    else if (input.shape !== null && input.shape.length > 2)
      problems.push(
        `input "${input.name}" (${describeValue(input)}) has rank ${input.shape.length}: mlgate feeds [N,F], [N,1] or [N] tensors from table columns`
      );
    else inputs.push(input);
  }
  if (signature.inputs.length === 0) problems.push('the model has no inputs');
  if (problems.length > 0) throw inputError(path, problems);

  const matrix = inputs.length === 1 ? matrixFeatures(inputs[0], signature, columns, options) : undefined;
  const feeds: InputFeed[] = [];
  if (matrix !== undefined) {
    const input = inputs[0];
    const rank = input.shape?.length === 1 ? 1 : 2;
    const width = rank === 1 ? 1 : fixedDim(input, 1);
    const missing = matrix.columns.filter((name) => !byName.has(name));
    if (width !== null && width !== matrix.columns.length)
      problems.push(
        `input "${input.name}" (${describeValue(input)}) takes ${width} feature${width === 1 ? '' : 's'} but ${matrix.source} name ${matrix.columns.length} (${matrix.columns.join(', ') || 'none'})`
      );
    else if (missing.length > 0)
      problems.push(
        `input "${input.name}" (${describeValue(input)}) is fed from ${matrix.source} (${matrix.columns.join(', ')}): ${dataName} has no column ${missing.join(', ')}`
      );
    for (const name of matrix.columns) {
      const column = byName.get(name);
      if (column !== undefined && !ACCEPTS[input.elementType]!.includes(column.type))
        problems.push(
          `column ${name} is ${column.type} but input "${input.name}" (${describeValue(input)}) ${wants(input.elementType)}`
        );
    }
    feeds.push({ input, columns: matrix.columns, rank });
  } else {
    for (const input of inputs) {
      const column = byName.get(input.name);
      const width = input.shape === null || input.shape.length === 1 ? 1 : fixedDim(input, 1);
      if (width !== null && width !== 1)
        problems.push(
          `input "${input.name}" (${describeValue(input)}) takes ${width} columns at once; with several inputs, each is fed by the one data column of its name`
        );
      else if (column === undefined)
        problems.push(
          `input "${input.name}" (${describeValue(input)}) has no column ${input.name} in ${dataName}`
        );
      else if (!ACCEPTS[input.elementType]!.includes(column.type))
        problems.push(
          `input "${input.name}" (${describeValue(input)}) ${wants(input.elementType)}, but column ${input.name} is ${column.type}`
        );
      feeds.push({ input, columns: [input.name], rank: input.shape?.length === 1 ? 1 : 2 });
    }
  }
  if (problems.length > 0) throw inputError(path, problems);
  return {
    mode: matrix === undefined ? 'columns' : 'matrix',
    feeds,
    features: [...new Set(feeds.flatMap((feed) => feed.columns))]
  };
}

/** The feature columns of a single-input model, or undefined when it reads one column by name. */
function matrixFeatures(
  input: TensorSignature,
  signature: ModelSignature,
  columns: readonly ColumnInfo[],
  options: InputOptions
): { columns: readonly string[]; source: string } | undefined {
  if (options.features !== undefined && options.features.length > 0)
    return { columns: options.features, source: 'the configured features' };
  const listed = metadataList(signature.metadata, 'features');
  if (listed !== undefined) return { columns: listed, source: "the model's features metadata" };
  const oneWide = input.shape === null || input.shape.length === 1 || fixedDim(input, 1) === 1;
  if (oneWide && columns.some((column) => column.name === input.name)) return undefined;
  if (input.elementType === 'string' && oneWide) return undefined;
  const rest = columns.map((column) => column.name).filter((name) => name !== options.target);
  return { columns: rest, source: "the data's columns besides the target" };
}

function wants(element: ElementType): string {
  if (element === 'string') return 'needs a string column';
  if (element === 'bool') return 'needs a bool column';
  if (element === 'int64' || element === 'int32') return 'needs an int column';
  return 'takes numbers (int, float or bool columns)';
}

function inputError(path: string, problems: readonly string[]): ModelError {
  return new ModelError(`${path}: the data cannot feed the model: ${problems.join('; ')}`);
}

/** Whether a column of `type` can feed `input` (used again per batch: types can widen as data streams). */
export function columnFits(input: TensorSignature, type: ColumnType): boolean {
  return ACCEPTS[input.elementType]?.includes(type) ?? false;
}
