/**
 * The two kinds of failure. A `UserError` means the user's input is at fault: it carries a one-line
 * message that names the file, line/row, column or input and what was expected, and it is printed
 * without a stack. Anything else is a bug in mlgate: printed with its stack and a request to report it.
 */
export abstract class UserError extends Error {
  abstract readonly kind: 'configuration' | 'data' | 'model' | 'training';
}

/** An input, flag or config file is invalid. */
export class ConfigurationError extends UserError {
  readonly kind = 'configuration';
  override readonly name = 'ConfigurationError';
}

/** A data file cannot be read as declared (missing, corrupt, malformed). */
export class DataError extends UserError {
  readonly kind = 'data';
  override readonly name = 'DataError';
}

/** A model file is missing, corrupt, unsafe, or does not fit the data. */
export class ModelError extends UserError {
  readonly kind = 'model';
  override readonly name = 'ModelError';
}

/** A training program failed, timed out or left no usable model. */
export class TrainingError extends UserError {
  readonly kind = 'training';
  override readonly name = 'TrainingError';
}

/** True when the error is the user's to fix (print its message only). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
