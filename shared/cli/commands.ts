import type { Command } from '../runtime/command.js';
import { evaluateThresholds } from './commands/evaluate-thresholds.js';
import { publishReport } from './commands/publish-report.js';
import { run } from './commands/run.js';
import { suggest } from './commands/suggest.js';
import { train } from './commands/train.js';
import { validateData } from './commands/validate-data.js';

/** Every command, by its name: the same word as the action folder and the dist bundle. */
export const COMMANDS: readonly Command[] = [
  run,
  validateData,
  train,
  evaluateThresholds,
  suggest,
  publishReport
];
