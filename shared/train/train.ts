/**
 * A training run from plan to outputs: the run key from the inputs' bytes, the run cache, training
 * (a built-in trainer or the user's command), the checks on what came out, the lineage manifest and
 * the reproducibility check.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FileFingerprint } from '../data/types.js';
import { runOf } from '../github/context.js';
import { loadModel } from '../model/load.js';
import { onnxRuntime } from '../model/runtime.js';
import { describeValue, type ValueSignature } from '../model/signature.js';
import { ModelError, TrainingError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { MLGATE_VERSION } from '../runtime/version.js';
import { commandArgv, runCommand, type CommandSpec } from './command.js';
import { exportOnnx } from './export.js';
import { MANIFEST_FILE, MANIFEST_SCHEMA, manifestSchema, type Manifest } from './manifest.js';
import type { Params } from './params.js';
import { canonicalJson, fingerprintCode, fingerprintData, fingerprintLockfiles, runKey } from './run-key.js';
import type { RunCache } from './run-cache.js';
import { loadTable } from './table.js';
import { inferTask, readTarget, type TrainTask } from './target.js';
import { fitTrainer, TRAINER_VERSION, trainerParams, trainerTask, type TrainerName } from './trainers.js';
import { trainingMetrics } from './training-metrics.js';

export const MODEL_FILE = 'model.onnx';
export const METRICS_FILE = 'metrics.json';
export const PARAMS_FILE = 'params.json';

export interface TrainPlan {
  readonly program:
    | { readonly mode: 'trainer'; readonly trainer: TrainerName }
    | { readonly mode: 'command'; readonly command: CommandSpec };
  readonly data: string;
  readonly validation?: string;
  readonly target?: string;
  readonly features?: readonly string[];
  readonly task?: TrainTask;
  readonly params: Params;
  readonly seed: number;
  readonly outputDir: string;
  /** Globs of the code files in the run key; default per mode (see `fingerprintCode`). */
  readonly code?: readonly string[];
  readonly verifyReproducible: boolean;
}

export interface TrainOutcome {
  readonly runKey: string;
  readonly cacheHit: boolean;
  readonly modelPath: string;
  readonly manifestPath: string;
  readonly manifest: Manifest;
  readonly metrics: Record<string, unknown>;
}

export interface TrainContext {
  readonly logger: Logger;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** null: `cache: false`. */
  readonly cache: RunCache | null;
}

interface Inputs {
  readonly key: string;
  readonly data: readonly FileFingerprint[];
  readonly validation: readonly FileFingerprint[];
  readonly code: readonly FileFingerprint[];
  readonly argv: readonly string[];
}

/** What one training pass left in its output directory. */
interface Produced {
  readonly metrics: Record<string, unknown>;
  readonly training: Manifest['training'];
  readonly trainSeconds: number;
  /** The model file as onnxruntime loaded it. */
  readonly model: Manifest['model'];
}

export async function train(plan: TrainPlan, context: TrainContext): Promise<TrainOutcome> {
  const started = new Date();
  const inputs = await hashInputs(plan);
  context.logger.info(`Run key ${inputs.key}`);
  const outputDir = plan.outputDir;

  if (context.cache !== null && (await context.cache.restore(inputs.key, outputDir))) {
    const restored = await readRestored(outputDir, inputs.key);
    if (restored !== undefined) {
      context.logger.info(
        `Cache hit in ${context.cache.description}: reusing the outputs of run ${inputs.key}.`
      );
      if (plan.verifyReproducible) await verifyReproducible(plan, inputs, restored.manifest, context);
      return { ...restored, cacheHit: true };
    }
    context.logger.warning(`The cached outputs of run ${inputs.key} are incomplete: training again.`);
  }

  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  const produced = await trainInto(plan, inputs, outputDir, context);
  const manifest = await writeManifest(plan, inputs, outputDir, produced, started, context.env);
  if (plan.verifyReproducible) await verifyReproducible(plan, inputs, produced, context);
  if (context.cache !== null) await context.cache.save(inputs.key, outputDir);
  return {
    runKey: inputs.key,
    cacheHit: false,
    modelPath: join(outputDir, MODEL_FILE),
    manifestPath: join(outputDir, MANIFEST_FILE),
    manifest,
    metrics: produced.metrics
  };
}

async function hashInputs(plan: TrainPlan): Promise<Inputs> {
  const argv = plan.program.mode === 'command' ? commandArgv(plan.program.command) : [];
  const [data, validation, code] = await Promise.all([
    fingerprintData(plan.data),
    plan.validation === undefined ? Promise.resolve([]) : fingerprintData(plan.validation),
    plan.program.mode === 'command' || plan.code !== undefined
      ? fingerprintCode(plan.code, argv)
      : Promise.resolve([])
  ]);
  const key = runKey({
    program: plan.program.mode === 'trainer' ? `trainer:${plan.program.trainer}@${TRAINER_VERSION}` : argv,
    code,
    data,
    validation,
    target: plan.target,
    features: plan.features,
    task: plan.task,
    params: plan.params,
    seed: plan.seed,
    mlgate: MLGATE_VERSION
  });
  return { key, data, validation, code, argv };
}

