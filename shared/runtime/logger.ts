/** Where progress and diagnostics go. Injected everywhere so tests can record what was said. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Runs `work` inside a folded log group (a plain heading outside Actions). */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** A logger that keeps every line, for tests and for the quiet paths of the CLI. */
export class RecordingLogger implements Logger {
  readonly lines: { level: 'info' | 'warning' | 'debug' | 'group'; message: string }[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  async group<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name });
    return work();
  }
  /** The messages logged at one level. */
  messages(level: 'info' | 'warning' | 'debug' | 'group'): string[] {
    return this.lines.filter((line) => line.level === level).map((line) => line.message);
  }
}
