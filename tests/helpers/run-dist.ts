/**
 * Contract-test helper: runs a committed `dist/<name>/index.js` under Node 24 exactly as the Actions
 * runner does: a copy of dist/ in a folder with no node_modules, INPUT_* variables with the runner's
 * name mangling and the action.yml defaults applied, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * GITHUB_EVENT_PATH files, GITHUB_WORKSPACE as the working directory. Returns what it wrote.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
let distCopy: string | undefined;

/** One copy of dist/ per test process, outside the repository (so nothing resolves node_modules). */
function copiedDist(): string {
  if (distCopy === undefined) {
    const base = mkdtempSync(join(tmpdir(), 'mlgate-dist-'));
    cpSync(join(ROOT, 'dist'), join(base, 'dist'), { recursive: true });
    distCopy = base;
  }
  return distCopy;
}

export interface Annotation {
  readonly level: string;
  readonly message: string;
  readonly properties: Record<string, string>;
}

export interface DistRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly annotations: Annotation[];
  /** The `::set-failed`/`::error` message the step failed with, if any. */
  readonly failure?: string;
}

export interface DistOptions {
  /** `with:` inputs, by their action.yml names. */
  readonly inputs?: Record<string, string>;
  /** The workspace (working directory); a fresh temp dir by default. */
  readonly workspace?: string;
  /** The webhook event payload written to GITHUB_EVENT_PATH. */
  readonly event?: unknown;
  readonly eventName?: string;
  readonly env?: Record<string, string>;
  /** The action.yml to take defaults from: actions/<name>/action.yml, or the root action.yml for `mlgate`. */
  readonly action?: string;
}

/** The runner's INPUT_ name: spaces become underscores, upper-cased; hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` blocks (and plain `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const value: string[] = [];
      for (index++; index < lines.length && lines[index] !== heredoc[2]; index++) value.push(lines[index]);
      outputs[heredoc[1]] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function unescapeCommand(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** Workflow commands (`::error file=a,line=3::message`) printed on stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (match === null) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',')) {
      if (pair === '') continue;
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescapeCommand(pair.slice(equals + 1));
    }
    annotations.push({ level: match[1], message: unescapeCommand(match[3]), properties });
  }
  return annotations;
}

/** Runs `dist/<name>/index.js` as the runner would. */
export async function runDist(name: string, options: DistOptions = {}): Promise<DistRun> {
  const dist = copiedDist();
  const files = mkdtempSync(join(tmpdir(), 'mlgate-runner-'));
  const workspace = options.workspace ?? join(files, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  const eventFile = join(files, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));

  const actionFile =
    options.action ??
    (name === 'mlgate' ? join(ROOT, 'action.yml') : join(ROOT, 'actions', name, 'action.yml'));
  const action = parse(readFileSync(actionFile, 'utf8')) as { inputs?: Record<string, { default?: string }> };
  const token = options.env?.GITHUB_TOKEN ?? '';
  const inputs: Record<string, string> = {};
  for (const [input, def] of Object.entries(action.inputs ?? {})) {
    if (def.default !== undefined)
      inputs[inputVariable(input)] = def.default.replace('${{ github.token }}', token);
  }
  for (const [input, value] of Object.entries(options.inputs ?? {})) inputs[inputVariable(input)] = value;

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? files,
    TMPDIR: tmpdir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: files,
    RUNNER_OS: 'Linux',
    ...inputs,
    ...options.env
  };
  const script = join(dist, 'dist', name, 'index.js');
  if (!existsSync(script)) throw new Error(`no ${script}: run npm run build`);
  const child = spawn(process.execPath, [script], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => {
      resolve(code ?? -1);
    })
  );
  const annotations = parseAnnotations(stdout);
  const failure = annotations
    .filter((annotation) => annotation.level === 'error' && Object.keys(annotation.properties).length === 0)
    .at(-1)?.message;
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations,
    ...(failure === undefined ? {} : { failure })
  };
}

/** Runs the CLI bundle (`dist/mlgate/index.js <args>`) from a dist copy, as a user's shell would. */
export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> }
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const dist = copiedDist();
  const child = spawn(process.execPath, [join(dist, 'dist', 'mlgate', 'index.js'), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? options.cwd, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve) =>
    child.on('close', (code) => {
      resolve(code ?? -1);
    })
  );
  return { exitCode, stdout, stderr };
}

export const REPO_ROOT = ROOT;
