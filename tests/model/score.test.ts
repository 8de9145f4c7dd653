/**
 * @jest-environment ./tests/model/onnxruntime-environment.mjs
 */
/**
 * scoreDataset on real models against scikit-learn's own outputs (tests/model/fixtures/expected.json,
 * written by make-models.py): labels exactly, probabilities to 1e-5 absolute (onnxruntime runs the
 * models in float32; the largest difference seen is about 1e-7), regression values to 1e-5 relative.
 * Then the input check, the NaN policy, kept columns and scoring two models in one pass.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { openDataset } from '../../shared/data/dataset.js';
import {
  loadModel,
  scoreDataset,
  scoreModels,
  type LoadedModel,
  type ScoreOptions
} from '../../shared/model/index.js';
import { ModelField } from '../../shared/model/onnx-proto.js';
import { encodeModel } from '../../shared/model/onnx-writer.js';
import { concat, fields } from '../../shared/model/protobuf.js';
import type { Tensor } from '../../shared/model/runtime.js';
import { ConfigurationError, DataError, ModelError } from '../../shared/runtime/errors.js';
import { EXPECTED, fixture, tempDir, writeTemp } from './helpers.js';

const opened: LoadedModel[] = [];
async function load(path: string): Promise<LoadedModel> {
  const model = await loadModel(path);
  opened.push(model);
  return model;
}
afterAll(async () => {
  for (const model of opened) await model.close();
});

/** A fixture CSV as header + rows of cells (the fixtures have no quoting). */
function readCsv(name: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = readFileSync(fixture(name), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  return { header, rows };
}

function column(name: string, csv: string): string[] {
  const { header, rows } = readCsv(csv);
  const index = header.indexOf(name);
  return rows.map((row) => row[index]);
}

function expectClose(
  actual: ArrayLike<number>,
  expected: readonly number[],
  tolerance: (value: number) => number
): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let index = 0; index < expected.length; index++) {
    const difference = Math.abs(actual[index] - expected[index]);
    worst = Math.max(worst, difference);
    if (difference > tolerance(expected[index]))
      throw new Error(`value ${index}: ${actual[index]} differs from ${expected[index]} by ${difference}`);
  }
  return worst;
}

async function scoreFixture(name: string, options: ScoreOptions = {}, readRows?: number) {
  const expected = EXPECTED[name];
  const model = await load(fixture(`${name}.onnx`));
  const data = await openDataset(
    fixture(expected.data),
    readRows === undefined ? undefined : { batchRows: readRows }
  );
  return {
    expected,
    model,
    scored: await scoreDataset(model, data, { target: expected.target, ...options })
  };
}

