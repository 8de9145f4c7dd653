import type { Logger } from './logger.js';

/** A file-anchored message: an annotation in Actions, a `file:line: level: message` line in the CLI. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Everything a command does to the world outside its report directory goes through a Host: the
 * Actions runner (`ActionsHost`) or a terminal (`CliHost`). The same command code runs on both.
 */
export interface Host {
  readonly kind: 'actions' | 'cli';
  readonly logger: Logger;
  /** The raw input, trimmed; undefined when not given or empty. */
  getInput(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  /** A command's main text (e.g. a drafted suite): stdout in the CLI, the log in Actions. */
  print(text: string): void;
  appendSummary(markdown: string): Promise<void>;
  annotate(annotation: Annotation): void;
  /** Hides a secret from every later log line. */
  mask(secret: string): void;
  /** The environment (GITHUB_* variables and the like). */
  readonly env: Readonly<Record<string, string | undefined>>;
}
