/**
 * The fork-safe workflow pair in workflows-examples/ fits together and uses only inputs the actions
 * declare: the publishing workflow waits for the validating one by name, downloads the artifact the
 * gate uploads, and runs publish-report.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/run-dist.js';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[]; types?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

function load(path: string): Workflow {
  return parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as Workflow;
}

function inputsOf(actionYml: string): string[] {
  return Object.keys((parse(readFileSync(join(REPO_ROOT, actionYml), 'utf8')) as { inputs: object }).inputs);
}

describe('the fork-safe workflow pair', () => {
  const validate = load('workflows-examples/fork-safe-validate.yml');
  const publish = load('workflows-examples/fork-safe-publish.yml');

  it('validates on pull_request with a read-only token and only saves the bundle', () => {
    expect(Object.keys(validate.on)).toEqual(['pull_request']);
    expect(validate.permissions).toEqual({ contents: 'read' });
    const step = validate.jobs['validate-data'].steps.find((candidate) =>
      candidate.uses?.includes('validate-data')
    );
    expect(step?.with?.publish).toBe('bundle');
    const declared = inputsOf('actions/validate-data/action.yml');
    for (const name of Object.keys(step!.with!)) expect(declared).toContain(name);
  });

  it('publishes on workflow_run of that workflow, with write permission, through publish-report', () => {
    expect(publish.on.workflow_run).toEqual({ workflows: [validate.name], types: ['completed'] });
    expect(publish.permissions).toEqual({ actions: 'read', checks: 'write', 'pull-requests': 'write' });
    const steps = publish.jobs.publish.steps;
    const download = steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
    // The gate uploads `mlgate-<gate>`; the pattern takes every gate's bundle.
    expect(download?.with).toMatchObject({
      pattern: 'mlgate-*',
      'run-id': '${{ github.event.workflow_run.id }}'
    });
    const post = steps.find((step) => step.uses === 'mlgate/mlgate@v1');
    expect(post?.with).toEqual({ command: 'publish-report', 'report-dir': download!.with!.path });
    expect(steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
    const declared = inputsOf('action.yml');
    for (const name of Object.keys(post!.with!)) expect(declared).toContain(name);
  });
});
