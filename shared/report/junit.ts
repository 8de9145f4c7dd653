import type { Verdict } from '../gate/verdict.js';
import { escapeXml } from './escape.js';

/**
 * A JUnit XML file, one test case per check, so any test reporter shows data tests as tests. A
 * failing check is a <failure> (type error or warning); examples go in the failure text.
 */
export function renderJunit(verdict: Verdict): string {
  const failures = verdict.checks.filter((check) => !check.success).length;
  const seconds = (verdict.durationMs / 1000).toFixed(3);
  const cases = verdict.checks.map((check) => {
    const open = `    <testcase classname="mlgate.${escapeXml(verdict.gate)}" name="${escapeXml(check.id)}" time="0">`;
    if (check.success) return `${open}</testcase>`;
    const lines = [
      check.message,
      ...check.examples.map(
        (example) =>
          `${example.file}:${example.line}${example.value === undefined ? '' : ` ${JSON.stringify(example.value)}`}${example.note === undefined ? '' : ` (${example.note})`}`
      )
    ];
    return `${open}\n      <failure type="${check.severity}" message="${escapeXml(check.message)}">${escapeXml(lines.join('\n'))}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mlgate" tests="${verdict.checks.length}" failures="${failures}" errors="0" time="${seconds}">`,
    `  <testsuite name="mlgate ${escapeXml(verdict.gate)}" tests="${verdict.checks.length}" failures="${failures}" errors="0" skipped="0" time="${seconds}" timestamp="${verdict.createdAt}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n');
}
