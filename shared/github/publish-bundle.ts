/**
 * `mlgate publish-report`: posts saved report bundles from a workflow that may write (a
 * `workflow_run` workflow following a fork's pull-request workflow). The bundle is untrusted: the
 * fork's workflow wrote it. So the repository is this run's own, the commit must be the head of the
 * run that triggered this one, the pull request must have that head, and the markdown is rendered
 * again from the parsed verdict (the bundle's own .md is never posted).
 */
import { readBundle, findBundles } from '../report/bundle.js';
import type { ReportBundle } from '../report/bundle-format.js';
import { ConfigurationError, DataError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { GitHubClient } from './client.js';
import { fromPayload, readEventPayload, type Repository } from './context.js';
import { refusalOf } from './errors.js';
import { clientFor, postReport, type PostOutcome } from './post-report.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface PublishBundlesOptions {
  readonly dir: string;
  readonly token: string | undefined;
}

export interface PublishedBundle {
  readonly file: string;
  readonly gate: string;
  readonly outcome: PostOutcome;
}

interface PublishEnvironment {
  readonly repository: Repository;
  readonly apiUrl: string;
  readonly eventName: string;
  readonly headSha?: string;
  readonly eventPullRequests: readonly number[];
  readonly runUrl?: string;
}

async function publishEnvironment(env: Env): Promise<PublishEnvironment> {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === undefined || owner === '' || repo === undefined || repo === '' || rest.length > 0)
    throw new ConfigurationError('GITHUB_REPOSITORY must name the repository to post to (owner/name)');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = await readEventPayload(env);
  const fromEvent = fromPayload(eventName, payload);
  const workflowRun = payload.workflow_run as { html_url?: unknown } | undefined;
  return {
    repository: { owner, repo },
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    ...(eventName === 'workflow_run' && fromEvent.headSha !== undefined
      ? { headSha: fromEvent.headSha }
      : {}),
    eventPullRequests: fromEvent.eventPullRequests,
    ...(typeof workflowRun?.html_url === 'string' ? { runUrl: workflowRun.html_url } : {})
  };
}

/** Whether the pull request's head is still the bundle's commit (so the comment belongs there). */
async function pullRequestMatches(
  client: GitHubClient,
  where: PublishEnvironment,
  number: number,
  headSha: string,
  logger: Logger
): Promise<boolean> {
  if (where.eventPullRequests.includes(number)) return true;
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...where.repository,
      pull_number: number
    });
    if (data.head.sha === headSha) return true;
    logger.warning(
      `Not commenting on pull request #${number}: its head is ${data.head.sha.slice(0, 7)}, the report is for ${headSha.slice(0, 7)} (a newer push, or a report that names the wrong pull request).`
    );
  } catch (error) {
    logger.warning(
      `Not commenting on pull request #${number}: cannot read it (${refusalOf(error).message}).`
    );
  }
  return false;
}

function checkTrust(
  bundle: ReportBundle,
  where: PublishEnvironment,
  file: string
): NonNullable<ReportBundle['github']> {
  const github = bundle.github;
  if (github === undefined)
    throw new DataError(
      `${file}: the bundle was not written in GitHub Actions, so it names no commit to post to`
    );
  const expected = `${where.repository.owner}/${where.repository.repo}`;
  if (github.repository.toLowerCase() !== expected.toLowerCase())
    throw new DataError(`${file}: the bundle is for ${github.repository}, this run posts to ${expected}`);
  if (where.headSha !== undefined && github.headSha !== where.headSha)
    throw new DataError(
      `${file}: the bundle is for commit ${github.headSha}, the workflow run that triggered this one is for ${where.headSha}`
    );
  return github;
}

/** Posts every bundle under `options.dir`; returns what each posted. Throws when nothing is there to post. */
export async function publishBundles(
  options: PublishBundlesOptions,
  env: Env,
  logger: Logger
): Promise<PublishedBundle[]> {
  const files = await findBundles(options.dir);
  if (files.length === 0)
    throw new DataError(
      `${options.dir}: no report bundle (<gate>.bundle.json) here; download the gate's artifact (mlgate-<gate>) into it first`
    );
  if (options.token === undefined)
    throw new ConfigurationError('input `github-token` is required to post reports');
  const where = await publishEnvironment(env);
  const client = clientFor(options.token, where.apiUrl, logger);
  const published: PublishedBundle[] = [];
  for (const file of files) {
    const { bundle, verdict, report } = await readBundle(file);
    const github = checkTrust(bundle, where, file);
    const comment =
      github.pullRequest !== undefined &&
      !bundle.posted.comment &&
      (await pullRequestMatches(client, where, github.pullRequest, github.headSha, logger));
    const outcome = await postReport(
      client,
      {
        verdict,
        markdown: report.markdown,
        target: {
          repository: where.repository,
          headSha: github.headSha,
          ...(github.headRef === undefined ? {} : { headRef: github.headRef }),
          ...(comment ? { pullRequest: github.pullRequest } : {}),
          ...(where.runUrl === undefined ? {} : { runUrl: where.runUrl })
        },
        checkName: bundle.checkName,
        comment: bundle.comment,
        commentOnPass: bundle.commentOnPass,
        key: bundle.key,
        skip: { checkRun: bundle.posted.checkRun },
        reportNote:
          'The full report (HTML, JUnit, verdict JSON) is in the report artifact of the pull request’s workflow run.'
      },
      logger
    );
    published.push({ file, gate: bundle.gate, outcome });
  }
  return published;
}
