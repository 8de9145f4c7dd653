/**
 * @jest-environment ./tests/model/onnxruntime-environment.mjs
 */
/**
 * The built-in trainers' quality against scikit-learn (tests/train/fixtures/trainer-reference.json,
 * written by make-trainer-reference.py): held-out accuracy (r2 for regression) within one point of
 * the scikit-learn pipeline with the same preprocessing and hyperparameters. Each model is trained
 * through `train` (table → preprocessing → solver → ONNX), its validation metrics computed in
 * TypeScript, and the exported ONNX model scored by onnxruntime on the same test set must agree.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataset } from '../../shared/data/dataset.js';
import { loadModel, scoreDataset } from '../../shared/model/index.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';
import { train } from '../../shared/train/train.js';
import type { TrainerName } from '../../shared/train/trainers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

interface Reference {
  target: string;
  task: 'classification' | 'regression';
  trainers: Record<string, { metric: 'accuracy' | 'r2'; value: number }>;
}

const REFERENCE = JSON.parse(readFileSync(join(FIXTURES, 'trainer-reference.json'), 'utf8')) as Record<
  string,
  Reference
>;

const cases = Object.entries(REFERENCE).flatMap(([name, reference]) =>
  Object.entries(reference.trainers).map(([trainer, expected]) => ({ name, reference, trainer, expected }))
);

describe.each(cases)('$trainer on $name', ({ name, reference, trainer, expected }) => {
  it(`reaches scikit-learn's held-out ${expected.metric} within 0.01, in TypeScript and in onnxruntime`, async () => {
    const outputDir = mkdtempSync(join(tmpdir(), 'mlgate-quality-'));
    const test = join(FIXTURES, `${name}-test.csv`);
    const outcome = await train(
      {
        program: { mode: 'trainer', trainer: trainer as TrainerName },
        data: join(FIXTURES, `${name}-train.csv`),
        validation: test,
        target: reference.target,
        params: {},
        seed: 0,
        outputDir,
        verifyReproducible: false
      },
      { logger: new RecordingLogger(), env: {}, cache: null }
    );
    const validation = (outcome.metrics as Record<string, Record<string, number>>).validation;
    expect(Math.abs(validation[expected.metric] - expected.value)).toBeLessThanOrEqual(0.01);

    const model = await loadModel(outcome.modelPath);
    try {
      const scored = await scoreDataset(model, await openDataset(test), { target: reference.target });
      if (reference.task === 'classification') {
        const truth = scored.yTrue as string[];
        const predicted = scored.predictions as string[];
        const correct = truth.filter((label, row) => label === predicted[row]).length;
        expect(correct / truth.length).toBeCloseTo(validation.accuracy, 2);
      } else {
        const truth = scored.yTrue as Float64Array;
        const predicted = scored.predictions as Float64Array;
        const mean = truth.reduce((sum, value) => sum + value, 0) / truth.length;
        let residual = 0;
        let total = 0;
        truth.forEach((value, row) => {
          residual += (value - predicted[row]) ** 2;
          total += (value - mean) ** 2;
        });
        expect(1 - residual / total).toBeCloseTo(validation.r2, 4);
      }
    } finally {
      await model.close();
    }
  });
});
