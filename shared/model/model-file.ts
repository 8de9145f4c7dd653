/**
 * Reading a model file: refuses pickle/joblib files before anything else touches them (unpickling
 * runs code the file names), and turns a missing or unreadable path into a ModelError.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ModelError } from '../runtime/errors.js';

/** Extensions of Python-pickle-based formats: pickle, joblib, and PyTorch checkpoints (pickles in a zip). */
const PICKLE_EXTENSIONS = new Set(['.pkl', '.pickle', '.joblib', '.jbl', '.sav', '.pt', '.pth', '.ckpt']);

const EXPLANATION =
  'mlgate does not load pickle-based models because unpickling runs whatever code the file names; ' +
  'export the model to ONNX (skl2onnx for scikit-learn, torch.onnx.export for PyTorch) and pass the .onnx file';

/** Why `bytes` (the start of `path`) is a pickle-based file, or undefined when it is not one. */
export function pickleKind(path: string, bytes: Uint8Array): string | undefined {
  // Pickle protocols 2 to 5 start with PROTO (0x80) and the protocol number; joblib writes them too.
  if (bytes.length >= 2 && bytes[0] === 0x80 && bytes[1] >= 2 && bytes[1] <= 5)
    return `a Python pickle (protocol ${bytes[1]})`;
  // A zip whose first entry's name ends in .pkl is a PyTorch checkpoint (`archive/data.pkl`).
  if (
    bytes.length >= 30 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  ) {
    const nameLength = bytes[26] | (bytes[27] << 8);
    const name = new TextDecoder().decode(bytes.subarray(30, Math.min(bytes.length, 30 + nameLength)));
    if (name.endsWith('.pkl')) return 'a PyTorch checkpoint (a pickle in a zip archive)';
  }
  const extension = extname(path).toLowerCase();
  if (PICKLE_EXTENSIONS.has(extension)) return `a ${extension} file (a pickle-based format)`;
  return undefined;
}

/** The bytes of the model at `path`; ModelError when it is missing, not a file, empty or a pickle. */
export async function readModelFile(path: string): Promise<Uint8Array> {
  const extension = extname(path).toLowerCase();
  if (PICKLE_EXTENSIONS.has(extension))
    throw new ModelError(`${path} is ${pickleKind(path, new Uint8Array())}: ${EXPLANATION}`);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ModelError(`${path} is not a file (expected an .onnx model)`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ModelError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ModelError(`${path}: no such model file (expected an .onnx model)`);
    throw new ModelError(`${path}: cannot read the model file (${code ?? String(error)})`);
  }
  if (bytes.length === 0) throw new ModelError(`${path} is empty (expected an ONNX model)`);
  const pickle = pickleKind(path, bytes);
  if (pickle !== undefined) throw new ModelError(`${path} is ${pickle}: ${EXPLANATION}`);
  return bytes;
}
