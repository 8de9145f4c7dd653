import * as core from '@actions/core';
import { ActionsHost } from './actions-host.js';
import { execute, type Command } from './command.js';
import { errorMessage } from './errors.js';

/**
 * The body of every action entry point, and the only place that calls `core.setFailed`. `resolve`
 * picks the command (the root action picks it from its `command` input, which it then `reserves`).
 */
export async function runAction(
  resolve: () => Command | Promise<Command>,
  reserved: readonly string[] = []
): Promise<void> {
  let command: Command;
  try {
    command = await resolve();
  } catch (error) {
    core.setFailed(errorMessage(error));
    return;
  }
  const outcome = await execute(command, new ActionsHost(reserved));
  if (outcome.stack !== undefined) core.error(outcome.stack);
  if (outcome.exitCode !== 0) core.setFailed(outcome.failure);
}
