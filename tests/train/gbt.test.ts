/**
 * trainGbt against scikit-learn 1.2's HistGradientBoosting* (fixtures/gbt-reference.json, written by
 * make-gbt-reference.py from the fixture CSVs with the same hyperparameters and early stopping off):
 * held-out accuracy or r² within 0.01 of scikit-learn's, the same held-out labels, and the same final
 * training loss to 1e-9 (the trees are scikit-learn's, up to float32 thresholds). Then the properties the exporter relies on:
 * the training loss falls round after round, training is deterministic, missing values are routed
 * (learned when missingness is the signal, to the larger side when training saw none), and
 * predicting through the tree arrays with float32 comparisons reproduces the raw scores training
 * computed. Predictions here always go through the tree arrays, as onnxruntime does.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../shared/runtime/errors.js';
import { Xoshiro128 } from '../../shared/stats/sampler.js';
import { binMatrix } from '../../shared/train/gbt-binning.js';
import { bundleBinaryFeatures } from '../../shared/train/gbt-bundles.js';
import { TreeGrower } from '../../shared/train/gbt-grower.js';
import { buildHistogram, histogramLayout } from '../../shared/train/gbt-histogram.js';
import { expNonPositive } from '../../shared/train/gbt-loss.js';
import { GBT_DEFAULTS, trainGbt, type GbtParams, type GbtTask } from '../../shared/train/gbt.js';
import type { DesignMatrix, Tree, TreeEnsemblePredictor } from '../../shared/train/model-types.js';
import { FIXTURES, fixtureDesign, type FixtureDesign } from './fixture-design.js';

interface DatasetReference {
  readonly task: 'classification' | 'regression';
  readonly target: string;
  readonly columns: string[];
  readonly classes?: number[];
  readonly metric: 'accuracy' | 'r2';
  readonly score: number;
  readonly test_predictions: number[];
  readonly train_loss: number;
  readonly trees: number;
}
interface Reference {
  readonly params: {
    readonly max_iter: number;
    readonly learning_rate: number;
    readonly max_depth: number | null;
    readonly max_leaf_nodes: number;
    readonly min_samples_leaf: number;
    readonly l2_regularization: number;
    readonly max_bins: number;
  };
  readonly datasets: Record<string, DatasetReference>;
}

const REFERENCE = JSON.parse(readFileSync(`${FIXTURES}gbt-reference.json`, 'utf8')) as Reference;
const PARAMS: GbtParams = {
  rounds: REFERENCE.params.max_iter,
  learningRate: REFERENCE.params.learning_rate,
  maxDepth: REFERENCE.params.max_depth,
  maxLeafNodes: REFERENCE.params.max_leaf_nodes,
  minSamplesLeaf: REFERENCE.params.min_samples_leaf,
  l2Regularization: REFERENCE.params.l2_regularization,
  maxBins: REFERENCE.params.max_bins
};

interface Prepared extends FixtureDesign {
  readonly task: GbtTask;
}

/** Design matrices and targets of a fixture data set, built as make-gbt-reference.py builds them. */
async function prepare(name: string, reference: DatasetReference): Promise<Prepared> {
  const design = await fixtureDesign(name, reference.target, 'raw');
  if (reference.task !== 'classification') return { ...design, task: { kind: 'regression' } };
  const classes = reference.classes!;
  return {
    ...design,
    trainTarget: design.trainTarget.map((label) => classes.indexOf(label)),
    testTarget: design.testTarget.map((label) => classes.indexOf(label)),
    task: classes.length === 2 ? { kind: 'binary' } : { kind: 'multiclass', classes: classes.length }
  };
}

/** The leaf a row reaches, comparing float32(x) <= threshold as onnxruntime does (NaN: missingLeft). */
function leafOf(tree: Tree, values: Float64Array, at: number): number {
  let node = 0;
  while (tree.feature[node] >= 0) {
    const x = values[at + tree.feature[node]];
    const left = Number.isNaN(x) ? tree.missingLeft[node] === 1 : Math.fround(x) <= tree.threshold[node];
    node = left ? tree.left[node] : tree.right[node];
  }
  return node;
}

