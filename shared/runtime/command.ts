import type { Host } from './host.js';
import { errorMessage, isUserError } from './errors.js';
import { readInputs, type Inputs, type InputSpec } from './inputs.js';

/** What a command reports back: the gate's decision (outputs and summary are already written). */
export interface CommandResult {
  /** False when the gate failed; the step fails with `message`. */
  readonly ok: boolean;
  readonly message: string;
}

/**
 * An action and its CLI subcommand: the same name, inputs, outputs and code path. Defined once in
 * shared/, run by `actions/<name>/index.ts` on the runner and by `mlgate <name>` elsewhere.
 */
export interface Command<S extends InputSpec = InputSpec> {
  readonly name: string;
  readonly description: string;
  readonly inputs: S;
  /** Output names (as in action.yml) and their descriptions. */
  readonly outputs: Readonly<Record<string, string>>;
  run(inputs: Inputs<S>, host: Host): Promise<CommandResult>;
}

/** Exit codes of a run: the gate failed (1), the user's input is at fault (2), a bug (3). */
export const ExitCode = { Ok: 0, GateFailed: 1, UserError: 2, Bug: 3 } as const;

export interface Outcome {
  readonly exitCode: (typeof ExitCode)[keyof typeof ExitCode];
  /** The one line the step fails with (empty when ok). */
  readonly failure: string;
  /** The stack of a bug, to print and report. */
  readonly stack?: string;
}

/** Reads inputs (all validated before any side effect), runs the command, classifies what went wrong. */
export async function execute<S extends InputSpec>(command: Command<S>, host: Host): Promise<Outcome> {
  try {
    const inputs = readInputs(
      command.inputs,
      (name) => host.getInput(name),
      (secret) => {
        host.mask(secret);
      }
    );
    const result = await command.run(inputs, host);
    return result.ok
      ? { exitCode: ExitCode.Ok, failure: '' }
      : { exitCode: ExitCode.GateFailed, failure: result.message };
  } catch (error) {
    if (isUserError(error)) return { exitCode: ExitCode.UserError, failure: error.message };
    return {
      exitCode: ExitCode.Bug,
      failure: `mlgate ${command.name} failed unexpectedly: ${errorMessage(error)}. This is a bug in mlgate; please report it with the log.`,
      stack: error instanceof Error ? error.stack : undefined
    };
  }
}
