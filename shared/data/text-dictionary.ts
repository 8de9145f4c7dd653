/**
 * Dictionary codes for one string column: each distinct text gets the next code, in order of first
 * appearance, up to `DICTIONARY_CAP` texts. The CSV reader codes its string columns with it (see
 * `StringColumn.dictionary`) and the worker-thread reader sends codes across with it.
 */
import { DICTIONARY_CAP } from './types.js';

export class TextDictionary {
  /** The texts by code. The same array for the dictionary's life: batches hand it to consumers. */
  readonly texts: string[] = [];
  private index: Map<string, number> | null = new Map();

  /**
   * True once the column has shown more than `DICTIONARY_CAP` distinct texts, or its reader gave up
   * on it (`stop`): no more codes.
   */
  get full(): boolean {
    return this.index === null;
  }

  /** No more codes: the column's cells rarely repeat, and coding them would only fill the map. */
  stop(): void {
    this.index = null;
    // No batch carries these texts from now on: let them go (a consumer's cache may still hold the array).
    this.texts.length = 0;
  }

  /** The code of `text`, a new one if it is new; −1 once full. */
  code(text: string): number {
    const index = this.index;
    if (index === null) return -1;
    const known = index.get(text);
    if (known !== undefined) return known;
    const code = this.texts.length;
    if (code === DICTIONARY_CAP) {
      this.stop();
      return -1;
    }
    index.set(text, code);
    this.texts.push(text);
    return code;
  }
}
