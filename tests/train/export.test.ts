/**
 * @jest-environment ./tests/model/onnxruntime-environment.mjs
 */
/**
 * exportOnnx against the TypeScript evaluation of the same model: hand-built TrainedModels (fixed
 * coefficients, fixed and seeded-random trees) exported, run in onnxruntime-node on a small table
 * with missing numbers, missing and unknown categories, and compared with
 * applyHead(rawScores(designMatrix(...))): labels exactly, probabilities to 1e-5, regression values
 * to 1e-5 relative. Then mlgate's own loader and scorer on a CSV, onnx's checker, determinism.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { openDataset } from '../../shared/data/dataset.js';
import { loadModel, scoreDataset, type LoadedModel } from '../../shared/model/index.js';
import { parseModel } from '../../shared/model/onnx-proto.js';
import { ConfigurationError } from '../../shared/runtime/errors.js';
import { designMatrix } from '../../shared/train/design.js';
import { exportOnnx, type ColumnKind } from '../../shared/train/export.js';
import type {
  FeatureTransform,
  Head,
  Predictor,
  TrainedModel,
  Tree
} from '../../shared/train/model-types.js';
import { applyHead, rawScores, type Predictions } from '../../shared/train/predict.js';
import type { TableColumn } from '../../shared/train/table.js';

/** A seeded uniform [0, 1) generator (an LCG: the same tables and trees on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ROWS = 240;
const REGIONS = ['north', 'south', 'east', 'west'];
const PLANS = ['free', 'basic', 'pro'];

/** age (int-valued, NaNs), income (NaNs), score, active (bool), region (nulls; `west` unknown to the models), plan. */
function makeTable(): Map<string, TableColumn> {
  const next = random(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const age = Float64Array.from({ length: ROWS }, () =>
    next() < 0.1 ? Number.NaN : 18 + Math.floor(next() * 62)
  );
  const income = Float64Array.from({ length: ROWS }, () =>
    next() < 0.1 ? Number.NaN : Math.round((20000 + next() * 60000) * 100) / 100
  );
  const score = Float64Array.from({ length: ROWS }, () => Math.round((next() - 0.5) * 4e5) / 1e5);
  // Above the float32 threshold 0.1 in float64, equal to it in float32: the split must send it left.
  score[0] = 0.100000002;
  age[0] = 30;
  age[1] = 40;
  const active = Float64Array.from({ length: ROWS }, () => (next() < 0.6 ? 1 : 0));
  const region = Array.from({ length: ROWS }, () => (next() < 0.1 ? null : pick(REGIONS)));
  const plan = Array.from({ length: ROWS }, () => pick(PLANS));
  const columns: TableColumn[] = [
    { name: 'age', type: 'float', values: age },
    { name: 'income', type: 'float', values: income },
    { name: 'score', type: 'float', values: score },
    { name: 'active', type: 'bool', values: active },
    { name: 'region', type: 'string', values: region },
    { name: 'plan', type: 'string', values: plan }
  ];
  return new Map(columns.map((column) => [column.name, column]));
}

const TABLE = makeTable();
const COLUMN_TYPES: ReadonlyMap<string, ColumnKind> = new Map(
  [...TABLE.values()].map((column) => [column.name, column.type === 'string' ? 'string' : 'number'])
);
const ONE_HOTS: FeatureTransform[] = [
  { kind: 'one-hot', column: 'region', categories: ['east', 'north', 'south'] },
  { kind: 'one-hot', column: 'plan', categories: ['basic', 'free', 'pro'] }
];
/** Linear models: imputed, standardised numbers (score imputed only; active passed through). */
const LINEAR_FEATURES: FeatureTransform[] = [
  { kind: 'numeric', column: 'age', impute: 45.5, center: 47.25, scale: 17.5 },
  { kind: 'numeric', column: 'income', impute: 50123.45, center: 49876.5, scale: 17320.5 },
  { kind: 'numeric', column: 'score', impute: 0, center: 0, scale: 1 },
  { kind: 'numeric', column: 'active', impute: null, center: 0, scale: 1 },
  ...ONE_HOTS
];
/** Tree models: raw numbers, NaN routed by the trees. */
const TREE_FEATURES: FeatureTransform[] = [
  ...['age', 'income', 'score', 'active'].map((column): FeatureTransform => ({
    kind: 'numeric',
    column,
    impute: null,
    center: 0,
    scale: 1
  })),
  ...ONE_HOTS
];
/** Design columns: age 0, income 1, score 2, active 3, region east/north/south 4-6, plan basic/free/pro 7-9. */
const P = 10;

function linearPredictor(outputs: number, seed: number, intercept = 0): Predictor {
  const next = random(seed);
  return {
    kind: 'linear',
    outputs,
    features: P,
    coefficients: Float64Array.from({ length: outputs * P }, () => (next() - 0.5) * 3),
    intercepts: Float64Array.from({ length: outputs }, () => intercept + next() - 0.5)
  };
}

type TreeSpec =
  | number
  | {
      readonly feature: number;
      readonly threshold: number;
      readonly missingLeft: boolean;
      readonly left: TreeSpec;
      readonly right: TreeSpec;
    };

/** A Tree from its nested description, nodes in depth-first order. */
function tree(spec: TreeSpec): Tree {
  const nodes: {
    feature: number;
    threshold: number;
    left: number;
    right: number;
    missingLeft: number;
    value: number;
  }[] = [];
  const add = (node: TreeSpec): number => {
    const id = nodes.length;
    if (typeof node === 'number') {
      nodes.push({ feature: -1, threshold: 0, left: -1, right: -1, missingLeft: 0, value: node });
      return id;
    }
    const entry = {
      feature: node.feature,
      threshold: node.threshold,
      left: -1,
      right: -1,
      missingLeft: node.missingLeft ? 1 : 0,
      value: 0
    };
    nodes.push(entry);
    entry.left = add(node.left);
    entry.right = add(node.right);
    return id;
  };
  add(spec);
  return {
    feature: Int32Array.from(nodes, (node) => node.feature),
    threshold: Float32Array.from(nodes, (node) => node.threshold),
    left: Int32Array.from(nodes, (node) => node.left),
    right: Int32Array.from(nodes, (node) => node.right),
    missingLeft: Uint8Array.from(nodes, (node) => node.missingLeft),
    value: Float64Array.from(nodes, (node) => node.value)
  };
}

/** Hand-written trees: age <= 40 (the exact value occurs), score <= 0.1 (float32), a one-hot split, a lone leaf. */
const FIXED_TREES: Tree[] = [
  tree({
    feature: 0,
    threshold: 40,
    missingLeft: true,
    left: { feature: 2, threshold: 0.1, missingLeft: false, left: 0.5, right: -0.25 },
    right: { feature: 5, threshold: 0.5, missingLeft: false, left: 0.1, right: 0.7 }
  }),
  tree({
    feature: 1,
    threshold: 45000,
    missingLeft: false,
    left: -0.3,
    right: { feature: 3, threshold: 0.5, missingLeft: true, left: 0.2, right: 0.4 }
  }),
  tree(0.05),
  tree({ feature: 9, threshold: 0.5, missingLeft: false, left: -0.1, right: 0.6 })
];

/** A random tree of depth ≤ 3 whose thresholds are values of the data (so some rows sit exactly on them). */
function randomTree(
  next: () => number,
  matrix: { values: Float64Array },
  scale: number,
  depth = 0
): TreeSpec {
  if (depth === 3 || (depth > 0 && next() < 0.25)) return Math.round((next() - 0.5) * scale * 1e4) / 1e4;
  const feature = Math.floor(next() * P);
  let threshold = 0.5;
  if (feature < 4) {
    const value = matrix.values[Math.floor(next() * ROWS) * P + feature];
    threshold = Number.isNaN(value) ? 30 : value;
  }
  return {
    feature,
    threshold,
    missingLeft: next() < 0.5,
    left: randomTree(next, matrix, scale, depth + 1),
    right: randomTree(next, matrix, scale, depth + 1)
  };
}

function treePredictor(outputs: number, seed: number, base: number, scale: number): Predictor {
  const next = random(seed);
  const matrix = designMatrix(TREE_FEATURES, TABLE, ROWS);
  const trees = FIXED_TREES.map((fixed, index) => ({ output: index % outputs, tree: fixed }));
  for (let index = 0; index < 12 * outputs; index++)
    trees.push({ output: index % outputs, tree: tree(randomTree(next, matrix, scale)) });
  return {
    kind: 'trees',
    outputs,
    features: P,
    base: Float64Array.from({ length: outputs }, (_, output) => base + output * 0.1),
    trees
  };
}

function model(features: FeatureTransform[], predictor: Predictor, head: Head): TrainedModel {
  return { features, predictor, head, metadata: { trainer: 'hand-built', target: 'y' } };
}

const MODELS: Record<string, TrainedModel> = {
  'binary linear, integer labels': model(LINEAR_FEATURES, linearPredictor(1, 1), {
    kind: 'sigmoid',
    classes: [0, 1]
  }),
  'multiclass linear, string labels': model(LINEAR_FEATURES, linearPredictor(3, 2), {
    kind: 'softmax',
    classes: ['bird', 'cat', 'dog']
  }),
  'binary trees, string labels': model(TREE_FEATURES, treePredictor(1, 3, -0.2, 1), {
    kind: 'sigmoid',
    classes: ['no', 'yes']
  }),
  'multiclass trees, integer labels': model(TREE_FEATURES, treePredictor(3, 4, 0, 1.5), {
    kind: 'softmax',
    classes: [3, 5, 7]
  }),
  'regression linear': model(LINEAR_FEATURES, linearPredictor(1, 5, 150), { kind: 'identity' }),
  'regression trees': model(TREE_FEATURES, treePredictor(1, 6, 150, 40), { kind: 'identity' })
};

function expected(trained: TrainedModel): Predictions {
  const matrix = designMatrix(trained.features, TABLE, ROWS);
  return applyHead(trained.head, rawScores(trained.predictor, matrix), ROWS);
}

/** What mlgate feeds: float32 [N,1] for numbers (NaN kept), string [N,1] with '' for a missing cell. */
function feeds(names: readonly string[]): Record<string, ort.Tensor> {
  const out: Record<string, ort.Tensor> = {};
  for (const name of names) {
    const column = TABLE.get(name)!;
    out[name] =
      column.type === 'string'
        ? new ort.Tensor(
            'string',
            column.values.map((value) => value ?? ''),
            [ROWS, 1]
          )
        : new ort.Tensor('float32', Float32Array.from(column.values), [ROWS, 1]);
  }
  return out;
}

function expectClose(
  actual: ArrayLike<number>,
  wanted: ArrayLike<number>,
  tolerance: (value: number) => number
): void {
  expect(actual.length).toBe(wanted.length);
  for (let index = 0; index < wanted.length; index++) {
    const difference = Math.abs(actual[index] - wanted[index]);
    if (!(difference <= tolerance(wanted[index])))
      throw new Error(`value ${index}: ${actual[index]} differs from ${wanted[index]} by ${difference}`);
  }
}

const relative = (value: number): number => 1e-5 * Math.max(1, Math.abs(value));

describe('the test table', () => {
  it('has missing numbers, missing and unknown categories, and values on split thresholds', () => {
    const nan = (name: string): number =>
      Array.from(TABLE.get(name)!.values as Float64Array).filter(Number.isNaN).length;
    expect(nan('age')).toBeGreaterThan(5);
    expect(nan('income')).toBeGreaterThan(5);
    const region = TABLE.get('region')!.values as (string | null)[];
    expect(region.filter((value) => value === null).length).toBeGreaterThan(5);
    expect(region.filter((value) => value === 'west').length).toBeGreaterThan(5);
    const score = TABLE.get('score')!.values as Float64Array;
    expect(score[0]).toBeGreaterThan(Math.fround(0.1));
    expect(Math.fround(score[0])).toBe(Math.fround(0.1));
  });
});

describe('onnxruntime scores the export as predict.ts does', () => {
  it.each(Object.keys(MODELS))('%s', async (name) => {
    const trained = MODELS[name];
    const session = await ort.InferenceSession.create(exportOnnx(trained, COLUMN_TYPES));
    try {
      const inputs = [...new Set(trained.features.map((transform) => transform.column))];
      expect(session.inputNames).toEqual(inputs);
      const results = await session.run(feeds(inputs));
      const wanted = expected(trained);
      if (trained.head.kind === 'identity') {
        expect(session.outputNames).toEqual(['variable']);
        expect(results.variable.dims).toEqual([ROWS, 1]);
        expectClose(results.variable.data as Float32Array, wanted.values!, relative);
        return;
      }
      const classes = trained.head.classes;
      expect(session.outputNames).toEqual(['label', 'probabilities']);
      expect(results.probabilities.dims).toEqual([ROWS, classes.length]);
      expectClose(results.probabilities.data as Float32Array, wanted.probabilities!, () => 1e-5);
      const integer = classes.every((label) => typeof label === 'number');
      expect(results.label.type).toBe(integer ? 'int64' : 'string');
      const data = results.label.data as BigInt64Array | string[];
      const labels: (string | number)[] = data instanceof BigInt64Array ? Array.from(data, Number) : data;
      expect(labels).toEqual(Array.from(wanted.labels!, (index) => classes[index]));
      // Every class is predicted somewhere: the comparison covers more than one branch of the head.
      expect(new Set(labels).size).toBe(classes.length);
    } finally {
      await session.release();
    }
  });

  it('routes NaN through the trees (missingLeft) and imputes it in linear models', () => {
    // The models above would disagree with onnxruntime if either side mishandled NaN; check that
    // NaN rows reach the trees unimputed and leave the linear design imputed.
    const trees = designMatrix(TREE_FEATURES, TABLE, ROWS);
    const linear = designMatrix(LINEAR_FEATURES, TABLE, ROWS);
    expect(trees.values.some(Number.isNaN)).toBe(true);
    expect(linear.values.some(Number.isNaN)).toBe(false);
  });
});

describe("mlgate's loader and scorer read the export", () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-export-'));
  const opened: LoadedModel[] = [];
  afterAll(async () => {
    for (const loaded of opened) await loaded.close();
  });

  /** The table as CSV: empty fields for missing cells, bools as true/false. */
  const csv = ((): string => {
    const columns = [...TABLE.values()];
    const lines = [columns.map((column) => column.name).join(',')];
    for (let row = 0; row < ROWS; row++)
      lines.push(
        columns
          .map((column) => {
            const value = column.values[row];
            if (column.type === 'bool') return value === 1 ? 'true' : 'false';
            if (value === null || (typeof value === 'number' && Number.isNaN(value))) return '';
            return String(value);
          })
          .join(',')
      );
    return lines.join('\n') + '\n';
  })();
  const data = join(dir, 'table.csv');
  writeFileSync(data, csv);

  it.each(Object.keys(MODELS))('%s', async (name) => {
    const trained = MODELS[name];
    const path = join(dir, `${name.replace(/\W+/g, '-')}.onnx`);
    writeFileSync(path, exportOnnx(trained, COLUMN_TYPES));
    const loaded = await loadModel(path);
    opened.push(loaded);
    const scored = await scoreDataset(loaded, await openDataset(data), { nan: 'drop' });
    expect(scored.features).toEqual([...new Set(trained.features.map((transform) => transform.column))]);
    expect(scored.dropped).toBeGreaterThan(0);
    expect(scored.rows + scored.dropped).toBe(ROWS);
    const wanted = expected(trained);
    const rows = Array.from(scored.rowIndex);
    if (trained.head.kind === 'identity') {
      expect(loaded.task).toBe('regression');
      expectClose(
        scored.predictions as Float64Array,
        rows.map((row) => wanted.values![row]),
        relative
      );
      return;
    }
    const classes = trained.head.classes;
    expect(loaded.task).toBe('classification');
    expect(loaded.classes).toEqual(classes.map(String));
    expect(scored.predictions).toEqual(rows.map((row) => String(classes[wanted.labels![row]])));
    const width = classes.length;
    expectClose(
      scored.proba!,
      rows.flatMap((row) => Array.from(wanted.probabilities!.subarray(row * width, (row + 1) * width))),
      () => 1e-5
    );
  });
});

