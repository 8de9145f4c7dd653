/**
 * Resolves the train command's inputs and the config's `train` section into a TrainPlan: an input
 * overrides its config key; params merge file ← config ← input.
 */
import type { LoadedConfig } from '../config/load.js';
import { TRAINERS, trainSchema } from '../config/schema.js';
import { ConfigurationError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';
import { resolveParams } from './params.js';
import type { TrainPlan } from './train.js';
import type { TrainerName } from './trainers.js';

export interface TrainInputs {
  readonly trainer: string | undefined;
  readonly command: string | undefined;
  readonly shell: boolean;
  readonly timeout: number | undefined;
  readonly data: string | undefined;
  readonly validation: string | undefined;
  readonly target: string | undefined;
  readonly features: string | undefined;
  readonly task: 'auto' | 'classification' | 'regression';
  readonly params: string | undefined;
  readonly 'params-file': string | undefined;
  readonly seed: number | undefined;
  readonly 'output-dir': string | undefined;
  readonly code: string | undefined;
  readonly 'verify-reproducible': boolean;
}

export const DEFAULT_OUTPUT_DIR = 'mlgate-model';

function list(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length === 0 ? undefined : items;
}

function isTrainer(name: string): name is TrainerName {
  return (TRAINERS as readonly string[]).includes(name);
}

export async function planTraining(inputs: TrainInputs, loaded: LoadedConfig): Promise<TrainPlan> {
  const section = loaded.config.train ?? trainSchema.parse({});
  const where = loaded.file ?? 'the config';
  const trainer = inputs.trainer ?? (inputs.command === undefined ? section.trainer : undefined);
  const command = inputs.command ?? (inputs.trainer === undefined ? section.command : undefined);
  if (trainer !== undefined && command !== undefined)
    throw new ConfigurationError(
      'train: give a trainer or a command, not both (a built-in trainer needs no command)'
    );
  if (trainer === undefined && command === undefined)
    throw new ConfigurationError(
      `train: nothing to train: set the trainer input (${TRAINERS.join(', ')}) or a command, or train.trainer / train.command in ${where}`
    );
  if (trainer !== undefined && !isTrainer(trainer))
    throw new ConfigurationError(
      `train: unknown trainer \`${trainer}\`${didYouMean(trainer, TRAINERS)} (trainers: ${TRAINERS.join(', ')})`
    );
  const data = inputs.data ?? section.data;
  if (data === undefined)
    throw new ConfigurationError(`train: no training data: set the data input or train.data in ${where}`);
  const target = inputs.target ?? section.target;
  const features = list(inputs.features) ?? section.features;
  const task = inputs.task === 'auto' ? section.task : inputs.task;
  const validation = inputs.validation ?? section.validation;
  const params = await resolveParams({
    ...(inputs['params-file'] !== undefined
      ? { file: inputs['params-file'] }
      : section['params-file'] !== undefined
        ? { file: section['params-file'] }
        : {}),
    ...(section.params === undefined ? {} : { config: section.params }),
    ...(inputs.params === undefined ? {} : { input: inputs.params })
  });
  const code = list(inputs.code) ?? section.code;
  return {
    program:
      trainer !== undefined
        ? { mode: 'trainer', trainer }
        : {
            mode: 'command',
            command: {
              command: command!,
              shell: inputs.shell || section.shell,
              timeout: inputs.timeout ?? section.timeout
            }
          },
    data,
    ...(validation === undefined ? {} : { validation }),
    ...(target === undefined ? {} : { target }),
    ...(features === undefined ? {} : { features }),
    ...(task === undefined ? {} : { task }),
    params,
    seed: inputs.seed ?? section.seed ?? 0,
    outputDir: inputs['output-dir'] ?? section['output-dir'] ?? DEFAULT_OUTPUT_DIR,
    ...(code === undefined ? {} : { code }),
    verifyReproducible: inputs['verify-reproducible']
  };
}
