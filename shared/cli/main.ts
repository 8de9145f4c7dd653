import { CliHost, type CliStreams } from '../runtime/cli-host.js';
import { execute, ExitCode, type Command } from '../runtime/command.js';
import { ConfigurationError } from '../runtime/errors.js';
import { checkInputNames } from '../runtime/inputs.js';
import { didYouMean } from '../runtime/suggest.js';
import { MLGATE_VERSION } from '../runtime/version.js';
import { COMMANDS } from './commands.js';

/** Parses `--name value` / `--name=value` flags. `--summary-file` is the CLI's own. */
export function parseFlags(args: readonly string[]): { flags: Map<string, string>; summaryFile?: string } {
  const flags = new Map<string, string>();
  let summaryFile: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (!arg.startsWith('--') || arg === '--')
      throw new ConfigurationError(`unexpected argument \`${arg}\` (options are --name value)`);
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    let value: string;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      const next = args[index + 1];
      if (next === undefined || next.startsWith('--'))
        throw new ConfigurationError(`option \`--${name}\` needs a value`);
      value = next;
      index++;
    }
    if (name === 'summary-file') summaryFile = value;
    else flags.set(name, value);
  }
  return { flags, ...(summaryFile === undefined ? {} : { summaryFile }) };
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    `mlgate ${MLGATE_VERSION}: ML CI/CD gates, locally and in any CI.`,
    '',
    'Usage: mlgate <command> [--input value ...]',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.description}`),
    '',
    'mlgate <command> --help lists a command’s inputs. Outputs print as name=value on stdout.',
    'Exit codes: 0 passed, 1 gate failed, 2 invalid input, 3 bug.'
  ].join('\n');
}

function commandHelp(command: Command): string {
  const lines = [`mlgate ${command.name}: ${command.description}`, '', 'Inputs:'];
  for (const [name, def] of Object.entries(command.inputs)) {
    lines.push(
      `  --${name}${def.default === undefined ? '' : ` (default ${def.default})`}`,
      `      ${def.description}`
    );
  }
  lines.push(
    '',
    'Outputs:',
    ...Object.entries(command.outputs).map(([name, description]) => `  ${name}: ${description}`)
  );
  lines.push('', '  --summary-file <path>  also append the markdown summary to this file');
  return lines.join('\n');
}

/** The command `name` names, its module loaded; a ConfigurationError (with the closest name) if none. */
export async function findCommand(name: string): Promise<Command> {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    throw new ConfigurationError(
      `unknown command \`${name}\`${didYouMean(
        name,
        COMMANDS.map((candidate) => candidate.name)
      )}; run mlgate --help`
    );
  }
  return command.load();
}

/** The CLI: `mlgate <command> --input value`. Returns the exit code. */
export async function main(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  streams: CliStreams
): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    streams.stdout.write(`${usage()}\n`);
    return name === undefined ? ExitCode.UserError : ExitCode.Ok;
  }
  if (name === '--version') {
    streams.stdout.write(`${MLGATE_VERSION}\n`);
    return ExitCode.Ok;
  }
  try {
    const command = await findCommand(name);
    if (rest.includes('--help') || rest.includes('-h')) {
      streams.stdout.write(`${commandHelp(command)}\n`);
      return ExitCode.Ok;
    }
    const { flags, summaryFile } = parseFlags(rest);
    checkInputNames(command.inputs, flags.keys(), `mlgate ${command.name}`);
    const outcome = await execute(command, new CliHost(flags, env, streams, summaryFile));
    if (outcome.stack !== undefined) streams.stderr.write(`${outcome.stack}\n`);
    if (outcome.exitCode !== ExitCode.Ok) streams.stderr.write(`error: ${outcome.failure}\n`);
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      streams.stderr.write(`error: ${error.message}\n`);
      return ExitCode.UserError;
    }
    throw error;
  }
}
