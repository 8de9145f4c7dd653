import type { Command } from '../runtime/command.js';
import type { InputSpec } from '../runtime/inputs.js';
import { run } from './commands/run.js';
import { suggest } from './commands/suggest.js';
import { validateData } from './commands/validate-data.js';

/** Every command, by its name: the same word as the action folder and the dist bundle. */
export const COMMANDS: readonly Command<InputSpec>[] = [run, validateData, suggest] as unknown as readonly Command<InputSpec>[];
