/**
 * ONNX models: load (pickles refused, ZipMap outputs removed, signature and metadata read) and score
 * data sets in batches on onnxruntime-node.
 *
 * ```ts
 * const model = await loadModel('model.onnx', { task: 'classification' });
 * const scored = await scoreDataset(model, await openDataset('test.csv'), { target: 'label', nan: 'drop' });
 * // scored.yTrue, scored.predictions (strings), scored.proba (row-major [rows, classes.length]),
 * // scored.classes, scored.labels + scored.yTrueCodes/predictionCodes (the same labels as indices),
 * // scored.rows, scored.dropped, scored.nanCounts, scored.latencyMsPerRow, scored.modelBytes
 * await model.close();
 * ```
 * `scoreModels([candidate, baseline], data, options)` scores several models on the same rows in one
 * pass (one read of the data, one NaN mask, one target column).
 *
 * Precision: models with float inputs see each value rounded to float32, and their float32 outputs
 * are widened exactly to float64; probabilities then agree with scikit-learn's float64 ones to about
 * 1e-7 (the tests hold them to 1e-5 absolute), labels exactly except on near-ties (rows whose two
 * best classes are within float32 rounding of each other).
 */
export { loadModel, type LoadedModel, type LoadOptions } from './load.js';
export {
  scoreDataset,
  scoreModels,
  type BatchSource,
  type ModelInput,
  type ModelScores,
  type MultiScoreResult,
  type NanPolicy,
  type ScoredRows,
  type ScoreOptions,
  type ScoreResult
} from './score.js';
export { planInputs, type ColumnInfo, type InputFeed, type InputPlan, type InputOptions } from './inputs.js';
export type { OutputPlan, Task } from './outputs.js';
export {
  describeValue,
  metadataList,
  type ElementType,
  type ModelSignature,
  type TensorSignature,
  type ValueSignature
} from './signature.js';
export { codeArray } from './label-codes.js';
export { pickleKind } from './model-file.js';
export { onnxRuntime, SUPPORTED_PLATFORMS } from './runtime.js';
export type { RemovedZipMap } from './zipmap.js';
