import { input } from '../runtime/inputs.js';

/** When the sticky PR comment is posted. */
export const COMMENT_MODES = ['off', 'on-failure', 'always'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
/** What happens to the sticky comment once the gate passes with no failing check. */
export const COMMENT_ON_PASS = ['update', 'delete'] as const;
export type CommentOnPass = (typeof COMMENT_ON_PASS)[number];
/** Whether a gate posts to GitHub itself, or only leaves the bundle for `mlgate publish-report`. */
export const PUBLISH_MODES = ['auto', 'bundle'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/** The reporting inputs every gate takes, besides `report-dir` and `github-token`. */
export const reportingInputs = {
  'check-name': input.text('Name of the check run. Default: `mlgate / <gate>`.'),
  comment: input.choice(
    'When to post the sticky pull-request comment (one per gate and config, edited in place).',
    COMMENT_MODES,
    'always'
  ),
  'comment-on-pass': input.choice(
    'What to do with the sticky comment when the gate later passes with no failing check.',
    COMMENT_ON_PASS,
    'update'
  ),
  publish: input.choice(
    'auto: post the check run and comment when the token allows (else warn once and keep the report bundle); bundle: only write and upload the bundle, for `mlgate publish-report` in a workflow_run workflow (fork-safe reporting).',
    PUBLISH_MODES,
    'auto'
  ),
  'upload-report': input.flag(
    'Upload the report bundle (verdict JSON, markdown, HTML, JUnit) as a workflow artifact, in Actions.',
    true
  ),
  'artifact-name': input.text('Name of the report artifact. Default: `mlgate-<gate>`.')
};

/** The typed reporting settings a gate passes to `publishVerdict`. */
export interface ReportingOptions {
  readonly reportDir: string;
  readonly token?: string;
  readonly checkName?: string;
  readonly comment: CommentMode;
  readonly commentOnPass: CommentOnPass;
  readonly publish: PublishMode;
  readonly upload: boolean;
  readonly artifactName?: string;
  /** The sticky comment's identity within the gate (see `reportKey`). */
  readonly key: string;
}

/** The reporting settings from a gate's inputs. */
export function reportingOptions(
  inputs: {
    readonly 'report-dir': string | undefined;
    readonly 'github-token': string | undefined;
    readonly 'check-name': string | undefined;
    readonly comment: CommentMode;
    readonly 'comment-on-pass': CommentOnPass;
    readonly publish: PublishMode;
    readonly 'upload-report': boolean;
    readonly 'artifact-name': string | undefined;
  },
  key: string
): ReportingOptions {
  return {
    reportDir: inputs['report-dir'] ?? 'mlgate-report',
    ...(inputs['github-token'] === undefined ? {} : { token: inputs['github-token'] }),
    ...(inputs['check-name'] === undefined ? {} : { checkName: inputs['check-name'] }),
    comment: inputs.comment,
    commentOnPass: inputs['comment-on-pass'],
    publish: inputs.publish,
    upload: inputs['upload-report'],
    ...(inputs['artifact-name'] === undefined ? {} : { artifactName: inputs['artifact-name'] }),
    key
  };
}
