/**
 * `npm run bench`: runs every bench (under Node 24, through scripts/node24.mjs), prints each one's
 * table and target lines, and writes `bench/results/<name>.json`. A missed target is reported, never
 * a failure: the exit status is non-zero only when a bench itself breaks.
 *
 * Options: --scale (also the 10× data sets), --runs N (measured runs per figure, default 3),
 * --cli PATH (the CLI bundle, default dist/mlgate/index.js), --only NAME (one bench).
 */
import { type BenchContext, type BenchModule } from './lib.js';
import { evaluateThresholds } from './evaluate-thresholds.js';
import { train } from './train.js';
import { validateData } from './validate-data.js';

/** Every bench, in order. */
const BENCHES: readonly BenchModule[] = [validateData, evaluateThresholds, train];

/** A bad command line: printed without a stack. */
class UsageError extends Error {}

function parseArgs(args: readonly string[]): BenchContext & { only: string | undefined } {
  let scale = false;
  let runs = 3;
  let cli = 'dist/mlgate/index.js';
  let only: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--scale') scale = true;
    else if (arg === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1)
        throw new UsageError(`--runs: expected a positive integer, got ${runs}`);
    } else if (arg === '--cli') cli = value();
    else if (arg === '--only') only = value();
    else throw new UsageError(`unknown option ${arg} (options: --scale, --runs N, --cli PATH, --only NAME)`);
  }
  if (only !== undefined && !BENCHES.some((bench) => bench.name === only)) {
    throw new UsageError(
      `--only: no bench named ${only} (benches: ${BENCHES.map((bench) => bench.name).join(', ')})`
    );
  }
  return { scale, runs, cli, only };
}

async function main(): Promise<void> {
  const context = parseArgs(process.argv.slice(2));
  if (Number(process.versions.node.split('.')[0]) < 24) {
    console.log(
      `note: running under Node ${process.version}; the Actions runtime is Node 24 (use npm run bench)`
    );
  }
  for (const bench of BENCHES) {
    if (context.only === undefined || context.only === bench.name) await bench.run(context);
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`bench: ${error.message}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