/** Trains once into `outputDir` (which exists and is empty). */
async function trainInto(
  plan: TrainPlan,
  inputs: Inputs,
  outputDir: string,
  context: TrainContext
): Promise<Produced> {
  const started = performance.now();
  await writeFile(join(outputDir, PARAMS_FILE), `${JSON.stringify(plan.params, null, 2)}\n`);
  if (plan.program.mode === 'trainer') {
    const trainer = plan.program.trainer;
    const result = await context.logger.group(`Training ${trainer} on ${plan.data}`, () =>
      trainBuiltIn(plan, trainer, outputDir)
    );
    const trainSeconds = (performance.now() - started) / 1000;
    return { ...result, trainSeconds, model: await inspectModel(outputDir, 'trainer') };
  }
  await runCommand(plan.program.command, commandEnv(plan, outputDir), context.logger);
  const trainSeconds = (performance.now() - started) / 1000;
  const model = await inspectModel(outputDir, 'command');
  return {
    model,
    metrics: await readUserMetrics(join(outputDir, METRICS_FILE)),
    training: {
      mode: 'command',
      command: [...inputs.argv],
      ...(plan.task === undefined ? {} : { task: plan.task }),
      ...(plan.target === undefined ? {} : { target: plan.target }),
      ...(plan.features === undefined ? {} : { features: [...plan.features] })
    },
    trainSeconds
  };
}

async function trainBuiltIn(
  plan: TrainPlan,
  trainer: TrainerName,
  outputDir: string
): Promise<Pick<Produced, 'metrics' | 'training'>> {
  if (plan.target === undefined)
    throw new TrainingError(`trainer ${trainer}: no target column (set the target input or train.target)`);
  const params = trainerParams(trainer, plan.params);
  const table = await loadTable(plan.data, {
    target: plan.target,
    ...(plan.features === undefined ? {} : { features: plan.features })
  });
  const task = trainerTask(trainer, plan.task, inferTask(table.target));
  const target = readTarget(table.target, task, plan.data);
  const { model, matrix } = fitTrainer(trainer, table, target, params, plan.seed);
  const columnTypes = new Map(
    table.features.map((column) => [column.name, column.type === 'string' ? 'string' : 'number'] as const)
  );
  await writeFile(join(outputDir, MODEL_FILE), exportOnnx(model, columnTypes));
  const metrics = await trainingMetrics(model, matrix, table, target, plan.validation);
  await writeFile(join(outputDir, METRICS_FILE), `${JSON.stringify(metrics, null, 2)}\n`);
  return {
    metrics,
    training: {
      mode: 'trainer',
      trainer,
      trainerVersion: TRAINER_VERSION,
      task,
      target: plan.target,
      features: table.features.map((column) => column.name),
      ...(target.task === 'classification' ? { classes: target.classes.map(String) } : {}),
      rows: table.rows
    }
  };
}

function commandEnv(plan: TrainPlan, outputDir: string): Record<string, string> {
  // One resolve, then a join: ncc's asset relocator rewrites `resolve(dir, 'a-file-name')` into a
  // path relative to the bundle, which would point the program at the wrong params file.
  const absolute = resolve(outputDir);
  return {
    MLGATE_SEED: String(plan.seed),
    MLGATE_PARAMS: join(absolute, PARAMS_FILE),
    MLGATE_DATA: plan.data,
    MLGATE_OUTPUT_DIR: absolute,
    ...(plan.validation === undefined ? {} : { MLGATE_VALIDATION_DATA: plan.validation }),
    ...(plan.target === undefined ? {} : { MLGATE_TARGET: plan.target }),
    ...(plan.features === undefined ? {} : { MLGATE_FEATURES: plan.features.join(',') }),
    ...(plan.task === undefined ? {} : { MLGATE_TASK: plan.task })
  };
}

/**
 * Loads the model once in onnxruntime (a command's model must exist and load: TrainingError) and
 * returns what the manifest says of it.
 */
async function inspectModel(outputDir: string, mode: 'trainer' | 'command'): Promise<Manifest['model']> {
  const path = join(outputDir, MODEL_FILE);
  const isFile = await stat(path).then(
    (info) => info.isFile(),
    () => false
  );
  if (!isFile && mode === 'command')
    throw new TrainingError(
      `the command finished but left no ${MODEL_FILE} in ${outputDir}: it must write the trained ONNX model to $MLGATE_OUTPUT_DIR/${MODEL_FILE}`
    );
  let model;
  try {
    model = await loadModel(path);
  } catch (error) {
    if (error instanceof ModelError && mode === 'command')
      throw new TrainingError(`the command's model is not usable: ${error.message}`);
    throw error;
  }
  await model.close();
  const describe = (value: ValueSignature): { name: string; type: string } => ({
    name: value.name,
    type: describeValue(value)
  });
  return {
    file: MODEL_FILE,
    bytes: model.modelBytes,
    sha256: model.sha256,
    inputs: model.signature.inputs.map(describe),
    outputs: model.signature.outputs.map(describe)
  };
}

