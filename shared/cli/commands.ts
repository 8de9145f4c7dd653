/**
 * Every command, by its name: the same word as the action folder and the dist bundle. What
 * `mlgate --help` lists is here; a command's module, and all that it imports, loads only when the
 * command runs or shows its inputs, so the CLI does not load every command's code to start one.
 */
import type { Command } from '../runtime/command.js';

const DESCRIPTIONS = {
  run: 'Run every stage the config sets up, in order: validate-data, train, evaluate-thresholds.',
  'validate-data':
    'Data tests on a data set: schema, nulls, ranges, sets, uniqueness, statistics, drift against a reference.',
  train:
    'Train a model reproducibly: a built-in trainer (no Python) or your own command, a content-hash run cache, and a lineage manifest beside the ONNX model.',
  'evaluate-thresholds':
    'Score an ONNX model on a test set, compute scikit-learn’s metrics, gate on thresholds and on regression against a baseline.',
  suggest: 'Draft an expectation suite (types, nulls, ranges, sets, uniqueness) from a reference data set.',
  'publish-report':
    'Post saved report bundles (check run and sticky comment) from a workflow_run workflow: fork-safe reporting.'
} as const;

export type CommandName = keyof typeof DESCRIPTIONS;

/** A command as the CLI lists it, and its module's loader. */
export interface CommandEntry {
  readonly name: CommandName;
  readonly description: string;
  load(): Promise<Command>;
}

/** A command's name and description, which its module spreads into its `Command`. */
export function commandInfo(name: CommandName): { readonly name: CommandName; readonly description: string } {
  return { name, description: DESCRIPTIONS[name] };
}

export const COMMANDS: readonly CommandEntry[] = [
  { ...commandInfo('run'), load: async () => (await import('./commands/run.js')).run },
  {
    ...commandInfo('validate-data'),
    load: async () => (await import('./commands/validate-data.js')).validateData
  },
  { ...commandInfo('train'), load: async () => (await import('./commands/train.js')).train },
  {
    ...commandInfo('evaluate-thresholds'),
    load: async () => (await import('./commands/evaluate-thresholds.js')).evaluateThresholds
  },
  { ...commandInfo('suggest'), load: async () => (await import('./commands/suggest.js')).suggest },
  {
    ...commandInfo('publish-report'),
    load: async () => (await import('./commands/publish-report.js')).publishReport
  }
];