/** Raw scores `[output * rows + row]` of the first `rounds` rounds (default all) of the ensemble. */
function predictRaw(model: TreeEnsemblePredictor, matrix: DesignMatrix, rounds?: number): Float64Array {
  const { rows, cols, values } = matrix;
  const raw = new Float64Array(rows * model.outputs);
  for (let k = 0; k < model.outputs; k++) raw.fill(model.base[k], k * rows, (k + 1) * rows);
  const trees = model.trees.slice(0, (rounds ?? Infinity) * model.outputs);
  for (const { output, tree } of trees) {
    for (let i = 0; i < rows; i++) raw[output * rows + i] += tree.value[leafOf(tree, values, i * cols)];
  }
  return raw;
}

/** Predicted class codes (argmax; sigmoid > 0.5 for one output), or regression values. */
function predict(model: TreeEnsemblePredictor, matrix: DesignMatrix, regression: boolean): Float64Array {
  const raw = predictRaw(model, matrix);
  const { rows } = matrix;
  if (regression) return raw;
  if (model.outputs === 1) return raw.map((r) => (r > 0 ? 1 : 0));
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let k = 1; k < model.outputs; k++) if (raw[k * rows + i] > raw[best * rows + i]) best = k;
    out[i] = best;
  }
  return out;
}

/** Mean training loss: log loss (binary or multiclass) or half squared error, as the JSON's. */
function meanLoss(task: GbtTask, raw: Float64Array, target: Float64Array): number {
  const rows = target.length;
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    if (task.kind === 'regression') {
      sum += 0.5 * (raw[i] - target[i]) ** 2;
    } else if (task.kind === 'binary') {
      const p = 1 / (1 + Math.exp(-raw[i]));
      sum -= Math.log(target[i] === 1 ? p : 1 - p);
    } else {
      let max = -Infinity;
      for (let k = 0; k < task.classes; k++) max = Math.max(max, raw[k * rows + i]);
      let total = 0;
      for (let k = 0; k < task.classes; k++) total += Math.exp(raw[k * rows + i] - max);
      sum -= raw[target[i] * rows + i] - max - Math.log(total);
    }
  }
  return sum / rows;
}

function accuracy(predicted: Float64Array, actual: Float64Array): number {
  let hits = 0;
  for (let i = 0; i < actual.length; i++) if (predicted[i] === actual[i]) hits++;
  return hits / actual.length;
}

function r2(predicted: Float64Array, actual: Float64Array): number {
  const mean = actual.reduce((a, b) => a + b, 0) / actual.length;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    residual += (actual[i] - predicted[i]) ** 2;
    total += (actual[i] - mean) ** 2;
  }
  return 1 - residual / total;
}

const DATASETS = Object.keys(REFERENCE.datasets);

