import { errorMessage } from '../runtime/errors.js';

/** Why a GitHub call did not go through, in the terms a user can act on. */
export type RefusalKind = 'read-only' | 'not-found' | 'unauthorized' | 'rate-limited' | 'rejected' | 'failed';

export interface Refusal {
  readonly kind: RefusalKind;
  readonly status?: number;
  /** GitHub's message (no token: octokit redacts the authorization header, and we never log requests). */
  readonly message: string;
}

function status(error: unknown): number | undefined {
  const value = (error as { status?: unknown } | null)?.status;
  return typeof value === 'number' ? value : undefined;
}

/** Classifies anything a GitHub call threw. */
export function refusalOf(error: unknown): Refusal {
  const code = status(error);
  const message = errorMessage(error).split('\n')[0] ?? '';
  if (code === undefined || code >= 500)
    return { kind: 'failed', ...(code === undefined ? {} : { status: code }), message };
  if (code === 429 || /rate limit/i.test(message)) return { kind: 'rate-limited', status: code, message };
  if (code === 403) return { kind: 'read-only', status: code, message };
  if (code === 404) return { kind: 'not-found', status: code, message };
  if (code === 401) return { kind: 'unauthorized', status: code, message };
  return { kind: 'rejected', status: code, message };
}

/** True when the token may not write here: a fork's read-only token, or missing permissions. */
export function isPermissionRefusal(refusal: Refusal): boolean {
  return refusal.kind === 'read-only' || refusal.kind === 'not-found' || refusal.kind === 'unauthorized';
}
