/**
 * Everything from data or a pull request that reaches markdown, Mermaid or HTML is escaped: a real
 * validate-data run on a data set whose column names, values and file name are hostile (mentions,
 * HTML, pipes, newlines, backticks, links), and a hostile branch name in the comment footer.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateData } from '../../shared/cli/commands/validate-data.js';
import { execute } from '../../shared/runtime/command.js';
import { commentBody, commentMarker } from '../../shared/report/comment.js';
import type { Verdict } from '../../shared/gate/verdict.js';
import { RecordingHost } from '../helpers/recording-host.js';

const MENTION = '@octocat';
const IMG = '<img src=x onerror=alert(1)>';
const PIPE = 'a|b';
const TICKS = 'x`y``z';
const NEWLINE = 'multi\nline';
const LINK = '[link](https://evil.example)';

/** CSV-quotes a field. */
function field(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

let dir: string;
let markdown: string;
let html: string;
let verdict: Verdict;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-'));
  mkdirSync(join(dir, 'data'));
  const header = [MENTION, PIPE, TICKS, IMG, NEWLINE, LINK];
  const rows = [header.map(field).join(',')];
  for (let index = 0; index < 40; index++) {
    rows.push(
      [
        index % 3 === 0 ? '@here' : 'ok',
        index % 4 === 0 ? '' : `v|${index}`,
        index % 5 === 0 ? '`dup`' : `u${index}`,
        index % 2 === 0 ? '<script>alert(1)</script>' : 'safe',
        `line ${index}\nnext`,
        '[x](javascript:alert(1))'
      ]
        .map(field)
        .join(',')
    );
  }
  const data = join(dir, 'data', 'hostile @team <b>|`x`.csv');
  writeFileSync(data, `${rows.join('\n')}\n`);
  const yaml = (value: string): string => JSON.stringify(value);
  writeFileSync(
    join(dir, 'mlgate.yml'),
    [
      'data:',
      '  suites:',
      '    s:',
      '      expectations:',
      `        - expect_column_values_to_be_in_set: { column: ${yaml(MENTION)}, value_set: [ok] }`,
      `        - expect_column_values_to_not_be_null: { column: ${yaml(PIPE)} }`,
      `        - expect_column_values_to_be_unique: { column: ${yaml(TICKS)} }`,
      `        - expect_column_values_to_match_regex: { column: ${yaml(IMG)}, regex: '^safe$' }`,
      `        - expect_column_values_to_not_match_regex: { column: ${yaml(NEWLINE)}, regex: 'next' }`,
      `        - expect_column_values_to_not_match_regex: { column: ${yaml(LINK)}, regex: 'javascript' }`,
      ''
    ].join('\n')
  );
  const host = new RecordingHost({
    data: data,
    reference: data,
    config: join(dir, 'mlgate.yml'),
    'report-dir': join(dir, 'report')
  });
  const outcome = await execute(validateData, host);
  expect(outcome.exitCode).toBe(1);
  markdown = readFileSync(join(dir, 'report', 'validate-data.md'), 'utf8');
  html = readFileSync(join(dir, 'report', 'validate-data.html'), 'utf8');
  verdict = JSON.parse(readFileSync(join(dir, 'report', 'validate-data.json'), 'utf8')) as Verdict;
  expect(host.summary).toBe(markdown);
});

