#!/usr/bin/env node
import { runAction } from '../runtime/action.js';
import { entry } from './entry.js';
import { findCommand, main } from './main.js';

// One bundle, two doors: the root action (the runner sets INPUT_COMMAND from its default, and passes
// no arguments) and the `mlgate` CLI.
await entry(async () => {
  const rootCommand = process.env.INPUT_COMMAND;
  if (process.argv.length <= 2 && rootCommand !== undefined && rootCommand !== '') {
    await runAction(() => findCommand(rootCommand), ['command']);
  } else {
    process.exitCode = await main(process.argv.slice(2), process.env, {
      stdout: process.stdout,
      stderr: process.stderr
    });
  }
});
