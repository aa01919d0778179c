/** One problem found in a dataset, located by its JSON path. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** Thrown when a dataset fails validation; carries every problem found. Kept apart from the validator so the page shell can recognise it without loading zod. */
export class DatasetValidationError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    super(`The dataset is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'DatasetValidationError';
    this.problems = problems;
  }
}

/** More problems than this are counted, not listed. */
export const MAX_PROBLEMS_SHOWN = 50;
