/**
 * The report bundle: what a gate leaves in its report directory (and uploads as an artifact) so that
 * `mlgate publish-report`, in a later workflow with write permission, can post the check run and
 * the comment: the verdict, its renderings, and `<gate>.bundle.json` recording where to post (repo,
 * pull request, head SHA) and how (check name, comment policy, marker key). Read back, a bundle is
 * untrusted (a fork's workflow may have written it), so it is parsed strictly (bundle.ts); this
 * module holds only its format, for the gates that write one.
 */
import { join } from 'node:path';
import type { CommentMode, CommentOnPass } from './options.js';

export const BUNDLE_VERSION = 1;
export const BUNDLE_SUFFIX = '.bundle.json';

/** Where the verdict belongs on GitHub, as the gate's run saw it. */
export interface BundleGitHub {
  /** owner/name */
  readonly repository: string;
  readonly eventName: string;
  /** The pull request's head commit (not the merge commit), or the pushed commit. */
  readonly headSha: string;
  readonly headRef?: string;
  readonly pullRequest?: number;
  /** The pull request comes from a fork (its token is read-only). */
  readonly fork: boolean;
  readonly runId?: string;
}

export interface ReportBundle {
  readonly mlgate: { readonly bundle: typeof BUNDLE_VERSION; readonly version: string };
  readonly gate: string;
  readonly key: string;
  readonly checkName: string;
  readonly comment: CommentMode;
  readonly commentOnPass: CommentOnPass;
  /** File names in the bundle's folder. */
  readonly files: {
    readonly verdict: string;
    readonly markdown: string;
    readonly html: string;
    readonly junit: string;
  };
  readonly github?: BundleGitHub;
  /** What the gate's own run already posted (publish-report skips it). */
  readonly posted: { readonly checkRun: boolean; readonly comment: boolean };
}

/** The bundle file of a gate in a report directory. */
export function bundleFile(reportDir: string, gate: string): string {
  return join(reportDir, `${gate}${BUNDLE_SUFFIX}`);
}
