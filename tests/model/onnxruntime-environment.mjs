/**
 * Jest's node environment with the host realm's typed arrays. onnxruntime-node's binding builds its
 * output tensors' typed arrays in the host realm, and onnxruntime-common checks tensor data with
 * `instanceof Float32Array` (and friends) in the test's VM realm, so without this every run fails
 * with "A float32 tensor's data must be type of function Float32Array()"
 * (microsoft/onnxruntime#16622). Outside jest there is one realm and nothing to fix.
 */
import { TestEnvironment } from 'jest-environment-node';

const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'Float16Array'
];

export default class OnnxRuntimeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) if (name in globalThis) this.global[name] = globalThis[name];
  }
}
