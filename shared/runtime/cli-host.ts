import { appendFile } from 'node:fs/promises';
import type { Annotation, Host } from './host.js';
import type { Logger } from './logger.js';

/** Where a CLI run writes: outputs on stdout, everything else on stderr, so stdout stays parseable. */
export interface CliStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/**
 * A terminal or another CI system: inputs from `--name value` flags, outputs as `name=value` lines on
 * stdout, logs and annotations (`file:line: error: message`) on stderr, the summary appended to
 * `summaryFile` when one is given.
 */
export class CliHost implements Host {
  readonly kind = 'cli';
  readonly logger: Logger;
  private readonly secrets: string[] = [];

  constructor(
    private readonly inputs: ReadonlyMap<string, string>,
    readonly env: Readonly<Record<string, string | undefined>>,
    private readonly streams: CliStreams,
    private readonly summaryFile?: string
  ) {
    const line = (text: string): void => {
      this.streams.stderr.write(`${this.redact(text)}\n`);
    };
    const verbose = env.MLGATE_DEBUG === '1' || env.RUNNER_DEBUG === '1';
    this.logger = {
      info: line,
      warning: (message) => {
        line(`warning: ${message}`);
      },
      debug: (message) => {
        if (verbose) line(`debug: ${message}`);
      },
      group: async (name, work) => {
        line(`== ${name}`);
        return work();
      }
    };
  }

  getInput(name: string): string | undefined {
    const value = this.inputs.get(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  setOutput(name: string, value: string): void {
    const safe = value.includes('\n') ? JSON.stringify(value) : value;
    this.streams.stdout.write(`${name}=${this.redact(safe)}\n`);
  }

  print(text: string): void {
    this.streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (this.summaryFile !== undefined) await appendFile(this.summaryFile, `${markdown}\n`);
  }

  annotate(annotation: Annotation): void {
    const where =
      annotation.file === undefined
        ? ''
        : `${annotation.file}${annotation.line === undefined ? '' : `:${annotation.line}`}${annotation.column === undefined ? '' : `:${annotation.column}`}: `;
    this.streams.stderr.write(`${where}${annotation.level}: ${this.redact(annotation.message)}\n`);
  }

  mask(secret: string): void {
    if (secret !== '') this.secrets.push(secret);
  }

  private redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result;
  }
}
