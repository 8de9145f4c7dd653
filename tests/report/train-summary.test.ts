/** The train step summary: what ran, the cache, metrics per set; hostile text escaped. */
import { describe, expect, it } from '@jest/globals';
import { trainSummary } from '../../shared/report/train-summary.js';
import type { Manifest } from '../../shared/train/manifest.js';

const SHA = 'a'.repeat(64);

function manifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    schema: 'mlgate-manifest/1',
    runKey: SHA,
    source: {},
    training: {
      mode: 'trainer',
      trainer: 'gradient-boosted-trees',
      trainerVersion: '1',
      target: 'churned',
      rows: 1234567
    },
    data: { path: 'data/train.csv', files: [{ path: 'data/train.csv', bytes: 10, sha256: SHA }] },
    params: { rounds: 200 },
    seed: 0,
    code: [],
    environment: {
      os: 'linux',
      arch: 'x64',
      node: 'v24',
      mlgate: '0.1.0',
      onnxruntime: '1.30.0',
      lockfiles: []
    },
    metrics: {},
    model: { file: 'model.onnx', bytes: 41364, sha256: 'b'.repeat(64), inputs: [], outputs: [] },
    timings: { startedAt: '2026-11-23T00:00:00.000Z', trainSeconds: 1.5, totalSeconds: 2 },
    ...overrides
  };
}

describe('trainSummary', () => {
  it('shows the trainer, data, params, model, run key and metrics per set', () => {
    const text = trainSummary({
      runKey: SHA,
      cacheHit: false,
      modelPath: 'mlgate-model/model.onnx',
      manifest: manifest(),
      metrics: { train: { accuracy: 0.85, roc_auc: 0.9354064 }, validation: { accuracy: 0.8, roc_auc: null } }
    });
    expect(text).toContain('### ✅ mlgate / train');
    expect(text).toContain('| trained with | built-in `gradient-boosted-trees` |');
    expect(text).toContain('| data | `data/train.csv` (1 file, 1,234,567 rows) |');
    expect(text).toContain('| params | `{"rounds":200}` |');
    expect(text).toContain('| model | `mlgate-model/model.onnx`, 41,364 bytes, sha256 `bbbbbbbbbbbbbbbb`… |');
    expect(text).toContain('(trained)');
    expect(text).toContain('| metric | train | validation |');
    expect(text).toContain('| accuracy | 0.850000 | 0.800000 |');
    expect(text).toContain('| roc\\_auc | 0.935406 | — |');
  });

  it('says when the cache answered, and escapes a hostile command and metric names', () => {
    const text = trainSummary({
      runKey: SHA,
      cacheHit: true,
      modelPath: 'out/model.onnx',
      manifest: manifest({ training: { mode: 'command', command: ['python', 'x|y`@team.py'] } }),
      metrics: { '<img src=x>|@admin': 1 }
    });
    expect(text).toContain('### ♻️ mlgate / train');
    expect(text).toContain('(cache hit: outputs reused)');
    expect(text).toContain('| trained with | ``python x¦y`@\u200bteam.py`` |');
    expect(text).toContain('| &lt;img src=x&gt;\\|@\u200badmin | 1 |');
    expect(text).not.toContain('<img');
  });
});
