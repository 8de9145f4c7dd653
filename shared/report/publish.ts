import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Verdict } from '../gate/verdict.js';
import { canUploadArtifacts, uploadArtifact } from '../github/artifact.js';
import { readGitHubContext, type GitHubContext } from '../github/context.js';
import type { Host } from '../runtime/host.js';
import { MLGATE_VERSION } from '../runtime/version.js';
import { annotationsOf } from './annotations.js';
import { defaultCheckName } from './check-run.js';
import { BUNDLE_VERSION, bundleFile, type ReportBundle } from './bundle-format.js';
import { safeLink } from './comment.js';
import { codeSpan } from './escape.js';
import { renderJunit } from './junit.js';
import type { ReportingOptions } from './options.js';
import { renderReport } from './render.js';

/** Paths of what a gate writes to its report directory: together, the report bundle. */
export interface ReportFiles {
  readonly verdict: string;
  readonly junit: string;
  readonly markdown: string;
  readonly html: string;
  readonly bundle: string;
}

export function reportFiles(reportDir: string, gate: string): ReportFiles {
  return {
    verdict: join(reportDir, `${gate}.json`),
    junit: join(reportDir, `${gate}.junit.xml`),
    markdown: join(reportDir, `${gate}.md`),
    html: join(reportDir, `${gate}.html`),
    bundle: bundleFile(reportDir, gate)
  };
}

export interface Published {
  readonly files: ReportFiles;
  readonly checkRunId?: number;
  readonly commentUrl?: string;
}

/** Where the full report is, for the check run's summary. */
export function reportNote(artifactName: string | undefined, runUrl: string | undefined): string {
  const run = safeLink(runUrl);
  const where = run === undefined ? 'the workflow run' : `the [workflow run](${run})`;
  return artifactName === undefined
    ? `The full report (HTML, JUnit, verdict JSON) is in the job summary of ${where}.`
    : `The full report (HTML, JUnit, verdict JSON) is in the artifact ${codeSpan(artifactName)} of ${where}.`;
}

/**
 * Renders one verdict everywhere: the report bundle (verdict JSON, JUnit XML, markdown, HTML and
 * `<gate>.bundle.json`), the step summary, annotations, the `passed`/`report` outputs, and on GitHub
 * the check run and sticky comment (outputs `check-run-id`, `comment-url`) and the report artifact.
 * Posting and uploading are optional work: a refusal (a fork's read-only token, a missing token, a
 * rate limit) is one warning, and the verdict, exit status and bundle stay as they are.
 */
