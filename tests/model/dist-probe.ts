/**
 * The entry point tests/model/dist.test.ts bundles with ncc, as an action would import shared/model,
 * and runs from a copy of dist/ with no node_modules: `index.js <model> <data> <target>`.
 * MLGATE_PROBE_PLATFORM pretends to run on another platform (to see the unsupported-platform error).
 */
import { openDataset } from '../../shared/data/dataset.js';
import { loadModel, scoreDataset } from '../../shared/model/index.js';
import { errorMessage } from '../../shared/runtime/errors.js';

async function main(): Promise<void> {
  const platform = process.env.MLGATE_PROBE_PLATFORM;
  if (platform !== undefined) Object.defineProperty(process, 'platform', { value: platform });
  const [modelPath, dataPath, target] = process.argv.slice(2);
  const model = await loadModel(modelPath);
  const scored = await scoreDataset(model, await openDataset(dataPath), { target });
  await model.close();
  process.stdout.write(
    JSON.stringify({
      rows: scored.rows,
      classes: scored.classes,
      predictions: scored.predictions,
      proba: Array.from(scored.proba ?? [])
    })
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${errorMessage(error)}\n`);
  process.exitCode = 1;
});