describe('trainGbt against scikit-learn', () => {
  it.each(DATASETS)('%s: held-out score within 0.01 of HistGradientBoosting', async (name) => {
    const reference = REFERENCE.datasets[name];
    const data = await prepare(name, reference);
    expect(data.columns).toEqual(reference.columns);
    const model = trainGbt(data.train, data.trainTarget, data.task, PARAMS, 0);
    expect(model.trees).toHaveLength(reference.trees);
    const regression = reference.task === 'regression';
    const predicted = predict(model, data.test, regression);
    const score = regression ? r2(predicted, data.testTarget) : accuracy(predicted, data.testTarget);
    expect(Math.abs(score - reference.score)).toBeLessThanOrEqual(0.01);
    if (!regression) {
      // Same trees as scikit-learn up to float32 thresholds: the same held-out labels, but for a row
      // or two in a hundred at most.
      const same = accuracy(predicted, Float64Array.from(reference.test_predictions));
      expect(same).toBeGreaterThanOrEqual(0.99);
    }
  });

  it.each(DATASETS)('%s: the training loss falls every round and ends at scikit-learn’s', async (name) => {
    const reference = REFERENCE.datasets[name];
    const data = await prepare(name, reference);
    const model = trainGbt(data.train, data.trainTarget, data.task, PARAMS, 0);
    let previous = Infinity;
    for (const rounds of [0, 1, 2, 5, 10, 25, 50, 100]) {
      const loss = meanLoss(data.task, predictRaw(model, data.train, rounds), data.trainTarget);
      expect(loss).toBeLessThan(previous);
      previous = loss;
    }
    // The trees are scikit-learn's: the final loss agrees to summation-order rounding (about 1e-13).
    expect(Math.abs(previous - reference.train_loss)).toBeLessThanOrEqual(1e-9 * reference.train_loss);
  });
});

/** A seeded matrix: column j of row i is `column(j, rng)`. */
function randomMatrix(
  rows: number,
  cols: number,
  seed: number,
  cell: (j: number, rng: Xoshiro128) => number
): DesignMatrix {
  const rng = new Xoshiro128(seed);
  const values = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) values[i * cols + j] = cell(j, rng);
  return { rows, cols, values };
}