export async function publishVerdict(
  verdict: Verdict,
  host: Host,
  options: ReportingOptions
): Promise<Published> {
  const files = reportFiles(options.reportDir, verdict.gate);
  const rendered = renderReport(verdict);
  await mkdir(options.reportDir, { recursive: true });
  // Written side by side: each write is an open, a write and a close on libuv's thread pool.
  await Promise.all([
    writeFile(files.verdict, `${JSON.stringify(verdict, null, 2)}\n`),
    writeFile(files.junit, renderJunit(verdict)),
    writeFile(files.markdown, `${rendered.markdown}\n`),
    writeFile(files.html, rendered.html),
    host.appendSummary(rendered.markdown)
  ]);
  for (const annotation of annotationsOf(verdict)) host.annotate(annotation);
  host.setOutput('passed', String(verdict.passed));
  host.setOutput('report', files.verdict);

  const context = await readGitHubContext(host.env);
  const checkName = options.checkName ?? defaultCheckName(verdict.gate);
  const artifactName = options.artifactName ?? `mlgate-${verdict.gate}`;
  const uploading = context !== undefined && options.upload && canUploadArtifacts(host.env);
  const posted = await postToGitHub(verdict, rendered.markdown, host, options, context, {
    checkName,
    bundleHint: `The report bundle is in ${options.reportDir}${uploading ? ` (artifact ${artifactName})` : ''}: post it with \`mlgate publish-report\` from a workflow_run workflow (workflows-examples/fork-safe-publish.yml).`,
    note: reportNote(uploading ? artifactName : undefined, context?.runUrl)
  });
  if (posted.checkRunId !== undefined) host.setOutput('check-run-id', String(posted.checkRunId));
  if (posted.commentUrl !== undefined) host.setOutput('comment-url', posted.commentUrl);

  const bundle: ReportBundle = {
    mlgate: { bundle: BUNDLE_VERSION, version: MLGATE_VERSION },
    gate: verdict.gate,
    key: options.key,
    checkName,
    comment: options.comment,
    commentOnPass: options.commentOnPass,
    files: {
      verdict: `${verdict.gate}.json`,
      markdown: `${verdict.gate}.md`,
      html: `${verdict.gate}.html`,
      junit: `${verdict.gate}.junit.xml`
    },
    ...(context === undefined
      ? {}
      : {
          github: {
            repository: `${context.repository.owner}/${context.repository.repo}`,
            eventName: context.eventName,
            headSha: context.headSha,
            ...(context.headRef === undefined ? {} : { headRef: context.headRef }),
            ...(context.pullRequest === undefined ? {} : { pullRequest: context.pullRequest }),
            fork: context.fork,
            ...(context.runId === undefined ? {} : { runId: context.runId })
          }
        }),
    posted: { checkRun: posted.checkRunId !== undefined, comment: posted.commentDone }
  };
  await writeFile(files.bundle, `${JSON.stringify(bundle, null, 2)}\n`);
  if (uploading) {
    await uploadArtifact(
      artifactName,
      [files.verdict, files.markdown, files.html, files.junit, files.bundle],
      options.reportDir,
      host.env,
      host.logger
    );
  }
  return {
    files,
    ...(posted.checkRunId === undefined ? {} : { checkRunId: posted.checkRunId }),
    ...(posted.commentUrl === undefined ? {} : { commentUrl: posted.commentUrl })
  };
}

async function postToGitHub(
  verdict: Verdict,
  markdown: string,
  host: Host,
  options: ReportingOptions,
  context: GitHubContext | undefined,
  extra: { readonly checkName: string; readonly bundleHint: string; readonly note: string }
): Promise<{ checkRunId?: number; commentUrl?: string; commentDone: boolean }> {
  if (context === undefined) return { commentDone: false };
  if (options.publish === 'bundle') {
    host.logger.info(`publish: bundle: not posting to GitHub. ${extra.bundleHint}`);
    return { commentDone: false };
  }
  if (options.token === undefined) {
    host.logger.warning(
      `mlgate could not post the check run${context.pullRequest === undefined ? '' : ' and comment'}: no github-token. The verdict is unchanged. ${extra.bundleHint}`
    );
    return { commentDone: false };
  }
  // Octokit loads only when there is something to post (a local run never needs it).
  const { clientFor, postReport, refusalWarning } = await import('../github/post-report.js');
  const outcome = await postReport(
    clientFor(options.token, context.apiUrl, host.logger),
    {
      verdict,
      markdown,
      target: {
        repository: context.repository,
        headSha: context.headSha,
        ...(context.headRef === undefined ? {} : { headRef: context.headRef }),
        ...(context.pullRequest === undefined ? {} : { pullRequest: context.pullRequest }),
        ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
        ...(context.workspace === undefined ? {} : { workspace: context.workspace })
      },
      checkName: extra.checkName,
      comment: options.comment,
      commentOnPass: options.commentOnPass,
      key: options.key,
      reportNote: extra.note
    },
    host.logger
  );
  if (outcome.refusals.length > 0)
    host.logger.warning(
      refusalWarning(outcome.refusals, { fork: context.fork, bundleHint: extra.bundleHint })
    );
  const commentFailed = outcome.refusals.some((entry) => entry.what === 'comment');
  return {
    ...(outcome.checkRun === undefined ? {} : { checkRunId: outcome.checkRun.id }),
    ...(outcome.comment?.url === undefined ? {} : { commentUrl: outcome.comment.url }),
    commentDone: context.pullRequest !== undefined && !commentFailed
  };
}
