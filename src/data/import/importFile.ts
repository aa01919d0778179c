import { csvToDatasetJson } from '../csv/readCsv';
import { DatasetValidationError, type DatasetProblem } from '../model/datasetError';
import { parseDataset, type LoadedDataset } from '../model/parseDataset';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** A checked file: `namesItsSource` is false for a CSV without a Source column, whose figures the import asks a name for. */
export type ImportResult = { ok: true; loaded: LoadedDataset; namesItsSource: boolean } | { ok: false; problems: DatasetProblem[] };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checks a file's name and size before anything is read. */
export function checkFileBeforeReading(file: { name: string; size: number }): DatasetProblem | null {
  if (file.size === 0) return { path: file.name, message: 'the file is empty' };
  if (file.size > MAX_IMPORT_BYTES) {
    return { path: file.name, message: `the file is ${megabytes(file.size)}; files up to ${megabytes(MAX_IMPORT_BYTES)} can be imported` };
  }
  if (!/\.(json|csv|txt)$/i.test(file.name)) {
    return { path: file.name, message: 'expected a .json or .csv file' };
  }
  return null;
}

/**
 * Decodes bytes as text: UTF-8 (with or without a BOM), or UTF-16 with its
 * BOM (Excel's "Unicode Text"). Refuses binary data and invalid encodings,
 * naming what was found and how to save the file instead.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string | DatasetProblem {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return { path: fileName, message: `the file starts as UTF-16 text but is not valid UTF-16; save it as "CSV UTF-8" and try again` };
    }
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    // UTF-16 without a BOM shows as every other byte zero in plain text.
    const zeros = head.filter((b, i) => b === 0 && i % 2 === 1).length;
    if (head.length > 8 && zeros > head.length / 4) {
      return { path: fileName, message: 'the file looks like UTF-16 text without a byte-order mark; save it as "CSV UTF-8" (or UTF-16 with a BOM) and try again' };
    }
    return { path: fileName, message: 'the file is not text (it contains binary data); expected JSON or CSV' };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { path: fileName, message: 'the file is not UTF-8 text; save it as UTF-8 JSON or CSV and try again' };
  }
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

/**
 * Turns a file's text into a validated dataset, or every problem found.
 * Pure: runs in a worker in the browser and directly in tests.
 */
export function importDatasetText(text: string, fileName: string): ImportResult {
  if (text.trim() === '') return { ok: false, problems: [{ path: fileName, message: 'the file is empty' }] };
  let raw: unknown;
  let namesItsSource = true;
  const early: DatasetProblem[] = [];
  if (looksLikeJson(text, fileName)) {
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      return { ok: false, problems: [{ path: fileName, message: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep; a dataset nests far less, so this is not one` }] };
    }
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
  } else {
    const csv = csvToDatasetJson(text, fileName);
    if ('problems' in csv) return { ok: false, problems: csv.problems };
    raw = csv.json;
    namesItsSource = csv.namesItsSource;
  }
  try {
    const loaded = parseDataset(raw);
    return early.length > 0 ? { ok: false, problems: early } : { ok: true, loaded, namesItsSource };
  } catch (error) {
    if (error instanceof DatasetValidationError) return { ok: false, problems: [...early, ...withFile(error.problems, fileName)] };
    throw error;
  }
}

/** The whole import of one file's bytes: decode, parse, validate. */
export function importDatasetBytes(bytes: Uint8Array, fileName: string): ImportResult {
  const text = decodeText(bytes, fileName);
  if (typeof text !== 'string') return { ok: false, problems: [text] };
  return importDatasetText(text, fileName);
}
