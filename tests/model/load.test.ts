/**
 * @jest-environment ./tests/model/onnxruntime-environment.mjs
 */
/**
 * loadModel on the models make-models.py wrote: signature, metadata, task, classes, ZipMap removal;
 * and every way a model file can be bad, each with its exact message.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type LoadedModel } from '../../shared/model/index.js';
import { ModelError } from '../../shared/runtime/errors.js';
import { fixture, tempDir, writeTemp } from './helpers.js';

const opened: LoadedModel[] = [];
async function load(name: string, task?: 'classification' | 'regression'): Promise<LoadedModel> {
  const model = await loadModel(fixture(name), task === undefined ? {} : { task });
  opened.push(model);
  return model;
}
afterAll(async () => {
  for (const model of opened) await model.close();
});

const FEATURES = '["x0", "x1", "x2", "x3"]';

describe('loadModel: signature, metadata, task and classes', () => {
  it('reads a binary LinearClassifier: [N,4] float input, int64 label, [N,2] probabilities', async () => {
    const path = fixture('logreg-binary.onnx');
    const model = await load('logreg-binary.onnx');
    expect(model.signature).toEqual({
      inputs: [{ name: 'input', kind: 'tensor', elementType: 'float', shape: ['N', 4] }],
      outputs: [
        { name: 'label', kind: 'tensor', elementType: 'int64', shape: ['N'] },
        { name: 'probabilities', kind: 'tensor', elementType: 'float', shape: ['N', 2] }
      ],
      metadata: { features: FEATURES },
      opsets: { '': 17, 'ai.onnx.ml': 3 },
      irVersion: 8,
      producer: 'mlgate-tests'
    });
    expect(model.task).toBe('classification');
    expect(model.classes).toEqual(['0', '1']);
    expect(model.outputs.label?.name).toBe('label');
    expect(model.outputs.probabilities?.name).toBe('probabilities');
    expect(model.zipMaps).toEqual([]);
    expect(model.modelBytes).toBe(statSync(path).size);
    expect(model.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(model.session.inputNames).toEqual(['input']);
  });

  it('takes the classes of a probabilities-only model from its metadata, initializers not listed as inputs', async () => {
    const model = await load('softmax-multiclass.onnx');
    expect(model.signature.inputs).toEqual([
      { name: 'float_input', kind: 'tensor', elementType: 'float', shape: ['N', 4] }
    ]);
    expect(model.signature.metadata).toEqual({ features: FEATURES, classes: '[0, 1, 2]' });
    expect(model.classes).toEqual(['0', '1', '2']);
    expect(model.outputs.label).toBeNull();
    expect(model.outputs.probabilities?.name).toBe('probabilities');
  });

  it('takes the classes of a TreeEnsembleClassifier from classlabels_int64s', async () => {
    const model = await load('tree-ensemble.onnx');
    expect(model.task).toBe('classification');
    expect(model.classes).toEqual(['0', '1', '2']);
  });

  it('reads a LinearRegressor as regression with its [N,1] output', async () => {
    const model = await load('linear-regressor.onnx');
    expect(model.task).toBe('regression');
    expect(model.classes).toBeNull();
    expect(model.outputs.value?.name).toBe('variable');
  });

  it('removes a ZipMap with string keys before the session exists, keeping the keys as classes', async () => {
    const model = await load('zipmap-strings.onnx');
    expect(model.signature.outputs).toEqual([
      { name: 'output_label', kind: 'tensor', elementType: 'string', shape: ['N'] },
      { name: 'output_probability', kind: 'sequence', type: 'seq(map(string,float))' }
    ]);
    expect(model.zipMaps).toEqual([
      {
        output: 'output_probability',
        probabilities: 'probabilities',
        classes: ['setosa', 'versicolor', 'virginica']
      }
    ]);
    expect(model.session.outputNames).toEqual(['output_label', 'probabilities']);
    expect(model.session.outputMetadata[1]).toEqual({
      name: 'probabilities',
      isTensor: true,
      type: 'float32',
      shape: ['N', 3]
    });
    expect(model.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(model.outputs.label?.elementType).toBe('string');
  });

  it('reads one input per column and removes a ZipMap with int64 keys', async () => {
    const model = await load('multi-input.onnx');
    expect(model.signature.inputs).toEqual([
      { name: 'age', kind: 'tensor', elementType: 'float', shape: ['N', 1] },
      { name: 'income', kind: 'tensor', elementType: 'float', shape: ['N', 1] },
      { name: 'city', kind: 'tensor', elementType: 'string', shape: ['N', 1] }
    ]);
    expect(model.zipMaps).toEqual([
      { output: 'output_probability', probabilities: 'probabilities', classes: ['0', '1'] }
    ]);
    expect(model.classes).toEqual(['0', '1']);
  });

  it('checks a configured task against the model', async () => {
    await expect(load('logreg-binary.onnx', 'regression')).rejects.toThrow(
      new ModelError(
        `${fixture('logreg-binary.onnx')} is a classifier (outputs: "label" int64 [N], "probabilities" float [N,2]), but the task is regression`
      )
    );
    const scored = await load('linear-regressor.onnx', 'classification');
    expect(scored.task).toBe('classification');
    expect(scored.outputs.positiveScore).toBe(true);
    expect(scored.classes).toEqual(['0', '1']);
  });
});

describe('loadModel: bad model files', () => {
  const dir = tempDir();
  const explanation =
    'mlgate does not load pickle-based models because unpickling runs whatever code the file names; ' +
    'export the model to ONNX (skl2onnx for scikit-learn, torch.onnx.export for PyTorch) and pass the .onnx file';
  const pickle = Uint8Array.from([
    0x80, 0x04, 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x8c, 0x07, 0x73, 0x6b, 0x6c, 0x65, 0x61, 0x72, 0x6e
  ]);

  it('refuses pickle and joblib files by extension, before reading them', async () => {
    for (const name of ['model.pkl', 'model.joblib', 'model.pickle']) {
      const path = join(dir, name);
      await expect(loadModel(path)).rejects.toThrow(
        new ModelError(
          `${path} is a ${name.slice(name.indexOf('.'))} file (a pickle-based format): ${explanation}`
        )
      );
    }
  });

  it('refuses a pickle named .onnx by its magic bytes', async () => {
    const path = writeTemp(dir, 'disguised.onnx', pickle);
    await expect(loadModel(path)).rejects.toThrow(
      new ModelError(`${path} is a Python pickle (protocol 4): ${explanation}`)
    );
  });

  it('refuses a PyTorch checkpoint (a zip holding data.pkl)', async () => {
    const header = new Uint8Array(30 + 16);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    header[26] = 16;
    header.set(new TextEncoder().encode('archive/data.pkl'), 30);
    const path = writeTemp(dir, 'weights.bin', header);
    await expect(loadModel(path)).rejects.toThrow(
      new ModelError(`${path} is a PyTorch checkpoint (a pickle in a zip archive): ${explanation}`)
    );
  });

  it('names a missing file, a directory and an empty file', async () => {
    const missing = join(dir, 'nope.onnx');
    await expect(loadModel(missing)).rejects.toThrow(
      new ModelError(`${missing}: no such model file (expected an .onnx model)`)
    );
    const folder = join(dir, 'folder.onnx');
    mkdirSync(folder);
    await expect(loadModel(folder)).rejects.toThrow(
      new ModelError(`${folder} is not a file (expected an .onnx model)`)
    );
    const empty = writeTemp(dir, 'empty.onnx', '');
    await expect(loadModel(empty)).rejects.toThrow(
      new ModelError(`${empty} is empty (expected an ONNX model)`)
    );
  });

  it('names a truncated model', async () => {
    const bytes = readFileSync(fixture('tree-ensemble.onnx'));
    const path = writeTemp(dir, 'truncated.onnx', bytes.subarray(0, 5000));
    await expect(loadModel(path)).rejects.toThrow(
      new ModelError(
        `${path} is truncated or corrupt: field 7 at byte 16 runs past the end (13492 > 5000) (5000 bytes)`
      )
    );
  });

  it('names a file that is not an ONNX model', async () => {
    const text = writeTemp(dir, 'notes.onnx', 'hello, this is not a model\n');
    await expect(loadModel(text)).rejects.toThrow(
      new ModelError(`${text} is not an ONNX model: field 13 at byte 2 has wire type 4`)
    );
    const other = writeTemp(dir, 'other.onnx', Uint8Array.from([0x08, 0x08, 0x12, 0x01, 0x78]));
    await expect(loadModel(other)).rejects.toThrow(
      new ModelError(`${other} is not an ONNX model: no graph (field 7)`)
    );
  });

  it('passes on what onnxruntime says about a graph it cannot run', async () => {
    const bytes = Buffer.from(readFileSync(fixture('logreg-binary.onnx')));
    const at = bytes.indexOf('LinearClassifier');
    bytes.write('LinearClassifieX', at);
    const path = writeTemp(dir, 'unknown-op.onnx', bytes);
    const error = await loadModel(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: onnxruntime cannot load the model: .*LinearClassifieX`
      )
    );
    expect((error as Error).message).not.toContain('\n');
  });
});
