import { describe, expect, it } from '@jest/globals';
import { metricOutcome, metricOutcomes, regressionMetrics } from '../../shared/metrics/index.js';
import { expectOutcome, outcomeIn } from './compare.js';
import { reference, regressionInput, rowsOf, type RegressionCase } from './reference.js';

const cases = reference.regression.map((c) => [c.name, c] as const);

describe('regressionMetrics matches scikit-learn 1.2', () => {
  it.each(cases)('%s', (name, c: RegressionCase) => {
    const { yTrue, yPred } = regressionInput(c);
    const result = regressionMetrics(yTrue, yPred);
    expect(Object.keys(result.values)).toEqual(Object.keys(c.expected.metrics));
    for (const [metric, expected] of Object.entries(c.expected.metrics)) {
      expectOutcome(outcomeIn(result, metric), expected, `${name}: ${metric}`);
    }
  });
});

describe('metricOutcome on regression row subsets', () => {
  const withSubsets = cases.filter(([, c]) => c.subsets.length > 0);
  it.each(withSubsets)('%s', (name, c: RegressionCase) => {
    const input = regressionInput(c);
    c.subsets.forEach((subset, s) => {
      const rows = rowsOf(subset.rows, input.yTrue.length);
      for (const [metric, expected] of Object.entries(subset.expected.metrics)) {
        expectOutcome(metricOutcome(metric, input, rows), expected, `${name} subset ${s}: ${metric}`);
      }
      const together = metricOutcomes(Object.keys(subset.expected.metrics), input, rows);
      for (const [metric, expected] of Object.entries(subset.expected.metrics)) {
        expectOutcome(together[metric], expected, `${name} subset ${s} (metricOutcomes): ${metric}`);
      }
    });
  });
});
