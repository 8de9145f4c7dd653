import type { DataDetails } from '../checks/validate.js';
import type { Verdict } from '../gate/verdict.js';
import { renderDataHtml } from './data-html.js';
import { renderDataSummary } from './data-summary.js';
import { checksSection, renderHtml } from './html.js';
import { renderGenericSummary } from './markdown.js';
import { evaluateHtmlSections, renderEvaluateSummary } from './evaluate-summary.js';
import type { EvaluationDetails } from '../gate/evaluation-types.js';

/** A verdict rendered for people: markdown (summary, comment, check run) and the HTML report. */
export interface RenderedReport {
  readonly markdown: string;
  readonly html: string;
}

/**
 * Renders a verdict with its gate's renderers, or the generic ones (verdict line and checks) when the
 * gate has none. The one place that knows which gate renders how. A verdict's details are trusted to
 * be its gate's: true of the verdicts a command builds; a bundle read back checks them first
 * (`readBundle`), and renders those that do not fit with `renderGenericReport`.
 */
export function renderReport(verdict: Verdict): RenderedReport {
  if (verdict.gate === 'validate-data') {
    const data = verdict as Verdict<DataDetails>;
    return { markdown: renderDataSummary(data), html: renderDataHtml(data) };
  }
  if (verdict.gate === 'evaluate-thresholds') {
    const evaluation = verdict as Verdict<EvaluationDetails>;
    return {
      markdown: renderEvaluateSummary(evaluation),
      html: renderHtml(verdict, [checksSection(verdict.checks), ...evaluateHtmlSections(evaluation)])
    };
  }
  return renderGenericReport(verdict);
}

/** The verdict line and the checks, for any gate. */
export function renderGenericReport(verdict: Verdict): RenderedReport {
  return {
    markdown: renderGenericSummary(verdict),
    html: renderHtml(verdict, [checksSection(verdict.checks)])
  };
}

/**
 * Cuts markdown to `max` characters at a line boundary, closing an open code fence and open
 * `<details>`, and ends with `note`. GitHub rejects longer comment bodies and check-run outputs.
 */
export function truncateMarkdown(markdown: string, max: number, note: string): string {
  if (markdown.length <= max) return markdown;
  const room = Math.max(0, max - note.length - 64);
  let cut = markdown.slice(0, room);
  const newline = cut.lastIndexOf('\n');
  if (newline > 0) cut = cut.slice(0, newline);
  const fences = (cut.match(/^```/gm) ?? []).length;
  if (fences % 2 === 1) cut += '\n```';
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let index = 0; index < open; index++) cut += '\n\n</details>';
  return `${cut}\n\n${note}`;
}