describe('predictions equal scikit-learn on the same rows', () => {
  it.each(['logreg-binary', 'softmax-multiclass', 'tree-ensemble', 'zipmap-strings', 'multi-input'])(
    'classifier %s: labels exactly, probabilities to 1e-5',
    async (name) => {
      const { expected, scored } = await scoreFixture(name);
      expect(scored.task).toBe('classification');
      expect(scored.classes).toEqual(expected.classes);
      expect(scored.predictions).toEqual(expected.predict);
      expect(scored.yTrue).toEqual(column(expected.target, expected.data));
      // The codes: classes first (code = probability column), then anything else seen.
      expect(scored.labels!.slice(0, expected.classes!.length)).toEqual(expected.classes);
      expect(Array.from(scored.yTrueCodes!, (code) => scored.labels![code])).toEqual(scored.yTrue);
      expect(Array.from(scored.predictionCodes!, (code) => scored.labels![code])).toEqual(expected.predict);
      expect(scored.rows).toBe(expected.predict.length);
      expect(scored.dropped).toBe(0);
      expect(scored.rowIndex).toEqual(Uint32Array.from(expected.predict, (_, index) => index));
      // A float output's probabilities are kept in float32, as onnxruntime returns them.
      expect(scored.proba).toBeInstanceOf(Float32Array);
      const worst = expectClose(scored.proba!, expected.predict_proba!.flat(), () => 1e-5);
      expect(worst).toBeLessThan(1e-6);
      expect(scored.latencyMsPerRow).toBeGreaterThan(0);
      expect(scored.modelBytes).toBe(readFileSync(fixture(`${name}.onnx`)).length);
    }
  );

  it.each(['linear-regressor', 'fixed-batch'])('regressor %s: values to 1e-5 relative', async (name) => {
    const { expected, scored } = await scoreFixture(name);
    expect(scored.task).toBe('regression');
    expect(scored.classes).toBeNull();
    expect(scored.proba).toBeNull();
    expect(scored.predictions).toBeInstanceOf(Float64Array);
    expectClose(
      scored.predictions as Float64Array,
      expected.predict as number[],
      (value) => 1e-5 * Math.max(1, Math.abs(value))
    );
    expect(scored.yTrue).toEqual(Float64Array.from(column('value', 'numeric.csv'), Number));
  });

  it('feeds double, int32 and bool inputs, one per column: x + n + flag exactly, as numpy sums it', async () => {
    const { expected, scored } = await scoreFixture('typed-inputs', {}, 64);
    expect(scored.task).toBe('regression');
    expect(scored.rows).toBe(150);
    // The model sums in double precision, as numpy did: the same values to the last bit.
    expect(Array.from(scored.predictions as Float64Array)).toEqual(expected.predict);
  });

  it('gives the same results over small read batches and small scoring chunks', async () => {
    const whole = (await scoreFixture('zipmap-strings')).scored;
    const pieces = (await scoreFixture('zipmap-strings', { batchRows: 7 }, 50)).scored;
    expect(pieces.predictions).toEqual(whole.predictions);
    // onnxruntime's float32 kernels tile by batch size, so the last bits can differ between chunkings.
    expectClose(pieces.proba!, [...whole.proba!], () => 1e-7);
    expect(pieces.yTrue).toEqual(whole.yTrue);
    expect(pieces.rowIndex).toEqual(whole.rowIndex);
  });

  it("frees each run's outputs once it has kept them, and keeps the same values", async () => {
    const whole = (await scoreFixture('logreg-binary')).scored;
    const model = await load(fixture('logreg-binary.onnx'));
    const outputs: Tensor[] = [];
    const run = model.session.run.bind(model.session);
    Object.defineProperty(model.session, 'run', {
      value: async (...args: Parameters<typeof run>) => {
        const results = await run(...args);
        outputs.push(...Object.values(results));
        return results;
      }
    });
    const expected = EXPECTED['logreg-binary'];
    const data = await openDataset(fixture(expected.data), { batchRows: 40 });
    const pieces = await scoreDataset(model, data, { target: expected.target, batchRows: 20 });
    // label and probabilities of each run of at most 20 rows (read batches of 40 split evenly)
    expect(outputs).toHaveLength(2 * Math.ceil(whole.rows / 20));
    for (const tensor of outputs) {
      expect(tensor.data).toHaveLength(0);
      expect(((tensor.data as Float32Array | BigInt64Array).buffer as ArrayBuffer).detached).toBe(true);
    }
    expect(pieces.predictions).toEqual(whole.predictions);
    expectClose(pieces.proba!, [...whole.proba!], () => 1e-7);
  });

  it.each([
    ['too small', 3],
    ['exact', 0],
    ['too large', 100_000]
  ])('gives the same results when the expected row count is %s', async (_, given) => {
    const whole = (await scoreFixture('logreg-binary')).scored;
    const expectedRows = given === 0 ? whole.rows : given;
    const hinted = (await scoreFixture('logreg-binary', { expectedRows }, 50)).scored;
    expect(hinted.rows).toBe(whole.rows);
    expect(hinted.predictions).toEqual(whole.predictions);
    expect(hinted.proba).toEqual(whole.proba);
    expect(hinted.yTrueCodes).toEqual(whole.yTrueCodes);
    expect(hinted.rowIndex).toEqual(whole.rowIndex);
  });

  it('widens a single score column to [1 - p, p] when a regressor-shaped output is scored as a classifier', async () => {
    const model = await loadModel(fixture('linear-regressor.onnx'), { task: 'classification' });
    opened.push(model);
    const dir = tempDir();
    const csv = writeTemp(dir, 'scores.csv', 'x0,x1,x2,x3\n0.1,0.1,-0.5,0\n0,0,-3,0\n');
    const scored = await scoreDataset(model, await openDataset(csv));
    const raw = (await scoreDataset(await load(fixture('linear-regressor.onnx')), await openDataset(csv)))
      .predictions as Float64Array;
    expect(scored.proba).toEqual(Float64Array.from([1 - raw[0], raw[0], 1 - raw[1], raw[1]]));
    expect(scored.predictions).toEqual(Array.from(raw, (p) => (p > 0.5 ? '1' : '0')));
    expect(scored.yTrue).toBeNull();
  });
});

