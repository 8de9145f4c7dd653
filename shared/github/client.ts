/**
 * The one way mlgate talks to GitHub's REST API: octokit with retries (5xx and network errors, with
 * backoff), throttling (primary and secondary rate limits, waiting a bounded time), the GHES base URL
 * from GITHUB_API_URL, and `mlgate/<version>` as the user agent. octokit's own log goes to debug, so
 * the layer above decides what users see (and warns once).
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../runtime/logger.js';
import { MLGATE_VERSION } from '../runtime/version.js';

const MlgateOctokit = Octokit.plugin(retry, throttling);

/** An authenticated client with retries and throttling. */
export type GitHubClient = InstanceType<typeof MlgateOctokit>;

export interface ClientOptions {
  readonly token: string;
  /** REST API root: https://api.github.com, or https://HOST/api/v3 on GHES. */
  readonly baseUrl: string;
  readonly logger: Logger;
  /** Longest wait for a rate limit to reset before giving up (seconds). */
  readonly maxRateLimitWait?: number;
  /** Retries on a rate limit, and on a 5xx or network error. */
  readonly retries?: number;
  /** Per-request timeout (milliseconds). */
  readonly timeoutMs?: number;
}

/** A client for the repository's API, as the token allows. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const { logger } = options;
  const maxWait = options.maxRateLimitWait ?? 60;
  const retries = options.retries ?? 3;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      if (retryCount < retries && retryAfter <= maxWait) {
        logger.info(
          `GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`
        );
        return true;
      }
      logger.debug(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: not waiting ${retryAfter}s`
      );
      return false;
    };
  return new MlgateOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: `mlgate/${MLGATE_VERSION}`,
    log: {
      debug: (message: string) => {
        logger.debug(message);
      },
      info: (message: string) => {
        logger.debug(message);
      },
      warn: (message: string) => {
        logger.debug(message);
      },
      error: (message: string) => {
        logger.debug(message);
      }
    },
    request: {
      // A hung connection would hold the step; a timeout surfaces as a retryable network error.
      fetch: (url: string | URL | Request, init?: RequestInit) =>
        fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) })
    },
    // 429 is the throttling plugin's to retry: it honours retry-after and the bounded wait, where
    // the retry plugin would back off blindly. 403s are refusals (or rate limits, also throttling's).
    retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary')
    }
  });
}
