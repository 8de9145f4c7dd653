/**
 * Parsing and validating a config file's text: YAML, then the config schema, with errors that name
 * the file, line and column. Loaded only when there is a config file (see load.ts).
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import {
  CATALOGUE,
  EXPECTATION_NAMES,
  isExpectationName,
  type ExpectationName
} from '../checks/catalogue.js';
import { ConfigurationError } from '../runtime/errors.js';
import { didYouMean } from '../runtime/suggest.js';
import type { LoadedConfig } from './load.js';
import { locate } from './locate.js';
import { configSchema } from './schema.js';

/** Parses config text; errors read `file:line:column: message`. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax = document.errors[0];
  if (syntax !== undefined) {
    const position = lines.linePos(syntax.pos[0]);
    throw new ConfigurationError(
      `${file}:${position.line}:${position.col}: invalid YAML: ${syntax.message.split('\n')[0]}`
    );
  }
  const raw: unknown = document.toJS() ?? {};
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const { path, key, message } = describeIssue(issue, raw);
    const at = locate(document, lines, path, key);
    throw new ConfigurationError(`${file}:${at.line}:${at.column}: ${formatPath(path, key)}${message}`);
  }
  return {
    file,
    config: result.data,
    position: (path) => locate(document, lines, path)
  };
}

function formatPath(path: readonly PropertyKey[], key?: string): string {
  const parts = [...path, ...(key === undefined ? [] : [key])].map(String);
  return parts.length === 0 ? '' : `${parts.join('.')}: `;
}

interface Described {
  readonly path: readonly PropertyKey[];
  readonly key?: string;
  readonly message: string;
}

/** Turns a zod issue into a message a person can act on (with "did you mean" for typos). */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): Described {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const name = String(issue.path[5]);
    if (isExpectationPath(issue.path.slice(0, 5)) && isExpectationName(name)) {
      return { path: issue.path, key, message: unknownArgument(name, key) };
    }
    const known = knownKeys(issue.path);
    return { path: issue.path, key, message: `unknown key \`${key}\`${didYouMean(key, known)}` };
  }
  if (issue.code === 'invalid_union' && isExpectationPath(issue.path)) {
    return describeExpectation(issue.path, valueAt(raw, issue.path));
  }
  return { path: issue.path, message: issue.message.replace(/^Invalid input: /, '') };
}

function isExpectationPath(path: readonly PropertyKey[]): boolean {
  return path.length === 5 && path[0] === 'data' && path[1] === 'suites' && path[3] === 'expectations';
}

/** Explains why an entry of a suite's `expectations` list is not a known expectation. */
function describeExpectation(path: readonly PropertyKey[], entry: unknown): Described {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    return { path, message: 'expected a mapping `expect_…: { column: …, … }`' };
  }
  const keys = Object.keys(entry);
  if (keys.length !== 1) {
    return {
      path,
      message: `expected exactly one expectation name per list item, found ${keys.length}: ${keys.join(', ')}`
    };
  }
  const name = keys[0];
  if (!isExpectationName(name)) {
    return {
      path,
      key: name,
      message: `unknown expectation \`${name}\`${didYouMean(name, EXPECTATION_NAMES)}`
    };
  }
  const kwargs = (entry as Record<string, unknown>)[name] ?? {};
  const result = CATALOGUE[name].kwargs.safeParse(kwargs);
  if (result.success) return { path, message: 'invalid expectation' };
  const inner = result.error.issues[0];
  const innerPath = [...path, name, ...inner.path];
  if (inner.code === 'unrecognized_keys') {
    const key = inner.keys[0];
    return { path: innerPath, key, message: unknownArgument(name, key) };
  }
  return { path: innerPath, message: inner.message.replace(/^Invalid input: /, '') };
}

function unknownArgument(name: ExpectationName, key: string): string {
  return `unknown argument \`${key}\` of ${name}${didYouMean(key, Object.keys(CATALOGUE[name].kwargs.shape))}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The keys the schema allows at `path`, for suggestions. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = configSchema;
  for (const segment of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject)
      schema = (schema.shape as Record<string, z.ZodType>)[String(segment)] ?? z.never();
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