describe('the file', () => {
  const linear = MODELS['multiclass linear, string labels'];

  it('is the same bytes on every export, whatever the metadata order', () => {
    const first = exportOnnx(linear, COLUMN_TYPES);
    expect(exportOnnx(linear, COLUMN_TYPES)).toEqual(first);
    const reordered = { ...linear, metadata: { target: 'y', trainer: 'hand-built' } };
    expect(exportOnnx(reordered, new Map([...COLUMN_TYPES].reverse()))).toEqual(first);
    expect(exportOnnx(MODELS['binary trees, string labels'], COLUMN_TYPES)).toEqual(
      exportOnnx(MODELS['binary trees, string labels'], COLUMN_TYPES)
    );
  });

  it('declares IR 8, opsets 17 and ml 3, producer mlgate, features and classes metadata', () => {
    const info = parseModel(exportOnnx(linear, COLUMN_TYPES));
    expect(info.irVersion).toBe(8);
    expect(info.opsets).toEqual({ '': 17, 'ai.onnx.ml': 3 });
    expect(info.producerName).toBe('mlgate');
    expect(info.metadata).toEqual({
      classes: '["bird","cat","dog"]',
      features: '["age","income","score","active","region","plan"]',
      target: 'y',
      trainer: 'hand-built'
    });
    expect(Object.keys(info.metadata)).toEqual(['classes', 'features', 'target', 'trainer']);
    const regression = parseModel(exportOnnx(MODELS['regression trees'], COLUMN_TYPES));
    expect(regression.metadata.classes).toBeUndefined();
    expect(regression.graph.outputs.map((output) => output.name)).toEqual(['variable']);
  });

  it('skips Sub and Div for center 0 and scale 1, and the Imputer for impute null', () => {
    const info = parseModel(exportOnnx(MODELS['binary trees, string labels'], COLUMN_TYPES));
    const ops = info.graph.nodes.map((node) => node.opType);
    expect(ops).not.toContain('Imputer');
    expect(ops).not.toContain('Div');
    const linearOps = parseModel(exportOnnx(linear, COLUMN_TYPES)).graph.nodes.map((node) => node.opType);
    // age and income are imputed, centred and scaled; score only imputed; active passed through.
    expect(linearOps.filter((op) => op === 'Imputer')).toHaveLength(3);
    expect(linearOps.filter((op) => op === 'Div')).toHaveLength(2);
  });

  it('refuses a feature column named like an output, and transforms that do not fit the columns', () => {
    const labelled = new Map(COLUMN_TYPES).set('label', 'number');
    const clash = {
      ...linear,
      features: [...LINEAR_FEATURES.slice(0, 3), { ...LINEAR_FEATURES[3], column: 'label' }, ...ONE_HOTS]
    };
    expect(() => exportOnnx(clash, labelled)).toThrow(ConfigurationError);
    expect(() => exportOnnx(linear, new Map(COLUMN_TYPES).set('region', 'number'))).toThrow(
      'column region holds numbers but its one-hot transform takes strings'
    );
    const narrow = { ...linear, features: LINEAR_FEATURES.slice(0, 4) };
    expect(() => exportOnnx(narrow, COLUMN_TYPES)).toThrow(
      'the transforms make 4 columns but the predictor takes 10'
    );
  });

  /** Whether Debian's python3-onnx is installed (the checker test needs it). */
  const pythonOnnx = spawnSync('/usr/bin/python3', ['-c', 'import onnx'], { stdio: 'ignore' }).status === 0;
  const checkerIt = pythonOnnx ? it : it.skip;
  checkerIt(
    `passes onnx.checker.check_model(full_check=True)${pythonOnnx ? '' : ' (skipped: /usr/bin/python3 cannot import onnx)'}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'mlgate-export-check-'));
      const paths = Object.entries(MODELS).map(([name, trained]) => {
        const path = join(dir, `${name.replace(/\W+/g, '-')}.onnx`);
        writeFileSync(path, exportOnnx(trained, COLUMN_TYPES));
        return path;
      });
      const script = [
        'import sys, onnx',
        'for path in sys.argv[1:]:',
        '    onnx.checker.check_model(path, full_check=True)',
        '    print("ok", path)'
      ].join('\n');
      const run = spawnSync('/usr/bin/python3', ['-c', script, ...paths], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split('\n')).toEqual(paths.map((path) => `ok ${path}`));
    }
  );
});
