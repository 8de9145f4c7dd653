import { actionEntry } from '../../shared/cli/entry.js';

await actionEntry(
  async () => (await import('../../shared/cli/commands/evaluate-thresholds.js')).evaluateThresholds
);
