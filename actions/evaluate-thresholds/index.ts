import { entry } from '../../shared/cli/entry.js';

// Loaded on demand: a worker thread of this bundle (entry.ts) needs none of the command's modules.
await entry(async () => {
  const [{ runAction }, { evaluateThresholds }] = await Promise.all([
    import('../../shared/runtime/action.js'),
    import('../../shared/cli/commands/evaluate-thresholds.js')
  ]);
  await runAction(() => evaluateThresholds);
});