/** The model's bytes without its metadata_props. */
function withoutMetadata(bytes: Uint8Array): Uint8Array {
  return concat(
    [...fields(bytes)]
      .filter((field) => field.number !== ModelField.MetadataProps)
      .map((field) => bytes.subarray(field.start, field.end))
  );
}

describe('which columns feed the model', () => {
  const dir = tempDir();
  const { header, rows } = readCsv('numeric.csv');
  const pick = (names: string[]): string =>
    [names.join(','), ...rows.map((row) => names.map((name) => row[header.indexOf(name)]).join(','))].join(
      '\n'
    ) + '\n';
  const expected = EXPECTED['logreg-binary'];

  it("uses the model's features metadata whatever the data's column order", async () => {
    const csv = writeTemp(dir, 'reordered.csv', pick(['binary', 'x3', 'x2', 'x1', 'x0']));
    const scored = await scoreDataset(await load(fixture('logreg-binary.onnx')), await openDataset(csv), {
      target: 'binary'
    });
    expect(scored.predictions).toEqual(expected.predict);
    expect(scored.features).toEqual(['x0', 'x1', 'x2', 'x3']);
  });

  it('uses configured features over the metadata', async () => {
    const csv = writeTemp(
      dir,
      'renamed.csv',
      pick(['x0', 'x1', 'x2', 'x3', 'binary']).replace('x0,x1,x2,x3', 'a,b,c,d')
    );
    const scored = await scoreDataset(await load(fixture('logreg-binary.onnx')), await openDataset(csv), {
      target: 'binary',
      features: ['a', 'b', 'c', 'd']
    });
    expect(scored.predictions).toEqual(expected.predict);
  });

  it('without metadata or configuration, feeds every column but the target, in file order', async () => {
    const model = writeTemp(dir, 'bare.onnx', withoutMetadata(readFileSync(fixture('logreg-binary.onnx'))));
    const loaded = await load(model);
    expect(loaded.signature.metadata).toEqual({});
    const csv = writeTemp(dir, 'plain.csv', pick(['x0', 'binary', 'x1', 'x2', 'x3']));
    const scored = await scoreDataset(loaded, await openDataset(csv), { target: 'binary' });
    expect(scored.features).toEqual(['x0', 'x1', 'x2', 'x3']);
    expect(scored.predictions).toEqual(expected.predict);
  });

  it('names every input the data cannot feed, one input per column', async () => {
    const model = fixture('multi-input.onnx');
    const csv = writeTemp(dir, 'mixed-bad.csv', 'income,city,bought\n10.5,1,0\n20,2,1\n');
    await expect(
      scoreDataset(await load(model), await openDataset(csv), { target: 'bought' })
    ).rejects.toThrow(
      new ModelError(
        `${model}: the data cannot feed the model: input "age" (float [N,1]) has no column age in ${csv}; ` +
          `input "city" (string [N,1]) needs a string column, but column city is int`
      )
    );
  });

  it('names every missing and mistyped feature of an [N,F] input', async () => {
    const model = fixture('logreg-binary.onnx');
    const csv = writeTemp(dir, 'numeric-bad.csv', 'x0,x1,x2,binary\n1,a,2,0\n');
    await expect(
      scoreDataset(await load(model), await openDataset(csv), { target: 'binary' })
    ).rejects.toThrow(
      new ModelError(
        `${model}: the data cannot feed the model: input "input" (float [N,4]) is fed from the model's features metadata (x0, x1, x2, x3): ${csv} has no column x3; ` +
          `column x1 is string but input "input" (float [N,4]) takes numbers (int, float or bool columns)`
      )
    );
  });

  it('names a feature count that does not fit the input', async () => {
    const model = fixture('logreg-binary.onnx');
    const csv = writeTemp(dir, 'three.csv', pick(['x0', 'x1', 'x2', 'binary']));
    await expect(
      scoreDataset(await load(model), await openDataset(csv), {
        target: 'binary',
        features: ['x0', 'x1', 'x2']
      })
    ).rejects.toThrow(
      new ModelError(
        `${model}: the data cannot feed the model: input "input" (float [N,4]) takes 4 features but the configured features name 3 (x0, x1, x2)`
      )
    );
  });

  it('names a missing target column', async () => {
    const csv = writeTemp(dir, 'no-target.csv', pick(['x0', 'x1', 'x2', 'x3']));
    await expect(
      scoreDataset(await load(fixture('logreg-binary.onnx')), await openDataset(csv), { target: 'label' })
    ).rejects.toThrow(
      new ConfigurationError(`${csv} has no column label (target label; its columns are x0, x1, x2, x3)`)
    );
  });

  it('refuses a string target for regression', async () => {
    const csv = writeTemp(dir, 'string-target.csv', pick(['x0', 'x1', 'x2', 'x3', 'species']));
    await expect(
      scoreDataset(await load(fixture('linear-regressor.onnx')), await openDataset(csv), {
        target: 'species'
      })
    ).rejects.toThrow(new DataError(`${csv}: target column species is string; regression needs numbers`));
  });
});

