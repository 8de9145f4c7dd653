/**
 * Training params, resolved in DVC's order: the params file (YAML or JSON; `params.yaml` when it
 * exists and no other file is named), then the config's `train.params`, then the `params` input (a
 * YAML mapping, e.g. from a workflow_dispatch form). Later sources override earlier ones key by key.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { ConfigurationError } from '../runtime/errors.js';

export type Params = Readonly<Record<string, unknown>>;

export const DEFAULT_PARAMS_FILE = 'params.yaml';

function asMapping(value: unknown, where: string): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ConfigurationError(`${where}: expected a mapping of param names to values`);
  return value as Record<string, unknown>;
}

async function readParamsFile(file: string, explicit: boolean): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return {};
    throw new ConfigurationError(
      `${file}: cannot read the params file (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    );
  }
  try {
    return asMapping(parse(text), file);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${file}: not YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}

export interface ParamSources {
  /** The params file named in the config; undefined → `params.yaml` if it exists. */
  readonly file?: string;
  readonly config?: Readonly<Record<string, unknown>>;
  /** The `params` input: a YAML mapping (`{learning-rate: 0.05, rounds: 200}` or block style). */
  readonly input?: string;
}

/** The params after every override, keys sorted (so the run key does not depend on their order). */
export async function resolveParams(sources: ParamSources): Promise<Params> {
  const fromFile = await readParamsFile(sources.file ?? DEFAULT_PARAMS_FILE, sources.file !== undefined);
  let fromInput: Record<string, unknown> = {};
  if (sources.input !== undefined) {
    let parsed: unknown;
    try {
      parsed = parse(flowMapping(sources.input));
    } catch (error) {
      throw new ConfigurationError(
        `input params: not a YAML mapping: ${(error as Error).message.split('\n')[0]}`
      );
    }
    fromInput = asMapping(parsed, 'input params');
  }
  const merged: Record<string, unknown> = { ...fromFile, ...sources.config, ...fromInput };
  return Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((key) => [key, merged[key]])
  );
}

/** One line of `key: value` pairs separated by commas reads as a flow mapping (`{key: value, ...}`). */
function flowMapping(text: string): string {
  const line = text.trim();
  return !line.includes('\n') && !line.startsWith('{') && /,\s*[\w-]+\s*:/.test(line) ? `{${line}}` : text;
}
