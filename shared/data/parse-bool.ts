/** Booleans parsed from bytes: `true`/`True`/`TRUE` and `false`/`False`/`FALSE` (pandas' defaults). */

const TRUE_SPELLINGS: readonly string[] = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS: readonly string[] = ['false', 'False', 'FALSE'];

const TRUE_BYTES = TRUE_SPELLINGS.map((text) => Buffer.from(text, 'latin1'));
const FALSE_BYTES = FALSE_SPELLINGS.map((text) => Buffer.from(text, 'latin1'));

function matchesAny(bytes: Uint8Array, start: number, spellings: readonly Uint8Array[]): boolean {
  for (const spelling of spellings) {
    let k = 0;
    while (k < spelling.length && bytes[start + k] === spelling[k]) k++;
    if (k === spelling.length) return true;
  }
  return false;
}

/** 1, 0, or -1 when `bytes[start, end)` is not a boolean. */
export function parseBool(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 4) return matchesAny(bytes, start, TRUE_BYTES) ? 1 : -1;
  if (length === 5) return matchesAny(bytes, start, FALSE_BYTES) ? 0 : -1;
  return -1;
}

/** `parseBool` for a string. */
export function parseBoolText(text: string): number {
  if (TRUE_SPELLINGS.includes(text)) return 1;
  if (FALSE_SPELLINGS.includes(text)) return 0;
  return -1;
}
