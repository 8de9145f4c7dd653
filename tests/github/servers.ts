/**
 * Local servers for the GitHub contract tests, all on 127.0.0.1 and stopped by the tests:
 * - Prism serving GitHub's own OpenAPI description (@octokit/openapi) in validation mode, so every
 *   request mlgate sends is checked against GitHub's schema;
 * - a recorder in front of it (or of a scripted fake) that keeps every request: method, path,
 *   query, headers and JSON body, with the status and Prism's schema violations of each.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/run-dist.js';

export const OPENAPI = join(
  REPO_ROOT,
  'node_modules',
  '@octokit',
  'openapi',
  'generated',
  'api.github.com.json'
);
const PRISM = join(REPO_ROOT, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** The body's bytes, for requests that are not JSON (an artifact's zip). */
  readonly raw: Buffer;
  status: number;
  /** Prism's `sl-violations` about the request (schema errors in what we sent). */
  violations: unknown[];
}

export interface Reply {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export type Handler = (request: RecordedRequest) => Promise<Reply> | Reply;

export interface Recorder {
  readonly url: string;
  readonly requests: RecordedRequest[];
  stop(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType?.includes('json') !== true) return undefined;
  return JSON.parse(raw.toString('utf8')) as unknown;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An HTTP server that records every request and answers with `handler`. */
export async function startRecorder(handler: Handler): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const raw = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === 'string') headers[name] = value;
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body: parseBody(raw, request.headers['content-type']),
        raw,
        status: 0,
        violations: []
      };
      requests.push(recorded);
      try {
        const reply = await handler(recorded);
        recorded.status = reply.status;
        const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
        response.writeHead(reply.status, {
          ...(body === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
          ...reply.headers
        });
        response.end(body);
      } catch (error) {
        recorded.status = 599;
        response.writeHead(599);
        response.end(String(error));
      }
    })();
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      })
  };
}

/** A handler that forwards to Prism and keeps its verdict on the request. */
export function forwardTo(upstream: string): Handler {
  return async (request) => {
    const query = new URLSearchParams(request.query).toString();
    const response = await fetch(`${upstream}${request.path}${query === '' ? '' : `?${query}`}`, {
      method: request.method,
      // octokit asks for application/vnd.github.v3+json, a media type Prism cannot match to the spec.
      headers: {
        accept: 'application/json',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' })
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) })
    });
    const text = await response.text();
    const body = text === '' ? undefined : (JSON.parse(text) as unknown);
    // Prism reports a bad request in the `sl-violations` header when the spec has an error answer
    // to send (locations start with `request` or `response`), and in a problem+json body
    // (`validation`, locations within the request) when it makes the 422 up itself.
    const header = JSON.parse(response.headers.get('sl-violations') ?? '[]') as { location?: string[] }[];
    const made = (response.headers.get('content-type') ?? '').includes('problem+json')
      ? ((body as { validation?: { location?: string[] }[] }).validation ?? [])
      : [];
    request.violations = [
      ...header.filter((violation) => violation.location?.[0] === 'request'),
      ...made.map((violation) => ({ ...violation, location: ['request', ...(violation.location ?? [])] }))
    ];
    // Prism's example Link headers point at api.github.com; they are not passed on.
    return { status: response.status, ...(body === undefined ? {} : { body }) };
  };
}

export interface Prism {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts Prism on a free port with GitHub's REST description, validating requests; waits until it listens. */
export async function startPrism(): Promise<Prism> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [PRISM, 'mock', '-h', '127.0.0.1', '-p', String(port), '--errors', '-v', 'warn', OPENAPI],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let log = '';
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  // Loading GitHub's 13 MB description takes Prism several seconds; poll until it answers.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`Prism did not answer in 120 s:\n${log}`);
    }
    try {
      await fetch(`${url}/rate_limit`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      })
  };
}