/** Markdown without its code spans (their content is literal: no HTML, links or mentions there). */
function withoutCodeSpans(text: string): string {
  // A backslash-escaped backtick opens no span.
  return text.replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** The markdown outside ```mermaid blocks, and the blocks. */
function split(text: string): { prose: string; charts: string[] } {
  const charts: string[] = [];
  const prose = text.replace(/```mermaid\n([\s\S]*?)\n```/g, (_all, chart: string) => {
    charts.push(chart);
    return '';
  });
  return { prose, charts };
}

describe('a hostile data set in markdown', () => {
  it('pings no one: every @ is followed by a zero-width space, or is out of Mermaid labels', () => {
    expect(verdict.checks.some((check) => check.id.includes(MENTION))).toBe(true);
    expect(markdown).not.toMatch(/@(?!\u200b)/);
  });

  it('lets through no HTML but the report’s own tags', () => {
    const prose = withoutCodeSpans(split(markdown).prose);
    const tags = [...prose.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((match) => match[1].toLowerCase());
    expect([...new Set(tags)].sort()).toEqual(['br', 'details', 'summary']);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps every table row whole: the same number of cells as its header, no raw newline', () => {
    const { prose } = split(markdown);
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    let expected: number | undefined;
    let tables = 0;
    for (const line of prose.split('\n')) {
      if (!line.startsWith('|')) {
        expected = undefined;
        continue;
      }
      if (expected === undefined) {
        expected = cells(line);
        tables++;
      } else expect({ line, cells: cells(line) }).toEqual({ line, cells: expected });
    }
    expect(tables).toBe(3);
  });

  it('makes no links and no code fences out of data', () => {
    const prose = withoutCodeSpans(split(markdown).prose);
    expect(prose).not.toMatch(/(?<!\\)\[[^\]]*\]\(/);
    expect(prose).not.toMatch(/^```/m);
    expect(prose).toContain('\\[link\\]');
  });

  it('draws charts whose labels cannot break Mermaid or the fence', () => {
    const { charts } = split(markdown);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const chart of charts) {
      expect(chart).not.toMatch(/[`<@|]/);
      for (const line of chart.split('\n').filter((text) => text.includes('"'))) {
        // Quotes only delimit labels: an even number, each label free of quotes and markup.
        expect((line.match(/"/g) ?? []).length % 2).toBe(0);
        for (const label of line.match(/"[^"]*"/g) ?? []) expect(label).not.toMatch(/[<>`@|%#;\\]/);
      }
    }
    expect(charts.join('\n')).toContain('"_octocat"');
    expect(charts.join('\n')).toContain('"_img src=x onerror=aler…"');
  });
});

describe('a hostile data set in the HTML report', () => {
  it('has no tag, script, handler or URL from the data', () => {
    const tags = [...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((match) => match[1].toLowerCase());
    expect([...new Set(tags)].sort()).toEqual([
      'body',
      'code',
      'figcaption',
      'figure',
      'h1',
      'h2',
      'head',
      'html',
      'li',
      'line',
      'meta',
      'p',
      'rect',
      'span',
      'style',
      'svg',
      'table',
      'tbody',
      'td',
      'text',
      'th',
      'thead',
      'title',
      'tr',
      'ul'
    ]);
    // URLs from the data stay text: no tag carries a src or href, and CSS loads nothing.
    expect(html).not.toMatch(/<[^>]*\s(src|href|xlink:href)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
  });
});

describe('the comment footer', () => {
  it('shows a hostile branch name only as a code span', () => {
    const body = commentBody(commentMarker('validate-data', 'abc123'), verdict, '### report', {
      version: '0.1.0',
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      headRef: '@team`<img src=x>|x\nnext',
      runUrl: 'https://github.com/o/r/actions/runs/1'
    });
    expect(body).toBe(
      '<!-- mlgate:validate-data:abc123 -->\n### report\n\n<sub>mlgate 0.1.0 · on ``@\u200bteam`<img src=x>¦x next`` · at `ec26c3e` · [workflow run](https://github.com/o/r/actions/runs/1) · 13 checks</sub>'
    );
  });

  it('links only plain https URLs', () => {
    const body = commentBody(commentMarker('validate-data', 'abc123'), verdict, 'x', {
      version: '0.1.0',
      runUrl: 'javascript:alert(1)//https://x'
    });
    expect(body).not.toContain('javascript');
    expect(() => commentMarker('validate-data', 'x -->')).toThrow('invalid marker parts');
  });
});
