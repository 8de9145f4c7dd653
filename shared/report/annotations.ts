import type { Annotation } from '../runtime/host.js';
import type { Verdict } from '../gate/verdict.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; more than 50 is noise. */
export const ANNOTATION_LIMIT = 50;

/**
 * File-anchored annotations for failing checks: one per example row (file + line), or one on the
 * config line that declared the check when it has no rows to point at. Capped; the last one says
 * how many were left out.
 */
export function annotationsOf(verdict: Verdict, limit = ANNOTATION_LIMIT): Annotation[] {
  const all: Annotation[] = [];
  for (const check of verdict.checks) {
    if (check.success) continue;
    const level = check.severity === 'warning' ? 'warning' : 'error';
    const title = `mlgate ${verdict.gate}: ${check.id}`;
    if (check.examples.length === 0) {
      all.push({
        level,
        title,
        message: check.message,
        ...(check.source === undefined
          ? {}
          : { file: check.source.file, line: check.source.line, column: check.source.column })
      });
      continue;
    }
    for (const example of check.examples) {
      const value = example.value === undefined ? '' : ` (value ${JSON.stringify(example.value)})`;
      all.push({
        level,
        title,
        message: `${check.message}${value}${example.note === undefined ? '' : `; ${example.note}`}`,
        file: example.file,
        line: example.line
      });
    }
  }
  if (all.length <= limit) return all;
  const kept = all.slice(0, limit - 1);
  kept.push({
    level: 'notice',
    title: `mlgate ${verdict.gate}`,
    message: `${all.length - kept.length} more annotations not shown; see the report.`
  });
  return kept;
}
