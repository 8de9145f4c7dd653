import { trustClassification, type ClassificationInput, type Probabilities } from '../metrics/index.js';
import { codeArray, type ModelScores, type ScoredRows } from '../model/index.js';
import { ConfigurationError, ModelError } from '../runtime/errors.js';

/** scikit-learn's class order: `np.unique(y)`, numbers numerically when every label is a number. */
export function sortClasses(labels: readonly string[]): string[] {
  const numeric = labels.every((label) => label.trim() !== '' && Number.isFinite(Number(label)));
  return [...labels].sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One model's scores as the metrics' encoded input: labels as indices into the sorted classes, its
 * probability columns placed in that order (classes it cannot emit get probability 0). A target class
 * the model never emits is refused: no metric can be right about it. The input meets the metrics'
 * checks by construction (the scoring pass refused non-finite probabilities), so they are skipped.
 */
export function encodeClassification(
  scored: ScoredRows,
  model: ModelScores,
  posLabel: string | undefined
): ClassificationInput {
  const labels = scored.labels ?? [];
  const yCodes = scored.yTrueCodes!;
  const modelClasses = model.classes ?? [];
  // Label codes index `labels`: a flag per code finds the classes present without a Set per row.
  const present = new Uint8Array(labels.length);
  for (let i = 0; i < yCodes.length; i++) present[yCodes[i]] = 1;
  const seen: number[] = [];
  present.forEach((flag, code) => {
    if (flag === 1) seen.push(code);
  });
  const unknown = seen.map((code) => labels[code]).filter((label) => !modelClasses.includes(label));
  if (unknown.length > 0 && modelClasses.length > 0) {
    throw new ModelError(
      `${model.path}: the target has classes the model never emits: ${unknown.map((label) => JSON.stringify(label)).join(', ')} (model classes: ${modelClasses.join(', ')})`
    );
  }
  const classes = sortClasses([...new Set([...modelClasses, ...seen.map((code) => labels[code])])]);
  const index = new Map(classes.map((label, i) => [label, i]));
  const toSorted = Int32Array.from(labels, (label) => index.get(label) ?? -1);
  const predicted = model.predictionCodes!;
  let yTrue = yCodes;
  let yPred = predicted;
  // Label codes usually are the sorted classes already (the model's classes come first): no copy.
  if (!toSorted.every((code, i) => code === i)) {
    yTrue = codeArray(classes.length, yCodes.length);
    yPred = codeArray(classes.length, yCodes.length);
    for (let i = 0; i < yTrue.length; i++) {
      yTrue[i] = toSorted[yCodes[i]];
      const code = toSorted[predicted[i]];
      if (code < 0)
        throw new ModelError(
          `${model.path}: predicted label ${JSON.stringify(labels[predicted[i]])} is not among its classes`
        );
      yPred[i] = code;
    }
  }
  let proba: Probabilities | null = null;
  if (
    model.proba !== null &&
    modelClasses.length === classes.length &&
    modelClasses.every((label, i) => label === classes[i])
  ) {
    // The model's columns are already in sorted class order: no copy.
    proba = model.proba;
  } else if (model.proba !== null) {
    const columns = modelClasses.length;
    const width = classes.length;
    // The same precision as the model's: float32 values copy exactly.
    proba =
      model.proba instanceof Float32Array
        ? new Float32Array(yTrue.length * width)
        : new Float64Array(yTrue.length * width);
    const target = modelClasses.map((label) => index.get(label)!);
    for (let row = 0; row < yTrue.length; row++) {
      for (let c = 0; c < columns; c++) proba[row * width + target[c]] = model.proba[row * columns + c]!;
    }
  }
  const positive = posLabel ?? classes[classes.length - 1];
  const posIndex = index.get(positive);
  if (posIndex === undefined) {
    throw new ConfigurationError(
      `pos-label: \`${positive}\` is not a class (classes: ${classes.join(', ')})`
    );
  }
  // Class indices of the sorted, distinct classes; probabilities the scoring pass found finite.
  return trustClassification({ yTrue, yPred, proba, classes, posLabel: posIndex });
}
