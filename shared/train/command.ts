/**
 * Command mode: runs the user's training program (any language) with the run's inputs in its
 * environment, streams its output into the log as it comes, and stops it at the timeout. A string
 * command is split into words as a shell would (quotes, backslashes) but runs without one, unless
 * the user asks for a shell: no accidental globbing, variable expansion or injection.
 */
import { spawn } from 'node:child_process';
import { ConfigurationError, TrainingError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

export interface CommandSpec {
  /** argv, or one string (split into words, or given to /bin/sh -c when `shell`). */
  readonly command: string | readonly string[];
  readonly shell: boolean;
  /** Minutes. */
  readonly timeout: number;
}

/** Splits a command line into words: whitespace separates, '…' and "…" quote, \ escapes. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) word += line[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote !== null) throw new ConfigurationError(`command: unterminated ${quote} quote in ${line}`);
  if (inWord) words.push(word);
  return words;
}

/** The argv to spawn. */
export function commandArgv(spec: Pick<CommandSpec, 'command' | 'shell'>): string[] {
  if (spec.shell) {
    const line = typeof spec.command === 'string' ? spec.command : spec.command.join(' ');
    return ['/bin/sh', '-c', line];
  }
  const argv = typeof spec.command === 'string' ? splitWords(spec.command) : [...spec.command];
  if (argv.length === 0 || argv[0] === '') throw new ConfigurationError('command: empty command');
  return argv;
}

/** Seconds between SIGTERM at the timeout and SIGKILL. */
const KILL_GRACE_MS = 5000;

/**
 * Runs the command to completion. TrainingError when it cannot start, exits non-zero, is killed by
 * a signal or runs past the timeout (the whole process group is stopped).
 */
export async function runCommand(
  spec: CommandSpec,
  env: Readonly<Record<string, string>>,
  logger: Logger
): Promise<{ seconds: number }> {
  const argv = commandArgv(spec);
  const shown = argv.join(' ');
  const started = Date.now();
  return logger.group(`Training: ${shown}`, () => {
    return new Promise((resolve, reject) => {
      const child = spawn(argv[0], argv.slice(1), {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true
      });
      let timedOut = false;
      const stopGroup = (signal: NodeJS.Signals): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, signal);
        } catch {
          // The group is already gone.
        }
      };
      const timer = setTimeout(
        () => {
          timedOut = true;
          stopGroup('SIGTERM');
          setTimeout(() => {
            stopGroup('SIGKILL');
          }, KILL_GRACE_MS).unref();
        },
        Math.round(spec.timeout * 60_000)
      );
      for (const stream of [child.stdout, child.stderr]) {
        let pending = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          pending += chunk;
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) logger.info(line.replace(/\r$/, ''));
        });
        stream.on('end', () => {
          if (pending !== '') logger.info(pending);
          pending = '';
        });
      }
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          new TrainingError(
            error.code === 'ENOENT'
              ? `command: ${argv[0]} not found (is it installed and on PATH?)`
              : `command: cannot start ${argv[0]}: ${error.message}`
          )
        );
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const seconds = (Date.now() - started) / 1000;
        if (timedOut)
          reject(
            new TrainingError(
              `command: ${shown} ran past the timeout of ${spec.timeout} minute${spec.timeout === 1 ? '' : 's'} and was stopped`
            )
          );
        else if (signal !== null) reject(new TrainingError(`command: ${shown} was killed by ${signal}`));
        else if (code !== 0) reject(new TrainingError(`command: ${shown} failed with exit code ${code}`));
        else resolve({ seconds });
      });
    });
  });
}
