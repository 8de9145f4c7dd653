import type { Command } from '../../runtime/command.js';
import { commandInfo } from '../commands.js';
import { input } from '../../runtime/inputs.js';

// No comment-policy inputs here: the gate's run recorded its own in the bundle, and the root
// action would otherwise apply its defaults over it.
export const publishReportInputs = {
  'report-dir': input.text(
    'The downloaded report bundle: a folder with <gate>.bundle.json files (searched three folders deep).',
    { default: 'mlgate-report' }
  ),
  'github-token': input.secret('Token for check runs and PR comments.')
};

/** publish-report: posts saved report bundles (the fork-safe second half of reporting). */
export const publishReport: Command<typeof publishReportInputs> = {
  ...commandInfo('publish-report'),
  inputs: publishReportInputs,
  outputs: {
    'check-run-id': 'Id of the check run, when one was posted.',
    'comment-url': 'URL of the sticky pull-request comment, when one was posted or updated.'
  },
  async run(inputs, host) {
    // Octokit loads with the command that needs it, not with every CLI run.
    const { publishBundles } = await import('../../github/publish-bundle.js');
    const published = await publishBundles(
      { dir: inputs['report-dir']!, token: inputs['github-token'] },
      host.env,
      host.logger
    );
    const refused: string[] = [];
    for (const { file, outcome } of published) {
      if (outcome.checkRun !== undefined) host.setOutput('check-run-id', String(outcome.checkRun.id));
      if (outcome.comment?.url !== undefined) host.setOutput('comment-url', outcome.comment.url);
      for (const { what, refusal } of outcome.refusals)
        refused.push(
          `${file}: the ${what} was refused (${refusal.status ?? 'no answer'}: ${refusal.message})`
        );
    }
    return refused.length === 0
      ? { ok: true, message: '' }
      : {
          ok: false,
          message: `publish-report: ${refused.join('; ')}. The publishing workflow needs \`checks: write\` and \`pull-requests: write\`.`
        };
  }
};