describe('trainGbt', () => {
  it('is deterministic, and the seed only picks the binning subsample (over 200,000 rows)', () => {
    const matrix = randomMatrix(210_000, 3, 1, (j, rng) =>
      j === 2 && rng.nextUnit() < 0.1 ? NaN : rng.nextUnit()
    );
    const target = new Float64Array(matrix.rows);
    for (let i = 0; i < matrix.rows; i++)
      target[i] = matrix.values[i * 3] + matrix.values[i * 3 + 1] > 1 ? 1 : 0;
    const params = { ...GBT_DEFAULTS, rounds: 3 };
    const a = trainGbt(matrix, target, { kind: 'binary' }, params, 7);
    const b = trainGbt(matrix, target, { kind: 'binary' }, params, 7);
    expect(b).toEqual(a);
    const thresholds = (model: TreeEnsemblePredictor): number[] =>
      model.trees.flatMap(({ tree }) => [...tree.threshold]);
    const c = trainGbt(matrix, target, { kind: 'binary' }, params, 8);
    expect(thresholds(c)).not.toEqual(thresholds(a));
  });

  it('learns missingness as the signal: a split that sends only the missing values apart', () => {
    // Label 1 exactly where x1 is missing; x0 is noise.
    const matrix = randomMatrix(2000, 2, 3, (j, rng) =>
      j === 1 && rng.nextUnit() < 0.3 ? NaN : rng.nextUnit()
    );
    const target = new Float64Array(matrix.rows);
    for (let i = 0; i < matrix.rows; i++) target[i] = Number.isNaN(matrix.values[i * 2 + 1]) ? 1 : 0;
    const model = trainGbt(matrix, target, { kind: 'binary' }, { ...GBT_DEFAULTS, rounds: 10 }, 0);
    const root = model.trees[0].tree;
    expect(root.feature[0]).toBe(1);
    expect(root.threshold[0]).toBe(Infinity);
    expect(root.missingLeft[0]).toBe(0);
    const fresh = randomMatrix(1000, 2, 4, (j, rng) =>
      j === 1 && rng.nextUnit() < 0.5 ? NaN : rng.nextUnit()
    );
    const expected = new Float64Array(fresh.rows);
    for (let i = 0; i < fresh.rows; i++) expected[i] = Number.isNaN(fresh.values[i * 2 + 1]) ? 1 : 0;
    expect(accuracy(predict(model, fresh, false), expected)).toBe(1);
  });

  it.each([
    [0.3, 0],
    [0.7, 1]
  ])(
    'sends values missing at prediction only to the larger side (cut %f → missingLeft %i)',
    (cut, missingLeft) => {
      const matrix = randomMatrix(1000, 1, 5, (_j, rng) => rng.nextUnit());
      const target = matrix.values.map((x) => (x < cut ? 1 : 0));
      const model = trainGbt(
        matrix,
        target,
        { kind: 'binary' },
        { ...GBT_DEFAULTS, rounds: 1, maxLeafNodes: 2 },
        0
      );
      const tree = model.trees[0].tree;
      expect(tree.feature[0]).toBe(0);
      const left = matrix.values.filter((x) => Math.fround(x) <= tree.threshold[0]).length;
      expect(left > matrix.rows - left ? 1 : 0).toBe(missingLeft);
      expect(tree.missingLeft[0]).toBe(missingLeft);
      const missing: DesignMatrix = { rows: 1, cols: 1, values: Float64Array.of(NaN) };
      expect(leafOf(tree, missing.values, 0)).toBe(missingLeft === 1 ? tree.left[0] : tree.right[0]);
    }
  );

  it('starts from scikit-learn’s baselines: mean, prior log-odds, centred log priors', () => {
    const matrix = randomMatrix(100, 1, 6, (_j, rng) => rng.nextUnit());
    const params = { ...GBT_DEFAULTS, rounds: 1 };
    const values = Float64Array.from({ length: 100 }, (_, i) => i);
    expect(trainGbt(matrix, values, { kind: 'regression' }, params, 0).base[0]).toBeCloseTo(49.5, 12);
    const binary = Float64Array.from({ length: 100 }, (_, i) => (i < 25 ? 1 : 0));
    expect(trainGbt(matrix, binary, { kind: 'binary' }, params, 0).base[0]).toBeCloseTo(Math.log(1 / 3), 12);
    const classes = Float64Array.from({ length: 100 }, (_, i) => (i < 20 ? 0 : i < 50 ? 1 : 2));
    const base = trainGbt(matrix, classes, { kind: 'multiclass', classes: 3 }, params, 0).base;
    const logs = [0.2, 0.3, 0.5].map(Math.log);
    const centre = (logs[0] + logs[1] + logs[2]) / 3;
    for (let k = 0; k < 3; k++) expect(base[k]).toBeCloseTo(logs[k] - centre, 12);
  });

  it('grows one tree per class per round and honours max_leaf_nodes, max_depth and min_samples_leaf', () => {
    const matrix = randomMatrix(3000, 4, 9, (_j, rng) => rng.nextUnit());
    const target = new Float64Array(matrix.rows);
    for (let i = 0; i < matrix.rows; i++) target[i] = Math.min(2, Math.floor(matrix.values[i * 4] * 3));
    const task: GbtTask = { kind: 'multiclass', classes: 3 };
    const limited = trainGbt(matrix, target, task, { ...GBT_DEFAULTS, rounds: 4, maxLeafNodes: 7 }, 0);
    expect(limited.trees.map((t) => t.output)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]);
    const leaves = (tree: Tree): number => tree.feature.filter((f) => f < 0).length;
    expect(Math.max(...limited.trees.map(({ tree }) => leaves(tree)))).toBe(7);
    const shallow = trainGbt(matrix, target, task, { ...GBT_DEFAULTS, rounds: 2, maxDepth: 2 }, 0);
    for (const { tree } of shallow.trees) expect(leaves(tree)).toBeLessThanOrEqual(4);
    const big = trainGbt(matrix, target, task, { ...GBT_DEFAULTS, rounds: 2, minSamplesLeaf: 400 }, 0);
    for (const { tree } of big.trees) {
      const counts = new Map<number, number>();
      for (let i = 0; i < matrix.rows; i++) {
        const leaf = leafOf(tree, matrix.values, i * 4);
        counts.set(leaf, (counts.get(leaf) ?? 0) + 1);
      }
      expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(400);
    }
  });

  it('rejects parameters scikit-learn rejects', () => {
    const matrix = randomMatrix(50, 1, 10, (_j, rng) => rng.nextUnit());
    const target = new Float64Array(50);
    const train = (params: Partial<GbtParams>): TreeEnsemblePredictor =>
      trainGbt(matrix, target, { kind: 'regression' }, { ...GBT_DEFAULTS, ...params }, 0);
    expect(() => train({ maxBins: 256 })).toThrow(ConfigurationError);
    expect(() => train({ maxLeafNodes: 1 })).toThrow(ConfigurationError);
    expect(() => train({ learningRate: 0 })).toThrow(ConfigurationError);
    expect(() => trainGbt(matrix, target.fill(2), { kind: 'binary' }, GBT_DEFAULTS, 0)).toThrow(RangeError);
  });
});

