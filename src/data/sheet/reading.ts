import type { AmountUnit, DecimalMark } from './figures';

/**
 * How a spreadsheet or CSV was read, for the officer to check before
 * anything is saved: the reading in words, what was skipped, the first rows
 * as the dashboard will show them, and any question the file leaves open.
 * Plain data: it crosses from the import worker as JSON.
 */

/** Answers the officer gave, sent back with the file to read it again. */
export interface ReadingChoices {
  sheet?: string;
  numbers?: DecimalMark;
  unit?: AmountUnit;
  country?: string;
}

export interface QuestionOption {
  value: string;
  label: string;
  /** What the file's own cells become under this answer: "“1.200” (row 4, column C) → $1.2K". */
  examples: string[];
}

export type ReadingQuestion =
  | { id: 'sheet' | 'numbers' | 'unit'; kind: 'choice'; prompt: string; why: string; options: QuestionOption[]; chosen: string | null }
  | { id: 'country'; kind: 'text'; prompt: string; why: string; suggested: string; chosen: string | null };

export interface PreviewFigure {
  column: string;
  /** The cell as the file writes it. */
  raw: string;
  /** USD thousands; null where the cell is blank (not reported). */
  thousands: number | null;
}

export interface PreviewRow {
  /** The sheet's row number. */
  row: number;
  country: string;
  line: string;
  figures: PreviewFigure[];
}

export interface FileReading {
  fileName: string;
  /** One line: "Semicolons; decimal comma, dot between thousands; figures in USD millions, shown here in thousands; 4 countries, 2 fiscal years". */
  summary: string;
  /** What else the reader did that a person should know: rows skipped, columns not read, totals checked. */
  notes: string[];
  questions: ReadingQuestion[];
  preview: PreviewRow[];
  /** Funding-line rows read. */
  rows: number;
  /** The choices in force, to send back with a changed answer. */
  choices: ReadingChoices;
}

/** Whether every question has an answer. */
export function allAnswered(reading: FileReading): boolean {
  return reading.questions.every((q) => q.chosen !== null);
}
