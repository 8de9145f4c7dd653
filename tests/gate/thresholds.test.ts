import { describe, expect, it } from '@jest/globals';
import { parseThresholds, thresholdsFromConfig } from '../../shared/gate/thresholds.js';

const KNOWN = ['accuracy', 'f1', 'roc_auc', 'log_loss', 'recall', 'mae'];

describe('parseThresholds', () => {
  it('reads value bounds, changes and gaps', () => {
    expect(
      parseThresholds(
        'accuracy >= 0.9, log_loss <= 0.35, roc_auc: max-drop 0.01; f1: max-drop 2%, mae: max-rise 0.5, recall: max-gap 0.05 across gender, f1 > 0.5, accuracy[region=north] >= 0.8',
        KNOWN
      )
    ).toEqual([
      { metric: 'accuracy', min: 0.9, text: 'accuracy >= 0.9' },
      { metric: 'log_loss', max: 0.35, text: 'log_loss <= 0.35' },
      { metric: 'roc_auc', maxDrop: { value: 0.01, relative: false }, text: 'roc_auc: max-drop 0.01' },
      { metric: 'f1', maxDrop: { value: 0.02, relative: true }, text: 'f1: max-drop 2%' },
      { metric: 'mae', maxRise: { value: 0.5, relative: false }, text: 'mae: max-rise 0.5' },
      {
        metric: 'recall',
        maxGap: { value: 0.05, across: 'gender' },
        text: 'recall: max-gap 0.05 across gender'
      },
      { metric: 'f1', min: 0.5, minStrict: true, text: 'f1 > 0.5' },
      { metric: 'accuracy', min: 0.8, slice: 'region=north', text: 'accuracy[region=north] >= 0.8' }
    ]);
  });

  it('names what is wrong, with the closest metric', () => {
    expect(() => parseThresholds('f1 > high', KNOWN)).toThrow(
      'thresholds: `f1 > high`: expected `<metric> > <number>`, got `high`'
    );
    expect(() => parseThresholds('acuracy >= 0.9', KNOWN)).toThrow(
      'thresholds: `acuracy >= 0.9`: unknown metric `acuracy` (did you mean `accuracy`?)'
    );
    expect(() => parseThresholds('f1: max-drop lots', KNOWN)).toThrow(
      'thresholds: `f1: max-drop lots`: expected a non-negative number or percentage (0.01, 2%), got `lots`'
    );
    expect(() => parseThresholds('recall: max-gap 5% across sex', KNOWN)).toThrow(
      'max-gap takes an absolute number'
    );
    expect(() => parseThresholds('accuracy is good', KNOWN)).toThrow(
      'thresholds: `accuracy is good`: expected `<metric> >= <number>`'
    );
  });

  it('reads the config form', () => {
    expect(
      thresholdsFromConfig(
        { accuracy: { min: 0.9 }, f1: { 'max-drop': '2%' }, recall: { 'max-gap': 0.1, across: 'sex' } },
        KNOWN,
        'mlgate.yml'
      )
    ).toEqual([
      { metric: 'accuracy', min: 0.9, text: 'accuracy: {"min":0.9}' },
      { metric: 'f1', maxDrop: { value: 0.02, relative: true }, text: 'f1: {"max-drop":"2%"}' },
      {
        metric: 'recall',
        maxGap: { value: 0.1, across: 'sex' },
        text: 'recall: {"max-gap":0.1,"across":"sex"}'
      }
    ]);
    expect(() => thresholdsFromConfig({ recal: { min: 1 } }, KNOWN, 'mlgate.yml')).toThrow(
      'mlgate.yml: evaluate.thresholds.recal: unknown metric `recal` (did you mean `recall`?)'
    );
  });
});
