/** A Host that keeps everything a command does, for tests that call commands in-process. */
import type { Annotation, Host } from '../../shared/runtime/host.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';

export class RecordingHost implements Host {
  readonly kind = 'cli';
  readonly logger = new RecordingLogger();
  readonly outputs: Record<string, string> = {};
  readonly annotations: Annotation[] = [];
  readonly printed: string[] = [];
  summary = '';

  constructor(
    private readonly inputs: Record<string, string> = {},
    readonly env: Readonly<Record<string, string | undefined>> = {}
  ) {}

  getInput(name: string): string | undefined {
    const value = this.inputs[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  print(text: string): void {
    this.printed.push(text);
  }

  async appendSummary(markdown: string): Promise<void> {
    this.summary += `${markdown}\n`;
    return Promise.resolve();
  }

  annotate(annotation: Annotation): void {
    this.annotations.push(annotation);
  }

  mask(): void {}
}