describe('NaN and missing values', () => {
  const dir = tempDir();
  const { header, rows } = readCsv('numeric.csv');
  // Rows 3 and 10 lose x1 (empty, NaN), row 20 x2 and x1, row 25 x3 (a cell that is not a number,
  // after the first batch of 16 rows made x3 a float column), row 30 its target: 5 rows, lines 5, 12,
  // 22, 27, 32. The other batches have no hole.
  const holes: [number, string, string][] = [
    [3, 'x1', ''],
    [10, 'x1', 'NaN'],
    [20, 'x2', 'NA'],
    [20, 'x1', ''],
    [25, 'x3', 'abc'],
    [30, 'binary', '']
  ];
  const edited = rows.map((row) => [...row]);
  for (const [row, name, value] of holes) edited[row][header.indexOf(name)] = value;
  const csv = writeTemp(dir, 'holes.csv', [header, ...edited].map((row) => row.join(',')).join('\n') + '\n');
  const dropped = new Set([3, 10, 20, 25, 30]);
  const expected = EXPECTED['logreg-binary'];

  it('nan: error (the default) names each column with its count and the first row', async () => {
    await expect(
      scoreDataset(await load(fixture('logreg-binary.onnx')), await openDataset(csv, { batchRows: 16 }), {
        target: 'binary'
      })
    ).rejects.toThrow(
      new DataError(
        `NaN or missing values in 5 rows (x1 3, x2 1, x3 1, target binary 1; first at ${csv} line 5): the nan policy is error; set nan: drop to score the other rows`
      )
    );
  });

  it('nan: drop scores the other rows and says how many it left out', async () => {
    const scored = await scoreDataset(
      await load(fixture('logreg-binary.onnx')),
      await openDataset(csv, { batchRows: 16 }),
      {
        target: 'binary',
        nan: 'drop',
        keep: ['species', 'value']
      }
    );
    const keep = (_: unknown, index: number): boolean => !dropped.has(index);
    expect(scored.rows).toBe(rows.length - 5);
    expect(scored.dropped).toBe(5);
    expect(scored.nanCounts).toEqual({ x0: 0, x1: 3, x2: 1, x3: 1, binary: 1 });
    expect(scored.predictions).toEqual(expected.predict.filter(keep));
    expectClose(scored.proba!, expected.predict_proba!.filter(keep).flat(), () => 1e-5);
    expect(scored.yTrue).toEqual(column('binary', 'numeric.csv').filter(keep));
    expect(scored.rowIndex).toEqual(Uint32Array.from(rows.keys()).filter((index) => !dropped.has(index)));
    expect(scored.columns.species).toEqual(column('species', 'numeric.csv').filter(keep));
    expect(scored.columns.value).toEqual(
      Float64Array.from(column('value', 'numeric.csv').filter(keep), Number)
    );
  });
});

