import { DatasetValidationError, type DatasetProblem } from '../model/datasetError';
import type { ImportResult } from './fileCheck';
import { parseDataset, type LoadedDataset } from '../model/parseDataset';
import { formatThousands, fiscalYearLabel } from '../../lib/format';
import { csvSheetSource } from '../sheet/csvSource';
import { decodeTextFile, type TextEncodingName } from '../sheet/decodeText';
import { laySheet, type SheetSource } from '../sheet/readSheet';
import type { ReadingChoices, ReadingQuestion } from '../sheet/reading';
import { sheetToDataset } from '../sheet/sheetToDataset';
import { locateProblem } from '../sheet/locateProblem';
import { looksLikeWorkbook } from '../sheet/workbookBytes';

/** A file's bytes as text (see decodeTextFile), or the problem that stops it being read. */
export function decodeText(bytes: Uint8Array, fileName: string): string | DatasetProblem {
  const decoded = decodeTextFile(bytes, fileName);
  return 'path' in decoded ? decoded : decoded.text;
}

/** "Unexpected token … in JSON at position 120" → line and column a person can find. */
function jsonSyntaxProblem(text: string, error: unknown, fileName: string): DatasetProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (text.trim() === '') return { path: fileName, message: 'the file is empty' };
  if (/Unexpected end of JSON input/i.test(message)) {
    return { path: fileName, message: 'the JSON ends too early: the file looks truncated' };
  }
  if (position?.[1]) {
    const offset = Number(position[1]);
    if (offset >= text.trimEnd().length - 1) return { path: fileName, message: 'the JSON ends too early: the file looks truncated' };
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { path: `${fileName}: line ${line}, column ${column}`, message: `the JSON is not valid (${message})` };
  }
  return { path: fileName, message: `the JSON is not valid (${message})` };
}

/** The deepest a dataset nests (dataset → countries → a result → its period is 5); far more is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

/** How deep the JSON's arrays and objects nest, counted without recursion; stops once past the limit. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_JSON_DEPTH) return deepest;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return deepest;
}

function looksLikeJson(text: string, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.csv$/i.test(fileName)) return false;
  return /^\s*[[{]/.test(text);
}

function withFile(problems: DatasetProblem[], fileName: string): DatasetProblem[] {
  return problems.map((p) => (p.path.startsWith(fileName) ? p : { ...p, path: `${fileName}: ${p.path}` }));
}

/** Validates JSON-shaped input, naming each problem with the file. */
function validated(raw: unknown, fileName: string, early: DatasetProblem[]): ImportResult {
  try {
    const loaded = parseDataset(raw);
    return early.length > 0 ? { ok: false, problems: early } : { ok: true, loaded, namesItsSource: true, reading: null };
  } catch (error) {
    if (error instanceof DatasetValidationError) return { ok: false, problems: [...early, ...withFile(error.problems, fileName)] };
    throw error;
  }
}