async function readUserMetrics(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TrainingError(`${path}: not JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new TrainingError(`${path}: expected a JSON object of metric names to values`);
  return parsed as Record<string, unknown>;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function writeManifest(
  plan: TrainPlan,
  inputs: Inputs,
  outputDir: string,
  produced: Produced,
  started: Date,
  env: TrainContext['env']
): Promise<Manifest> {
  const ort = await onnxRuntime();
  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    runKey: inputs.key,
    source: sourceOf(env),
    training: produced.training,
    data: { path: plan.data, files: [...inputs.data] },
    ...(plan.validation === undefined
      ? {}
      : { validation: { path: plan.validation, files: [...inputs.validation] } }),
    params: { ...plan.params },
    seed: plan.seed,
    code: [...inputs.code],
    environment: {
      os: `${process.platform} ${(await import('node:os')).release()}`,
      arch: process.arch,
      node: process.version,
      mlgate: MLGATE_VERSION,
      onnxruntime: ort.env.versions.common ?? 'unknown',
      lockfiles: await fingerprintLockfiles()
    },
    metrics: produced.metrics,
    model: produced.model,
    timings: {
      startedAt: started.toISOString(),
      trainSeconds: round(produced.trainSeconds),
      totalSeconds: round((Date.now() - started.getTime()) / 1000)
    }
  };
  manifestSchema.parse(manifest);
  await writeFile(join(outputDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function sourceOf(env: TrainContext['env']): Manifest['source'] {
  if (env.GITHUB_ACTIONS !== 'true') return {};
  const pick = (value: string | undefined): string | undefined =>
    value === undefined || value === '' ? undefined : value;
  const run = runOf(env);
  const entries = {
    commit: pick(env.GITHUB_SHA),
    ref: pick(env.GITHUB_REF),
    repository: pick(env.GITHUB_REPOSITORY),
    event: pick(env.GITHUB_EVENT_NAME),
    actor: pick(env.GITHUB_ACTOR),
    runId: run?.id,
    runUrl: run?.url
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** The outputs a cache hit restored, or undefined when something is missing or does not match. */
async function readRestored(
  outputDir: string,
  key: string
): Promise<Omit<TrainOutcome, 'cacheHit'> | undefined> {
  try {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(outputDir, MANIFEST_FILE), 'utf8')));
    const bytes = await readFile(join(outputDir, MODEL_FILE));
    if (manifest.runKey !== key || sha256(bytes) !== manifest.model.sha256) return undefined;
    return {
      runKey: key,
      modelPath: join(outputDir, MODEL_FILE),
      manifestPath: join(outputDir, MANIFEST_FILE),
      manifest,
      metrics: manifest.metrics
    };
  } catch {
    return undefined;
  }
}

/**
 * Trains a second time, without the cache, and compares the model (sha256) and the metrics with
 * `first` (this run's, or the cached run's manifest).
 */
async function verifyReproducible(
  plan: TrainPlan,
  inputs: Inputs,
  first: Pick<Produced, 'model' | 'metrics'>,
  context: TrainContext
): Promise<void> {
  const second = await mkdtemp(join(tmpdir(), 'mlgate-reproduce-'));
  try {
    context.logger.info('Training again to check the run is reproducible.');
    const produced = await trainInto(plan, inputs, second, context);
    const differences: string[] = [];
    const [a, b] = [first.model, produced.model];
    if (a.sha256 !== b.sha256)
      differences.push(
        `${MODEL_FILE} differs (sha256 ${a.sha256.slice(0, 12)}… then ${b.sha256.slice(0, 12)}…, ${a.bytes} then ${b.bytes} bytes)`
      );
    differences.push(...metricDifferences(first.metrics, produced.metrics));
    if (differences.length > 0)
      throw new TrainingError(
        `verify-reproducible: two runs with the same inputs gave different results: ${differences.join('; ')}`
      );
    context.logger.info('Reproducible: the second run gave the same model bytes and metrics.');
  } finally {
    await rm(second, { recursive: true, force: true });
  }
}

/** `name: a then b` for every metric (nested names dotted) that differs between two runs. */
export function metricDifferences(first: unknown, second: unknown, prefix = ''): string[] {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isObject(first) && isObject(second)) {
    const keys = [...new Set([...Object.keys(first), ...Object.keys(second)])].sort();
    return keys.flatMap((key) =>
      metricDifferences(first[key], second[key], prefix === '' ? key : `${prefix}.${key}`)
    );
  }
  if (canonicalJson(first) === canonicalJson(second)) return [];
  return [`metric ${prefix || '(all)'}: ${canonicalJson(first)} then ${canonicalJson(second)}`];
}
