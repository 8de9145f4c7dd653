#!/usr/bin/env node
import { entry } from './entry.js';

// One bundle, two doors: the root action (the runner sets INPUT_COMMAND from its default, and passes
// no arguments) and the `mlgate` CLI. Modules load on demand: a worker thread of this bundle
// (entry.ts) needs none of them, and the CLI needs no @actions/core.
await entry(async () => {
  const { findCommand, main } = await import('./main.js');
  const rootCommand = process.env.INPUT_COMMAND;
  if (process.argv.length <= 2 && rootCommand !== undefined && rootCommand !== '') {
    const { runAction } = await import('../runtime/action.js');
    await runAction(() => findCommand(rootCommand), ['command']);
  } else {
    process.exitCode = await main(process.argv.slice(2), process.env, {
      stdout: process.stdout,
      stderr: process.stderr
    });
  }
});
