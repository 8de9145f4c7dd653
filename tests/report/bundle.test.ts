/**
 * @jest-environment ./tests/model/onnxruntime-environment.mjs
 */
/**
 * The report bundle: written by a gate, read back by publish-report as untrusted input.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateThresholds } from '../../shared/cli/commands/evaluate-thresholds.js';
import { validateData } from '../../shared/cli/commands/validate-data.js';
import { findBundles, readBundle } from '../../shared/report/bundle.js';
import { renderReport } from '../../shared/report/render.js';
import { detailsFit, isDataDetails } from '../../shared/report/verdict-schema.js';
import { execute, ExitCode } from '../../shared/runtime/command.js';
import { REPO_ROOT } from '../helpers/run-dist.js';
import { RecordingHost } from '../helpers/recording-host.js';

let reportDir: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-bundle-'));
  const data = join(dir, 'people.csv');
  copyFileSync(join(REPO_ROOT, 'tests', 'checks', 'fixtures', 'people.csv'), data);
  reportDir = join(dir, 'report');
  const host = new RecordingHost({
    data,
    reference: data,
    expect: 'id: unique; age: between 18 90',
    'report-dir': reportDir
  });
  await execute(validateData, host);
});

/** A copy of the bundle with `change` applied to its JSON, in a folder of its own. */
function tampered(
  change: (bundle: Record<string, unknown>) => void,
  file = 'validate-data.bundle.json'
): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-tampered-'));
  for (const name of ['validate-data.json', 'validate-data.bundle.json'])
    copyFileSync(join(reportDir, name), join(dir, name));
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(path, JSON.stringify(json));
  return join(dir, 'validate-data.bundle.json');
}

describe('the report bundle', () => {
  it('holds the verdict, its renderings and where to post them', async () => {
    const [file] = await findBundles(join(reportDir, '..'));
    expect(file).toBe(join(reportDir, 'validate-data.bundle.json'));
    const { bundle, verdict, report } = await readBundle(file);
    expect(bundle).toEqual({
      mlgate: { bundle: 1, version: '0.1.0' },
      gate: 'validate-data',
      key: expect.stringMatching(/^[0-9a-f]{12}$/),
      checkName: 'mlgate / validate-data',
      comment: 'always',
      commentOnPass: 'update',
      files: {
        verdict: 'validate-data.json',
        markdown: 'validate-data.md',
        html: 'validate-data.html',
        junit: 'validate-data.junit.xml'
      },
      posted: { checkRun: false, comment: false }
    });
    // The schema publish-report reads with covers what validate-data writes: the data renderers apply.
    expect(isDataDetails(verdict.details)).toBe(true);
    expect(report.markdown).toBe(readFileSync(join(reportDir, 'validate-data.md'), 'utf8').trimEnd());
    expect(report.html).toBe(readFileSync(join(reportDir, 'validate-data.html'), 'utf8'));
    expect(renderReport(verdict)).toEqual(report);
  });

  it('refuses bundles that point outside their folder or carry forged fields', async () => {
    await expect(
      readBundle(
        tampered((bundle) => {
          (bundle.files as Record<string, string>).verdict = '../../etc/passwd';
        })
      )
    ).rejects.toThrow(
      'validate-data.bundle.json: not an mlgate report bundle: files.verdict: expected a file name in the bundle folder'
    );
    await expect(
      readBundle(
        tampered((bundle) => {
          bundle.key = 'x --> <img>';
        })
      )
    ).rejects.toThrow(/not an mlgate report bundle: key:/);
    await expect(
      readBundle(
        tampered((bundle) => {
          bundle.github = { repository: 'a/b', eventName: 'pull_request', headSha: 'main', fork: true };
        })
      )
    ).rejects.toThrow(/not an mlgate report bundle: github\.headSha:/);
    await expect(
      readBundle(
        tampered((verdict) => {
          verdict.gate = '../x';
        }, 'validate-data.json')
      )
    ).rejects.toThrow(/validate-data\.json: not an mlgate verdict: gate:/);
  });

  it('renders a verdict whose details are not validate-data’s with the generic renderer', async () => {
    const { report } = await readBundle(
      tampered((json) => {
        json.details = { data: 'not an object' };
      }, 'validate-data.json')
    );
    const { markdown, html } = report;
    expect(markdown.split('\n')[0]).toMatch(/^### ❌ mlgate validate-data: /);
    expect(markdown).not.toContain('Profile');
    expect(html).toContain('<h2>Checks</h2>');
  });

  it('renders an evaluate-thresholds verdict read back with its own renderers', async () => {
    // The gates render their own verdicts without the schema; this holds the evaluation schema to
    // what evaluate-thresholds writes, so a bundle read back renders the same.
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-bundle-evaluate-'));
    const fixtures = join(REPO_ROOT, 'tests', 'model', 'fixtures');
    const evaluateDir = join(dir, 'report');
    const outcome = await execute(
      evaluateThresholds,
      new RecordingHost({
        model: join(fixtures, 'logreg-binary.onnx'),
        data: join(fixtures, 'numeric.csv'),
        target: 'binary',
        thresholds: 'accuracy >= 0.5',
        'report-dir': evaluateDir
      })
    );
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    const { verdict, report } = await readBundle(join(evaluateDir, 'evaluate-thresholds.bundle.json'));
    expect(verdict.gate).toBe('evaluate-thresholds');
    expect(detailsFit(verdict)).toBe(true);
    expect(report.markdown).toBe(readFileSync(join(evaluateDir, 'evaluate-thresholds.md'), 'utf8').trimEnd());
    expect(report.html).toBe(readFileSync(join(evaluateDir, 'evaluate-thresholds.html'), 'utf8'));
  });

  it('says which folder has no bundle', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'mlgate-empty-'));
    mkdirSync(join(empty, 'a'));
    expect(await findBundles(empty)).toEqual([]);
    await expect(findBundles(join(empty, 'missing'))).rejects.toThrow(
      /missing: cannot read the report directory \(ENOENT\)/
    );
  });
});
