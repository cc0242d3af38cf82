/** A problem in a data file, always reported as `file:line: field: what is wrong`. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${field}: ${problem}`);
    this.name = 'DataError';
  }
}

/** Several problems at once, so an editor can fix a whole file in one pass. */
export class DataErrors extends Error {
  constructor(readonly errors: readonly DataError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'DataErrors';
  }
}

export function dataErrorsOf(error: unknown): readonly DataError[] | undefined {
  if (error instanceof DataErrors) return error.errors;
  if (error instanceof DataError) return [error];
  return undefined;
}