describe('float32 thresholds', () => {
  it('predicting through the tree arrays reproduces the raw scores computed while growing', () => {
    // Columns where float64 → float32 matters: distinct values float32 cannot tell apart; pairs of
    // adjacent float32 values whose midpoint rounds up to the upper one; magnitudes past float32's
    // range; ±0 and missing values; a plain column; then 0/1 columns (histograms built apart).
    const lo = 1 + 2 ** -23;
    const hi = 1 + 2 ** -22;
    const category = new Xoshiro128(13);
    let current = 0;
    const matrix = randomMatrix(6000, 9, 11, (j, rng) => {
      const u = rng.nextUnit();
      if (j === 5) current = Math.floor(category.nextUnit() * 4);
      switch (j) {
        case 0:
          return 1 + Math.floor(u * 1000) * 1e-10;
        case 1:
          return u < 0.5 ? lo : u < 0.9 ? hi : 1 + 2 ** -21;
        case 2:
          return [-1e300, -3.4e38, -0, 0, 1e-45, 3.4e38, 4e38, 1e300][Math.floor(u * 8)];
        case 3:
          return u < 0.1 ? NaN : Math.round(u * 40) / 7;
        case 4:
          return u * 2 - 1;
        case 8:
          return u < 0.5 ? 1 : 0;
        default:
          // One-hot of a category with three values and a missing one (all zero).
          return current === j - 5 ? 1 : 0;
      }
    });
    const data = binMatrix(matrix, 255, 0);
    const grower = new TreeGrower(data, {
      maxLeafNodes: 31,
      maxDepth: null,
      minSamplesLeaf: 3,
      l2Regularization: 0,
      constantHessian: false,
      shrinkage: 0.1
    });
    const rng = new Xoshiro128(12);
    const raw = new Float64Array(matrix.rows);
    const trees: Tree[] = [];
    const splitFeatures = new Set<number>();
    for (let t = 0; t < 40; t++) {
      const gradients = Float32Array.from({ length: matrix.rows }, () => rng.nextUnit() - 0.5);
      const hessians = Float32Array.from({ length: matrix.rows }, () => 0.01 + rng.nextUnit());
      const tree = grower.grow(gradients, hessians, raw);
      tree.feature.forEach((f) => f >= 0 && splitFeatures.add(f));
      trees.push(tree);
    }
    expect([...splitFeatures].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const predicted = new Float64Array(matrix.rows);
    for (const tree of trees) {
      for (let i = 0; i < matrix.rows; i++) predicted[i] += tree.value[leafOf(tree, matrix.values, i * 9)];
    }
    expect(predicted).toEqual(raw);
  });

  it('bins by float32 value with strictly increasing float32 edges', () => {
    const lo = 1 + 2 ** -23;
    const hi = 1 + 2 ** -22;
    const values = Float64Array.of(lo, hi, hi, 1 + 1e-12, 1, NaN);
    const data = binMatrix({ rows: values.length, cols: 1, values }, 255, 0);
    // 1 and 1 + 1e-12 are the same float32; lo and hi are adjacent float32s whose midpoint rounds to hi.
    expect([...data.edges[0]]).toEqual([1, lo]);
    expect([...data.codes]).toEqual([1, 2, 2, 0, 0, 3]);
    expect(data.hasMissing[0]).toBe(1);
  });
});

describe('histograms', () => {
  // Columns: numbers with missing values, a 3-valued column, the one-hot columns of a 4-valued
  // category (exclusive: one bundle), and two independent 0/1 columns (left alone).
  const category = new Xoshiro128(21);
  let current = 0;
  const matrix = randomMatrix(5000, 8, 20, (j, rng) => {
    const u = rng.nextUnit();
    if (j === 2) current = Math.floor(category.nextUnit() * 5);
    if (j === 0) return u < 0.2 ? NaN : u;
    if (j === 1) return Math.floor(u * 3);
    if (j < 6) return current === j - 2 ? 1 : 0;
    return u < 0.3 ? 1 : 0;
  });
  const data = binMatrix(matrix, 255, 0);

  it('bundles exactly the 0/1 columns that are never 1 together', () => {
    const found = bundleBinaryFeatures(data, Int32Array.of(2, 3, 4, 5, 6, 7));
    expect(found.members.map((m) => [...m])).toEqual([[2, 3, 4, 5]]);
    expect([...found.singles]).toEqual([6, 7]);
    const codes = found.codes[0];
    for (let i = 0; i < matrix.rows; i++) {
      const active = [2, 3, 4, 5].findIndex((j) => matrix.values[i * 8 + j] === 1);
      expect(codes[i]).toBe(active + 1);
    }
  });

  it('equal per-bin sums over the node’s rows, bundles and 0/1 columns included', () => {
    const layout = histogramLayout(data);
    expect(layout.bundles).toHaveLength(1);
    expect(layout.binaryColumns).toHaveLength(2);
    const rng = new Xoshiro128(22);
    const rowsAt = Uint32Array.from({ length: matrix.rows }, (_, i) => i).filter(() => rng.nextUnit() < 0.4);
    const g = Float32Array.from(rowsAt, () => rng.nextUnit() - 0.5);
    const h = Float32Array.from(rowsAt, () => rng.nextUnit());
    const hist = new Float64Array(layout.size);
    buildHistogram(hist, layout, rowsAt, g, h);
    for (let f = 0; f < data.cols; f++) {
      const bins = data.nonMissingBins[f] + 1;
      const expected = new Float64Array(bins * 3);
      rowsAt.forEach((row, i) => {
        const b = data.codes[f * data.rows + row];
        expected[b * 3] += g[i];
        expected[b * 3 + 1] += h[i];
        expected[b * 3 + 2]++;
      });
      const actual = hist.subarray(layout.offsets[f] * 3, layout.offsets[f + 1] * 3);
      if (f < 2) {
        expect(actual).toEqual(expected);
        continue;
      }
      // 0/1 columns: bin 1 summed in the same order; bin 0 is the total minus bin 1.
      expect([...actual.subarray(2, 6)]).toEqual([...expected.subarray(2, 6)]);
      expect(actual[0]).toBeCloseTo(expected[0], 10);
      expect(actual[1]).toBeCloseTo(expected[1], 10);
    }
  });
});

describe('expNonPositive', () => {
  it('is within 2 ulp of Math.exp on (−104, 0] and 0 below', () => {
    const rng = new Xoshiro128(30);
    const ts = Array.from({ length: 20_000 }, (_, i) => -rng.nextUnit() * (i % 2 === 0 ? 1 : 104));
    for (let t = -104; t < -100; t += 1 / 64) ts.push(t, t + 1e-9);
    const worst = Math.max(...ts.map((t) => Math.abs(expNonPositive(t) / Math.exp(t) - 1)));
    expect(worst).toBeLessThanOrEqual(4 * Number.EPSILON);
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-105)).toBe(0);
    expect(expNonPositive(-Infinity)).toBe(0);
  });
});
