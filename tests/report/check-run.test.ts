import { describe, expect, it } from '@jest/globals';
import type { CheckResult, Verdict } from '../../shared/gate/verdict.js';
import {
  annotationBatches,
  CHECK_OUTPUT_LIMIT,
  checkConclusion,
  checkRunContent,
  repositoryPath
} from '../../shared/report/check-run.js';
import { COMMENT_LIMIT, commentBody, commentMarker, reportKey } from '../../shared/report/comment.js';
import { barChart, mermaidLabel } from '../../shared/report/mermaid.js';
import { truncateMarkdown } from '../../shared/report/render.js';

function check(id: string, examples: number, options: Partial<CheckResult> = {}): CheckResult {
  return {
    id,
    name: id,
    severity: 'error',
    success: examples === 0,
    message: `${id} failed`,
    kwargs: {},
    observed: {},
    examples: Array.from({ length: examples }, (_, index) => ({ file: 'data/a.csv', line: index + 2 })),
    ...options
  };
}

function verdict(checks: CheckResult[], overrides: Partial<Verdict> = {}): Verdict {
  return {
    mlgate: { verdict: 1, version: '0.1.0' },
    gate: 'validate-data',
    status: 'failed',
    passed: false,
    failOn: 'error',
    headline: 'headline',
    checks,
    createdAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    details: {},
    ...overrides
  };
}

describe('check run content', () => {
  it('concludes failure when the gate failed, neutral on warnings or ignored failures, success when clean', () => {
    expect(checkConclusion(verdict([]))).toBe('failure');
    expect(checkConclusion(verdict([], { status: 'warning', passed: true }))).toBe('neutral');
    expect(checkConclusion(verdict([], { status: 'failed', passed: true, failOn: 'never' }))).toBe('neutral');
    expect(checkConclusion(verdict([], { status: 'warning', passed: false, failOn: 'warning' }))).toBe(
      'failure'
    );
    expect(checkConclusion(verdict([], { status: 'passed', passed: true }))).toBe('success');
  });

  it('caps annotations at 500 and says how many were left out', () => {
    const content = checkRunContent(verdict([check('a', 400), check('b', 150), check('c', 0)]), '### report');
    expect(content.annotations).toHaveLength(500);
    expect(content.omitted).toBe(50);
    expect(content.summary).toBe(
      '### report\n\n_50 more annotations not shown here; every failing row is in the report._'
    );
    expect(annotationBatches(content.annotations).map((batch) => batch.length)).toEqual([
      50, 50, 50, 50, 50, 50, 50, 50, 50, 50
    ]);
    expect(content.annotations[0]).toEqual({
      path: 'data/a.csv',
      start_line: 2,
      end_line: 2,
      annotation_level: 'failure',
      message: 'a failed',
      title: 'mlgate validate-data: a'
    });
  });

  it('annotates config lines and warnings, and skips files outside the repository', () => {
    const content = checkRunContent(
      verdict([
        check('cfg', 0, { success: false, source: { file: 'mlgate.yml', line: 7, column: 3 } }),
        check('warn', 1, { severity: 'warning' }),
        check('abs', 0, { success: false, examples: [{ file: '/elsewhere/x.csv', line: 3 }] }),
        check('in', 0, { success: false, examples: [{ file: '/ws/data/b.csv', line: 4 }] })
      ]),
      'x',
      { workspace: '/ws' }
    );
    expect(
      content.annotations.map((annotation) => [
        annotation.path,
        annotation.start_line,
        annotation.annotation_level
      ])
    ).toEqual([
      ['mlgate.yml', 7, 'failure'],
      ['data/a.csv', 2, 'warning'],
      ['data/b.csv', 4, 'failure']
    ]);
    expect(content.omitted).toBe(1);
  });

  it('keeps the same digest for the same content, another for other annotations or conclusion', () => {
    const a = checkRunContent(verdict([check('a', 3)]), 'x').digest;
    expect(checkRunContent(verdict([check('a', 3)]), 'other text').digest).toBe(a);
    expect(checkRunContent(verdict([check('a', 4)]), 'x').digest).not.toBe(a);
    expect(
      checkRunContent(verdict([check('a', 3)], { status: 'failed', passed: true }), 'x').digest
    ).not.toBe(a);
  });

  it('fits the summary into GitHub’s limit, closing what it cuts', () => {
    const long = `### big\n\n<details><summary>Profile</summary>\n\n${'| a | b |\n'.repeat(10_000)}\n</details>`;
    const content = checkRunContent(verdict([]), long);
    expect(content.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(
      content.summary.endsWith(
        "_The summary is cut here to fit GitHub's limit; the full report is in the job summary and the report artifact._"
      )
    ).toBe(true);
    expect(content.summary).toContain('\n\n</details>');
  });

  it('maps paths to the repository root', () => {
    expect(repositoryPath('./data/a.csv', '/ws')).toBe('data/a.csv');
    expect(repositoryPath('/ws/data/a.csv', '/ws')).toBe('data/a.csv');
    expect(repositoryPath('../x.csv', '/ws')).toBeUndefined();
    expect(repositoryPath('/tmp/x.csv', '/ws')).toBeUndefined();
    expect(repositoryPath('/tmp/x.csv', undefined)).toBeUndefined();
  });
});

describe('markdown helpers', () => {
  it('truncates at a line, closing an open mermaid fence', () => {
    const text = `a\n\`\`\`mermaid\n${'x\n'.repeat(100)}\`\`\``;
    expect(truncateMarkdown(text, 100, 'cut')).toBe(`a\n\`\`\`mermaid\n${'x\n'.repeat(9)}x\n\`\`\`\n\ncut`);
    expect(truncateMarkdown('short', 100, 'cut')).toBe('short');
  });

  it('draws a bar chart with a threshold line', () => {
    expect(
      barChart({
        title: 'Drift p-value per column',
        yLabel: 'p-value',
        bars: [
          { label: 'age', value: 0.0123 },
          { label: 'city "x"', value: 0.5 }
        ],
        line: [0.05, 0.05],
        yMin: 0,
        yMax: 1
      })
    ).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Drift p-value per column"',
        '    x-axis ["age", "city _x_"]',
        '    y-axis "p-value" 0 --> 1',
        '    bar [0.0123, 0.5]',
        '    line [0.05, 0.05]',
        '```'
      ].join('\n')
    );
    expect(barChart({ title: 't', yLabel: 'y', bars: [] })).toBe('');
    expect(mermaidLabel('')).toBe('_');
    expect(mermaidLabel('a\nb%%{init}')).toBe('a_b___init_');
  });

  it('marks the sticky comment and keeps it under GitHub’s limit', () => {
    const key = reportKey(['mlgate.yml', 'data/*.csv', 'train', '']);
    expect(key).toMatch(/^[0-9a-f]{12}$/);
    expect(reportKey(['mlgate.yml', 'data/*.csv', 'train', ''])).toBe(key);
    const marker = commentMarker('validate-data', key);
    const body = commentBody(marker, verdict([]), '#'.repeat(100_000), { version: '0.1.0' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${marker}\n`)).toBe(true);
  });
});
