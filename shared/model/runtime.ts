/**
 * onnxruntime-node, loaded on first use. Its native binding is required when the package is
 * imported, so a static import would make every mlgate bundle (validate-data too) fail to start
 * wherever the binding cannot load; a dynamic import keeps that failure to the commands that score.
 *
 * In dist/, scripts/build.mjs ships one copy of the binding and libonnxruntime for linux x64 and
 * arm64 in dist/bin/napi-v6/linux/<arch>/, where every bundle's `../bin/...` require finds it.
 *
 * onnxruntime 1.30 on Linux sends usage telemetry unless `ORT_DISABLE_TELEMETRY` is set: it keeps a
 * device id and an SQLite event store under ~/.cache/Microsoft/DeveloperTools, writes a log file to
 * /tmp per process, and uploads when it finds a CA bundle. A CI step should do none of that with a
 * team's models, so mlgate sets the variable before loading the library unless the environment
 * already says otherwise. Measured in alternating runs: 6 ms off the 10-row evaluate-thresholds run
 * (21 each), about 20 ms off the 2M-row one (11 each, within that run's spread).
 */
import { availableParallelism } from 'node:os';
import type * as Ort from 'onnxruntime-node';
import { errorMessage, ModelError } from '../runtime/errors.js';

export type OnnxRuntime = typeof Ort;
export type InferenceSession = Ort.InferenceSession;
export type Tensor = Ort.Tensor;

/** The platforms dist/ carries onnxruntime for. */
export const SUPPORTED_PLATFORMS: readonly string[] = ['linux-x64', 'linux-arm64'];

let loading: Promise<OnnxRuntime> | undefined;

/** The onnxruntime-node module; ModelError when its native library cannot load on this platform. */
export function onnxRuntime(): Promise<OnnxRuntime> {
  loading ??= load();
  return loading;
}

/** The variable onnxruntime reads when it creates its environment, on the first session. */
const TELEMETRY_VARIABLE = 'ORT_DISABLE_TELEMETRY';

async function load(): Promise<OnnxRuntime> {
  process.env[TELEMETRY_VARIABLE] ??= '1';
  try {
    const ort = await import('onnxruntime-node');
    // Errors reach the user as ModelErrors; ORT's own warnings (e.g. unused initializers) are noise.
    ort.env.logLevel = 'error';
    return ort;
  } catch (error) {
    loading = undefined;
    const platform = `${process.platform}-${process.arch}`;
    if (!SUPPORTED_PLATFORMS.includes(platform))
      throw new ModelError(
        `onnxruntime is not available on ${process.platform} ${process.arch}: mlgate ships its native library ` +
          `for linux x64 and linux arm64 only (run on a Linux runner, e.g. ubuntu-latest)`
      );
    throw new ModelError(`cannot load onnxruntime's native library: ${ortMessage(error)}`);
  }
}

/**
 * Session options: every core for one operator (scoring is one big batch at a time), all graph
 * optimisations. The intra-op threads sleep between runs instead of spinning: scoring alternates
 * with reading and metrics on the same cores, and a spinning pool took CPU from them (measured on the
 * 2-core bench machine: about 60 ms of a 1.5 s evaluate-thresholds run). Waking costs microseconds
 * per parallel section, nothing beside a run of 65,536 rows.
 */
export function sessionOptions(): Ort.InferenceSession.SessionOptions {
  return {
    intraOpNumThreads: availableParallelism(),
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
    extra: { session: { intra_op: { allow_spinning: '0' } } }
  };
}

/**
 * The first line of what onnxruntime threw. Its errors are created in the main realm, so under a
 * VM context (jest) they fail `instanceof Error`: read `message` off any object.
 */
export function ortMessage(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? error.message
      : errorMessage(error);
  return message.split('\n')[0].trim();
}
