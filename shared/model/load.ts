/**
 * Loading an ONNX model: refuse pickles, parse the signature and metadata, remove ZipMap outputs,
 * pick the prediction outputs, and create an onnxruntime session on every core.
 */
import { createHash } from 'node:crypto';
import { ModelError } from '../runtime/errors.js';
import { readModelFile } from './model-file.js';
import { parseModel, type ModelInfo } from './onnx-proto.js';
import { planOutputs, type OutputPlan, type Task } from './outputs.js';
import { ProtobufError } from './protobuf.js';
import { ortMessage, onnxRuntime, sessionOptions, type InferenceSession } from './runtime.js';
import { signatureOf, type ModelSignature } from './signature.js';
import { removeZipMaps, type RemovedZipMap } from './zipmap.js';

export interface LoadOptions {
  /** The configured task; checked against the model (a classifier cannot be scored as a regressor). */
  readonly task?: Task;
}

/** A model ready to score. Call `close()` when done with it (frees the native session). */
export interface LoadedModel {
  /** The path as given. */
  readonly path: string;
  /** Size of the file in bytes (the `model_size` metric). */
  readonly modelBytes: number;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  /** Inputs, outputs (as in the file, ZipMaps included), metadata, opsets. */
  readonly signature: ModelSignature;
  readonly task: Task;
  /** Class labels as strings, in probability-column order; null for regression or when unknown. */
  readonly classes: readonly string[] | null;
  /** The outputs scoring reads. */
  readonly outputs: OutputPlan;
  /** ZipMap outputs replaced by their probability tensors before the session was created. */
  readonly zipMaps: readonly RemovedZipMap[];
  /** The onnxruntime session (of the edited graph), for callers that run it directly. */
  readonly session: InferenceSession;
  close(): Promise<void>;
}

/**
 * Loads the ONNX model at `path`. ModelError when the file is missing, a pickle, not ONNX, truncated,
 * has no usable prediction output, or onnxruntime refuses it; each message names the file.
 */
export async function loadModel(path: string, options: LoadOptions = {}): Promise<LoadedModel> {
  const bytes = await readModelFile(path);
  const info = parse(path, bytes);
  const signature = signatureOf(info);
  const edit = removeZipMaps(bytes, info);
  const edited = edit.removed.length === 0 ? info : parse(path, edit.bytes);
  const outputs = planOutputs(
    path,
    signatureOf(edited).outputs,
    {
      info: edited.graph,
      bytes: edit.bytes.subarray(edited.graphField.valueStart, edited.graphField.valueEnd)
    },
    signature.metadata,
    edit.removed,
    options.task
  );

  const ort = await onnxRuntime();
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(edit.bytes, sessionOptions());
  } catch (error) {
    throw new ModelError(`${path}: onnxruntime cannot load the model: ${ortMessage(error)}`);
  }
  return {
    path,
    modelBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    signature,
    task: outputs.task,
    classes: outputs.classes,
    outputs,
    zipMaps: edit.removed,
    session,
    close: () => session.release()
  };
}

function parse(path: string, bytes: Uint8Array): ModelInfo {
  try {
    return parseModel(bytes);
  } catch (error) {
    if (!(error instanceof ProtobufError)) throw error;
    if (/past the end/.test(error.message))
      throw new ModelError(`${path} is truncated or corrupt: ${error.message} (${bytes.length} bytes)`);
    throw new ModelError(`${path} is not an ONNX model: ${error.message}`);
  }
}