describe('a model that returns non-finite probabilities', () => {
  it('fails at the file and line of the first one, naming the class', async () => {
    // probabilities = Sqrt(x): NaN where x < 0. Classes 0 and 1 (column indices); labels by argmax.
    const bytes = encodeModel({
      irVersion: 8,
      producerName: 'mlgate tests',
      opsets: [{ domain: '', version: 17 }],
      graph: {
        name: 'sqrt',
        nodes: [{ opType: 'Sqrt', name: 'sqrt', inputs: ['x'], outputs: ['probabilities'] }],
        initializers: [],
        inputs: [{ name: 'x', element: 'float', shape: ['N', 2] }],
        outputs: [{ name: 'probabilities', element: 'float', shape: ['N', 2] }],
        valueInfo: []
      },
      metadata: { features: JSON.stringify(['a', 'b']) }
    });
    const dir = tempDir();
    const model = await load(writeTemp(dir, 'sqrt.onnx', bytes));
    const lines = ['a,b,y', '0.25,0.75,1', '0.5,0.5,0', '0.36,-0.64,1', '0.01,-1,0'];
    const csv = writeTemp(dir, 'sqrt.csv', lines.join('\n') + '\n');
    await expect(scoreDataset(model, await openDataset(csv), { target: 'y' })).rejects.toThrow(
      new ModelError(
        `${model.path}: onnxruntime returned NaN as the probability of class "1" for ${csv} line 4; probabilities must be finite`
      )
    );
    const finite = writeTemp(dir, 'finite.csv', lines.slice(0, 3).join('\n') + '\n');
    const scored = await scoreDataset(model, await openDataset(finite), { target: 'y' });
    expect(Array.from(scored.proba!)).toEqual([
      0.5,
      Math.fround(Math.sqrt(0.75)),
      Math.fround(Math.sqrt(0.5)),
      Math.fround(Math.sqrt(0.5))
    ]);
  });
});

describe('scoreModels: several models on the same rows in one pass', () => {
  it('scores a candidate and a baseline with one target column', async () => {
    const candidate = await load(fixture('tree-ensemble.onnx'));
    const baseline = await load(fixture('softmax-multiclass.onnx'));
    const result = await scoreModels(
      [candidate, { model: baseline, features: ['x0', 'x1', 'x2', 'x3'] }],
      await openDataset(fixture('numeric.csv')),
      {
        target: 'multi'
      }
    );
    expect(result.models.map((scores) => scores.path)).toEqual([candidate.path, baseline.path]);
    expect(result.models[0].predictions).toEqual(EXPECTED['tree-ensemble'].predict);
    expect(result.models[1].predictions).toEqual(EXPECTED['softmax-multiclass'].predict);
    expect(result.yTrue).toEqual(column('multi', 'numeric.csv'));
  });

  it('refuses to compare a classifier with a regressor', async () => {
    const classifier = await load(fixture('logreg-binary.onnx'));
    const regressor = await load(fixture('linear-regressor.onnx'));
    await expect(
      scoreModels([classifier, regressor], await openDataset(fixture('numeric.csv')))
    ).rejects.toThrow(
      new ConfigurationError(
        `${classifier.path} is a classification model but ${regressor.path} is a regression model: they cannot be compared`
      )
    );
  });

  it('scores no row of an empty data set', async () => {
    const csv = writeTemp(tempDir(), 'empty.csv', 'x0,x1,x2,x3,binary\n');
    const scored = await scoreDataset(await load(fixture('logreg-binary.onnx')), await openDataset(csv), {
      target: 'binary'
    });
    expect(scored.rows).toBe(0);
    expect(scored.predictions).toEqual([]);
    expect(scored.proba).toEqual(new Float64Array(0));
    expect(scored.yTrue).toEqual([]);
  });
});
