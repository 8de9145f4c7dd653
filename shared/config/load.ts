import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../runtime/errors.js';
import type { Config } from './schema.js';

/** A loaded config, with the line of each expectation so annotations can point at it. */
export interface LoadedConfig {
  readonly file: string | undefined;
  readonly config: Config;
  /** line:column of a YAML path, for annotations on config lines. */
  position(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

export const DEFAULT_CONFIG_FILE = 'mlgate.yml';

/**
 * An empty config: what a project without mlgate.yml gets. It is what the schema makes of `{}`
 * (a test holds it to that), written out so that a run without a config file loads neither the
 * YAML parser nor the schema.
 */
export function emptyConfig(): LoadedConfig {
  return { file: undefined, config: { version: 1 }, position: () => undefined };
}

/**
 * Reads and validates a config file. `explicit` means the user named it (a missing file is then an
 * error); the default `mlgate.yml` may be absent.
 */
export async function loadConfig(file: string, explicit: boolean): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return emptyConfig();
    throw new ConfigurationError(
      `${file}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    );
  }
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, file);
}
