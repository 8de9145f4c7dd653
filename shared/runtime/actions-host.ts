import * as core from '@actions/core';
import type { Annotation, Host } from './host.js';
import type { Logger } from './logger.js';

const actionsLogger: Logger = {
  info: (message) => {
    core.info(message);
  },
  warning: (message) => {
    core.warning(message);
  },
  debug: (message) => {
    core.debug(message);
  },
  group: (name, work) => core.group(name, work)
};

/** The Actions runner: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
export class ActionsHost implements Host {
  readonly kind = 'actions';
  readonly logger = actionsLogger;
  readonly env = process.env;

  /**
   * `reserved`: inputs the command must not see. The root action's `command` input names the mlgate
   * command, so train's own `command` input (the training program) is not read there.
   */
  constructor(private readonly reserved: readonly string[] = []) {}

  getInput(name: string): string | undefined {
    if (this.reserved.includes(name)) return undefined;
    const value = core.getInput(name);
    return value === '' ? undefined : value;
  }

  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }

  print(text: string): void {
    core.info(text);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '') return;
    await core.summary.addRaw(markdown, true).write();
  }

  annotate(annotation: Annotation): void {
    const properties: core.AnnotationProperties = {
      title: annotation.title,
      file: annotation.file,
      startLine: annotation.line,
      startColumn: annotation.column
    };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else if (annotation.level === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }

  mask(secret: string): void {
    core.setSecret(secret);
  }
}
