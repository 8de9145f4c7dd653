/**
 * The lineage manifest written beside every trained model as `mlgate-manifest.json`: where the
 * model came from (commit, run, data fingerprints, params, seed, code, environment), what it is
 * (its ONNX signature, sha256 and size) and how it did (training metrics, timings). The registry
 * stores it as the model version's lineage. The zod schema below is the contract; the JSON Schema
 * generated from it is committed as `mlgate-manifest.schema.json`.
 */
import { z } from 'zod';

export const MANIFEST_FILE = 'mlgate-manifest.json';
export const MANIFEST_SCHEMA = 'mlgate-manifest/1';

const file = z.strictObject({
  path: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/)
});

const tensor = z.strictObject({
  name: z.string(),
  type: z.string().describe('e.g. tensor(float)[N,1], as mlgate describes ONNX values')
});

export const manifestSchema = z
  .strictObject({
    schema: z.literal(MANIFEST_SCHEMA),
    runKey: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('sha256 of every input of the run (the cache key).'),
    source: z
      .strictObject({
        commit: z.string().optional(),
        ref: z.string().optional(),
        repository: z.string().optional(),
        event: z.string().optional(),
        actor: z.string().optional(),
        runId: z.string().optional(),
        runUrl: z.string().optional()
      })
      .describe('The GitHub Actions run that trained the model (empty outside Actions).'),
    training: z.strictObject({
      mode: z.enum(['trainer', 'command']),
      trainer: z.string().optional().describe('The built-in trainer.'),
      trainerVersion: z.string().optional(),
      command: z.array(z.string()).optional().describe('The argv that ran.'),
      task: z.enum(['classification', 'regression']).optional(),
      target: z.string().optional(),
      features: z.array(z.string()).optional(),
      classes: z.array(z.string()).optional(),
      rows: z.number().int().min(0).optional()
    }),
    data: z.strictObject({ path: z.string(), files: z.array(file) }),
    validation: z.strictObject({ path: z.string(), files: z.array(file) }).optional(),
    params: z.record(z.string(), z.unknown()),
    seed: z.number().int(),
    code: z
      .array(file)
      .describe('The code files in the run key (script, lockfiles or the configured globs).'),
    environment: z.strictObject({
      os: z.string(),
      arch: z.string(),
      node: z.string(),
      mlgate: z.string(),
      onnxruntime: z.string(),
      lockfiles: z.array(file).describe('The lockfiles in the working directory.')
    }),
    metrics: z.record(z.string(), z.unknown()),
    model: z.strictObject({
      file: z.string(),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      inputs: z.array(tensor),
      outputs: z.array(tensor)
    }),
    timings: z.strictObject({
      startedAt: z.string().describe('ISO 8601.'),
      trainSeconds: z.number().min(0),
      totalSeconds: z.number().min(0)
    })
  })
  .describe('mlgate-manifest.json: the lineage of a trained model.');

export type Manifest = z.infer<typeof manifestSchema>;