function importJson(text: string, fileName: string): ImportResult {
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    return { ok: false, problems: [{ path: fileName, message: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep; a dataset nests far less, so this is not one` }] };
  }
  const early: DatasetProblem[] = [];
  let raw: unknown;
  try {
    // "__proto__" keys are dropped as they are read, and the file refused: no dataset has one.
    raw = JSON.parse(text, (key, value: unknown) => {
      if (key !== '__proto__') return value;
      if (early.length === 0) early.push({ path: fileName, message: 'the file contains a "__proto__" key, which no dataset has; refused for safety' });
      return undefined;
    });
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error, fileName)] };
  }
  return validated(raw, fileName, early);
}

/** The printed totals that disagree with their lines, in the reading's words. */
function mismatchNotes(loaded: LoadedDataset): string[] {
  const names = new Map(loaded.dataset.countries.map((c) => [c.id, c.name]));
  return loaded.totalMismatches.map(
    (m) =>
      `${names.get(m.countryId) ?? m.countryId}: the printed total for ${m.column === 'cumulative' ? 'the cumulative' : fiscalYearLabel(m.column)} is ${formatThousands(m.printed)} but its lines add to ${formatThousands(m.computed)}; both are kept and the total is flagged.`,
  );
}

/**
 * A sheet (a CSV's or a workbook's) read into a checked dataset with its reading, or the question it
 * leaves open, or every problem, named by row and column as Excel shows them.
 */
export function importSheet(source: SheetSource, choices: ReadingChoices, before: ReadingQuestion[] = []): ImportResult {
  const layout = laySheet(source, choices);
  if ('problems' in layout) return { ok: false, problems: layout.problems };
  const read = sheetToDataset(layout, choices);
  if (!read.ok) return { ok: false, problems: read.problems };
  const reading = { ...read.reading, questions: [...before, ...read.reading.questions] };
  if (read.json === null || read.provenance === null) return { ok: 'ask', reading, namesItsSource: read.namesItsSource };
  const { provenance } = read;
  try {
    const loaded = parseDataset(read.json);
    return { ok: true, loaded, namesItsSource: read.namesItsSource, reading: { ...reading, notes: [...reading.notes, ...mismatchNotes(loaded)] } };
  } catch (error) {
    if (error instanceof DatasetValidationError) return { ok: false, problems: error.problems.map((p) => locateProblem(p, provenance, layout)) };
    throw error;
  }
}

/**
 * Turns a file's text into a validated dataset, or every problem found.
 * Pure: runs in a worker in the browser and directly in tests.
 */
export function importDatasetText(text: string, fileName: string, choices: ReadingChoices = {}, encoding: TextEncodingName = 'UTF-8'): ImportResult {
  if (text.trim() === '') return { ok: false, problems: [{ path: fileName, message: 'the file is empty' }] };
  if (looksLikeJson(text, fileName)) return importJson(text, fileName);
  const source = csvSheetSource(text, fileName, encoding);
  if ('problems' in source) return { ok: false, problems: source.problems };
  return importSheet(source, choices);
}

/** The whole import of one text file's bytes: decode, parse, validate. */
export function importDatasetBytes(bytes: Uint8Array, fileName: string, choices: ReadingChoices = {}): ImportResult {
  const decoded = decodeTextFile(bytes, fileName);
  if ('path' in decoded) return { ok: false, problems: [decoded] };
  return importDatasetText(decoded.text, fileName, choices, decoded.encoding);
}

/**
 * Any file an officer brings: a workbook by its bytes, whatever its name (its reader loads only
 * then), else text. A file named as a workbook that is not one is refused as such.
 */
export async function importFileBytes(bytes: Uint8Array, fileName: string, choices: ReadingChoices = {}): Promise<ImportResult> {
  if (!looksLikeWorkbook(bytes)) {
    if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) {
      return { ok: false, problems: [{ path: fileName, message: 'the file is named as an Excel workbook but is not one. In Excel, open it and save it as "Excel Workbook (.xlsx)"' }] };
    }
    return importDatasetBytes(bytes, fileName, choices);
  }
  const { workbookSheet } = await import('../sheet/workbook');
  const opened = workbookSheet(bytes, fileName, choices.sheet);
  if ('problems' in opened) return { ok: false, problems: opened.problems };
  const sheetQuestion: ReadingQuestion[] = opened.question
    ? [{ id: 'sheet', kind: 'choice', prompt: 'Which sheet holds the figures?', why: 'The workbook has several sheets with entries; the first is read unless you choose another.', options: opened.question.options, chosen: opened.question.chosen }]
    : [];
  const result = importSheet(opened.source, choices, sheetQuestion);
  if (result.ok === false || /\.(xlsx|xlsm|xls)$/i.test(fileName) || !result.reading) return result;
  const note = `The file is named ${/\.[^.]*$/.exec(fileName)?.[0] ?? 'without an extension'} but is an Excel workbook, and was read as one.`;
  return { ...result, reading: { ...result.reading, notes: [note, ...result.reading.notes] } };
}
