/**
 * Which cell texts are null: an empty cell always, plus the configured tokens (`NA`, `null`, …).
 * Byte matching is gated by a first-byte table, so a numeric cell costs one lookup.
 */
export class NullTokens {
  /** 1 for bytes that start some non-empty token. */
  readonly first = new Uint8Array(256);
  private readonly byLength = new Map<number, Uint8Array[]>();
  private readonly texts: ReadonlySet<string>;

  constructor(tokens: readonly string[]) {
    this.texts = new Set(tokens);
    for (const token of tokens) {
      if (token === '') continue;
      const bytes = Buffer.from(token, 'utf8');
      this.first[bytes[0]] = 1;
      const list = this.byLength.get(bytes.length) ?? [];
      list.push(bytes);
      this.byLength.set(bytes.length, list);
    }
  }

  /** True when `b[s, e)` is empty or spells a token. */
  matches(b: Uint8Array, s: number, e: number): boolean {
    if (s === e) return true;
    if (this.first[b[s]] === 0) return false;
    const candidates = this.byLength.get(e - s);
    if (candidates === undefined) return false;
    for (const token of candidates) {
      let k = 0;
      while (k < token.length && b[s + k] === token[k]) k++;
      if (k === token.length) return true;
    }
    return false;
  }

  /** True when `text` is empty or a token. */
  has(text: string): boolean {
    return text === '' || this.texts.has(text);
  }
}
