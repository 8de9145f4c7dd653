import { actionEntry } from '../../shared/cli/entry.js';

await actionEntry(async () => (await import('../../shared/cli/commands/train.js')).train);
