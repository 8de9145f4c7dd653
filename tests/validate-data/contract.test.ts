/**
 * Contract tests: the committed dist/validate-data bundle run under Node 24 exactly as the runner
 * runs it (tests/helpers/run-dist.ts), and the CLI bundle as a shell runs it.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli, runDist } from '../helpers/run-dist.js';

const PEOPLE = join(REPO_ROOT, 'tests', 'checks', 'fixtures', 'people.csv');

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-ws-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync(PEOPLE, join(dir, 'data', 'people.csv'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('dist/validate-data as the runner runs it', () => {
  it('fails the step on failing checks, with outputs, summary, annotations and report files', async () => {
    const ws = workspace();
    const run = await runDist('validate-data', {
      workspace: ws,
      inputs: {
        data: 'data/people.csv',
        expect:
          'rows: = 2000; id: unique; age: between 18 90; city: in [Paris, Oslo, Berlin, Madrid, Rome] warn'
      }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({
      passed: 'false',
      report: 'mlgate-report/validate-data.json',
      fingerprint: createHash('sha256')
        .update(`${createHash('sha256').update(readFileSync(PEOPLE)).digest('hex')}  data/people.csv\n`)
        .digest('hex'),
      rows: '2000',
      'failed-checks': JSON.stringify([
        'expect_column_values_to_be_unique(id)',
        'expect_column_values_to_be_between(age)',
        'expect_column_values_to_be_in_set(city)'
      ])
    });
    expect(run.failure).toBe(
      'validate-data: 2 failed, 1 warning of 4 checks on 2,000 rows: expect_column_values_to_be_unique(id), expect_column_values_to_be_between(age), expect_column_values_to_be_in_set(city)'
    );
    expect(run.summary.split('\n')[0]).toBe(
      '### ❌ mlgate validate-data: 2 failed, 1 warning of 4 checks on 2,000 rows: expect\\_column\\_values\\_to\\_be\\_unique(id), expect\\_column\\_values\\_to\\_be\\_between(age), expect\\_column\\_values\\_to\\_be\\_in\\_set(city)'
    );
    const rowAnnotations = run.annotations.filter(
      (annotation) => annotation.properties.file === 'data/people.csv'
    );
    expect(rowAnnotations).toHaveLength(5 + 10 + 10);
    expect(rowAnnotations[0]).toEqual({
      level: 'error',
      message:
        'id: 5 of 2,000 non-null values (0.25%) are duplicated (2 repeated values); its value occurs 3 times',
      properties: {
        title: 'mlgate validate-data: expect_column_values_to_be_unique(id)',
        file: 'data/people.csv',
        line: '8'
      }
    });
    expect(rowAnnotations.filter((annotation) => annotation.level === 'warning')).toHaveLength(10);
    const verdict = JSON.parse(readFileSync(join(ws, 'mlgate-report', 'validate-data.json'), 'utf8')) as {
      status: string;
      checks: unknown[];
    };
    expect(verdict.status).toBe('failed');
    expect(verdict.checks).toHaveLength(4);
    const junit = readFileSync(join(ws, 'mlgate-report', 'validate-data.junit.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="mlgate validate-data" tests="4" failures="3"');
    expect(junit).toContain(
      '<testcase classname="mlgate.validate-data" name="expect_table_row_count_to_equal" time="0"></testcase>'
    );
    expect(junit).toContain(
      '<failure type="warning" message="city: 15 of 1,990 non-null values (0.754%) not in {Paris, Oslo, Berlin, Madrid, Rome}">'
    );
  });

  it('passes on good data, and fail-on never reports without failing', async () => {
    const ws = workspace();
    const good = await runDist('validate-data', {
      workspace: ws,
      inputs: { data: 'data/people.csv', expect: 'rows: >= 1; email: not-null' }
    });
    expect(good.exitCode).toBe(0);
    expect(good.outputs.passed).toBe('true');
    expect(good.outputs['failed-checks']).toBe('[]');
    expect(good.summary).toContain('### ✅ mlgate validate-data: all 2 checks passed on 2,000 rows');
    const never = await runDist('validate-data', {
      workspace: ws,
      inputs: { data: 'data/people.csv', expect: 'id: unique', 'fail-on': 'never' }
    });
    expect(never.exitCode).toBe(0);
    expect(never.outputs.passed).toBe('true');
    const warning = await runDist('validate-data', {
      workspace: ws,
      inputs: { data: 'data/people.csv', expect: 'id: unique warn', 'fail-on': 'warning' }
    });
    expect(warning.exitCode).toBe(1);
  });

  it('runs a config suite with drift against a reference', async () => {
    const ws = workspace({
      'mlgate.yml':
        'data:\n  suites:\n    s:\n      expectations:\n        - expect_column_values_to_not_be_null: { column: email }\n  drift:\n    columns: { id: { skip: true } }\n'
    });
    const run = await runDist('validate-data', {
      workspace: ws,
      inputs: { data: 'data/people.csv', reference: 'data/people.csv' }
    });
    expect(run.exitCode).toBe(0);
    const verdict = JSON.parse(readFileSync(join(ws, run.outputs.report), 'utf8')) as {
      details: {
        drift: { driftedColumns: number; columns: { column: string; method: string; pValue?: number }[] };
      };
    };
    expect(verdict.details.drift.driftedColumns).toBe(0);
    expect(verdict.details.drift.columns.map((column) => `${column.column}:${column.method}`)).toEqual([
      'age:wasserstein',
      'income:wasserstein',
      'cost:wasserstein',
      'score:wasserstein',
      'city:jensenshannon',
      'email:jensenshannon',
      'seq:wasserstein'
    ]);
    expect(run.summary).toContain('#### Drift against data/people.csv: 0 of 7 columns drifted');
  });

  it('rejects bad inputs before doing anything, with one line and no stack', async () => {
    const ws = workspace();
    const cases: [Record<string, string>, string][] = [
      [
        { data: 'data/people.csv', 'fail-on': 'maybe' },
        'input `fail-on`: expected one of error, warning, never, got `maybe`'
      ],
      [{ data: 'data/nope.csv' }, 'data/nope.csv: no such file'],
      [{ data: 'data/*.parquet' }, 'no files match "data/*.parquet"'],
      [
        { data: 'data/people.csv', expect: 'agee: not-null' },
        'expect_column_values_to_not_be_null: column `agee` is not in data/people.csv (did you mean `age`?) (columns: id, age, income, cost, score, city, email, seq)'
      ],
      [{ data: 'data/people.csv', suite: 'nope' }, 'suite `nope` not found: no config file was found'],
      [
        { data: 'data/people.csv', config: 'missing.yml' },
        'missing.yml: cannot read the config file (ENOENT)'
      ]
    ];
    for (const [inputs, message] of cases) {
      const run = await runDist('validate-data', { workspace: ws, inputs });
      expect(run.exitCode).toBe(1);
      expect(run.failure).toBe(message);
      expect(run.stdout).not.toMatch(/\n\s+at /);
    }
  });
});

describe('the mlgate CLI bundle', () => {
  it('prints outputs as name=value and exits 1 when the gate fails', async () => {
    const ws = workspace();
    const run = await runCli(['validate-data', '--data', 'data/people.csv', '--expect', 'id: unique'], {
      cwd: ws
    });
    expect(run.exitCode).toBe(1);
    expect(
      run.stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split('=')[0])
    ).toEqual(['passed', 'report', 'fingerprint', 'rows', 'failed-checks']);
    expect(run.stderr).toContain(
      'data/people.csv:8: error: id: 5 of 2,000 non-null values (0.25%) are duplicated'
    );
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'error: validate-data: 1 failed of 1 checks on 2,000 rows: expect_column_values_to_be_unique(id)'
    );
  });

  it('exits 2 with a one-line message for invalid input, and suggests names', async () => {
    const ws = workspace({
      'mlgate.yml':
        'data:\n  suites:\n    s:\n      expectations:\n        - expect_column_values_to_be_betwen: { column: age }\n'
    });
    const typo = await runCli(['validate-data', '--data', 'data/people.csv'], { cwd: ws });
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toBe(
      'error: mlgate.yml:5:11: data.suites.s.expectations.0.expect_column_values_to_be_betwen: unknown expectation `expect_column_values_to_be_betwen` (did you mean `expect_column_values_to_be_between`?)\n'
    );
    const flag = await runCli(['validate-data', '--dta', 'x'], { cwd: ws });
    expect(flag).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'error: mlgate validate-data: unknown option `--dta` (did you mean `--data`?)\n'
    });
    const command = await runCli(['validate-dat'], { cwd: ws });
    expect(command.stderr).toBe(
      'error: unknown command `validate-dat` (did you mean `validate-data`?); run mlgate --help\n'
    );
  });

  it('drafts a suite that the same data then passes', async () => {
    const ws = workspace();
    const draft = await runCli(
      ['suggest', '--reference', 'data/people.csv', '--suite', 'people', '--output', 'mlgate.yml'],
      { cwd: ws }
    );
    expect(draft.exitCode).toBe(0);
    expect(draft.stdout).toBe('suite=mlgate.yml\n');
    const yaml = readFileSync(join(ws, 'mlgate.yml'), 'utf8');
    expect(yaml).toContain('- expect_column_values_to_not_be_null: { column: email }');
    expect(yaml).toContain('- expect_column_values_to_be_in_set:');
    const run = await runCli(['validate-data', '--data', 'data/people.csv'], { cwd: ws });
    expect(run.stderr).toContain('checks passed on 2,000 rows');
    expect(run.exitCode).toBe(0);
  });
});

describe('the root action', () => {
  it('runs the command its `command` input names', async () => {
    const ws = workspace();
    const run = await runDist('mlgate', {
      workspace: ws,
      inputs: { command: 'validate-data', data: 'data/people.csv', expect: 'rows: = 2000' }
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    const unknown = await runDist('mlgate', { workspace: ws, inputs: { command: 'deploy-everything' } });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.failure).toBe('unknown command `deploy-everything`; run mlgate --help');
  });
});
