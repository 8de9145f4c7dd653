import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * The line:column (1-based) of the value at `path` in a parsed YAML document, or of the key `key`
 * inside it when given. Falls back to the deepest ancestor that exists.
 */
export function locate(
  document: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key?: string
): Position {
  let node: Node | null = document.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of path) {
    if (node === null || typeof segment === 'symbol') break;
    const child: unknown = (node as { get?: (k: unknown, keep: boolean) => unknown }).get?.(segment, true);
    if (child === undefined || child === null || typeof child !== 'object' || !('range' in child)) break;
    node = child as Node;
    offset = node.range?.[0] ?? offset;
  }
  if (key !== undefined && node !== null && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair !== undefined && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
  }
  const position = lines.linePos(offset);
  return { line: position.line, column: position.col };
}
