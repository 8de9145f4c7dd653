import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Verdict } from '../gate/verdict.js';
import type { Host } from '../runtime/host.js';
import { annotationsOf } from './annotations.js';
import { renderJunit } from './junit.js';

/** Paths of what a gate writes to its report directory. */
export interface ReportFiles {
  readonly verdict: string;
  readonly junit: string;
  readonly markdown: string;
}

export function reportFiles(reportDir: string, gate: string): ReportFiles {
  return {
    verdict: join(reportDir, `${gate}.json`),
    junit: join(reportDir, `${gate}.junit.xml`),
    markdown: join(reportDir, `${gate}.md`)
  };
}

/**
 * Renders one verdict everywhere: the JSON file, JUnit XML, the markdown summary (file and step
 * summary), annotations, and the `passed`/`report` outputs. The caller sets its gate's own outputs.
 */
export async function publishVerdict(
  verdict: Verdict,
  markdown: string,
  host: Host,
  reportDir: string
): Promise<ReportFiles> {
  const files = reportFiles(reportDir, verdict.gate);
  await mkdir(reportDir, { recursive: true });
  await writeFile(files.verdict, `${JSON.stringify(verdict, null, 2)}\n`);
  await writeFile(files.junit, renderJunit(verdict));
  await writeFile(files.markdown, `${markdown}\n`);
  await host.appendSummary(markdown);
  for (const annotation of annotationsOf(verdict)) host.annotate(annotation);
  host.setOutput('passed', String(verdict.passed));
  host.setOutput('report', files.verdict);
  return files;
}
