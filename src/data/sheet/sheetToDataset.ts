import type { DatasetProblem } from '../model/datasetError';
import { mapFundingLabel } from '../model/fundingLabels';
import { LINE_NAMES, lineOf } from '../model/lines';
import { MAX_AMOUNT_THOUSANDS } from '../model/schema';
import { cleanText, quoteShort } from '../../lib/safeText';
import { fiscalYearLabel, formatDecimal, formatExactThousands, formatThousands } from '../../lib/format';
import { TOTAL_LABEL } from '../csv/columns';
import { type AmountUnit, type DecimalMark, decimalOfNumber, readFigureText, shiftDecimal, toThousands, UNIT_WORDS } from './figures';
import { cellText, type SheetCell } from './grid';
import { columnLetter } from './header';
import { MARK_WORDS } from './numberFormat';
import { type AmountColumn, position, type SheetLayout, type SheetRow } from './readSheet';
import type { FileReading, PreviewRow, QuestionOption, ReadingChoices } from './reading';
import { buildDatasetJson, countryIdFromName, type EditionDraft, type Provenance, type TableDraft } from './datasetDraft';

/**
 * A laid-out sheet to the dashboard's dataset JSON (schema version 2) and the
 * reading the officer checks before saving. Every amount is converted from
 * the column's unit to USD thousands exactly; every refusal names the row
 * and column as Excel shows them and says what to change in Excel.
 */

export type SheetResult =
  | { ok: false; problems: DatasetProblem[] }
  | { ok: true; reading: FileReading; json: Record<string, unknown> | null; namesItsSource: boolean; provenance: Provenance | null };

type Amount = { value: number | null; raw: string } | { problem: string };

const NOT_A_FIGURE = 'In Excel, type the figure as a number, with no words or notes in the cell';

/** One figure cell in USD thousands, or why it cannot be read. A blank year cell is "not reported", never 0. */
function amountOf(cell: SheetCell | undefined, unit: AmountUnit, mark: DecimalMark, blankAllowed: boolean): Amount {
  const raw = cellText(cell).trim();
  if (cell === undefined || raw === '') {
    return blankAllowed ? { value: null, raw: '' } : { problem: 'expected an amount; found an empty cell. The cumulative total is needed on every row' };
  }
  let decimal: string;
  let negative: boolean;
  if (typeof cell === 'object' && 'n' in cell) {
    negative = cell.n < 0;
    decimal = shiftDecimal(decimalOfNumber(cell.n), -3 * cell.scale);
  } else if (typeof cell === 'object') {
    const found = quoteShort(cell.shown);
    if (cell.flag === 'date') return { problem: `expected an amount; found a date, ${found}. In Excel, format the column as Number` };
    if (cell.flag === 'percent') return { problem: `expected an amount; found a percentage, ${found}. In Excel, format the column as Number` };
    if (cell.flag === 'error') return { problem: `the cell shows an error, ${found}. Correct its formula in Excel and save the file again` };
    if (cell.flag === 'no-value') return { problem: 'the cell holds a formula whose result was not saved. Open the file in Excel, let it calculate, and save it again' };
    return { problem: `expected an amount; found ${found}. ${NOT_A_FIGURE}` };
  } else {
    const read = readFigureText(raw);
    if (read.kind === 'dash') return { problem: `found a dash, ${quoteShort(raw)}, which could mean no funding or no figure. In Excel, type 0 for no funding, or leave the cell empty for a year not reported` };
    if (read.kind === 'percent') return { problem: `expected an amount; found a percentage, ${quoteShort(raw)}` };
    if (read.kind !== 'number') return { problem: `expected an amount; found ${quoteShort(raw)}. ${NOT_A_FIGURE}` };
    const under = read[mark];
    if (under === null) return { problem: `${quoteShort(raw)} is not a number with a ${mark === 'comma' ? 'decimal comma' : 'decimal point'}, which the rest of the file uses. In Excel, write every figure the same way` };
    decimal = under;
    negative = read.negative;
  }
  if (negative && decimal !== '0') return { problem: `amounts must not be negative; found ${quoteShort(raw)}. In Excel, type the amount without a minus sign or brackets` };
  const value = toThousands(decimal, unit);
  if (value > MAX_AMOUNT_THOUSANDS) return { problem: `expected at most ${MAX_AMOUNT_THOUSANDS.toLocaleString('en-US')} (USD thousands); found ${quoteShort(raw)} in ${UNIT_WORDS[unit]}. In Excel, check the figure and the unit its heading names` };
  return { value, raw };
}

/** "2018" or "2018 edition" → 2018; blank → null (not a report edition); anything else is refused. */
function parseEdition(text: string): number | null | string {
  if (text === '') return null;
  const m = /^(\d{4})(\s+edition)?$/i.exec(text);
  return m?.[1] ? Number(m[1]) : quoteShort(text, 30);
}

/** Undoes the apostrophe the CSV export puts before text a spreadsheet would run ("'=x" back to "=x", "''x" to "'x"). */
function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r']/.test(text) ? text.slice(1) : text;
}

function unitPhrase(amounts: readonly AmountColumn[]): string {
  const units = [...new Set(amounts.map((a) => a.unit ?? 'thousands'))];
  if (units.length === 1) {
    const [unit = 'thousands'] = units;
    return unit === 'thousands' ? 'figures in USD thousands' : `figures in ${UNIT_WORDS[unit]}, shown here in thousands`;
  }
  return `figures in ${units.map((u) => `${UNIT_WORDS[u]} (column${amounts.filter((a) => (a.unit ?? 'thousands') === u).length === 1 ? '' : 's'} ${amounts.filter((a) => (a.unit ?? 'thousands') === u).map((a) => columnLetter(a.index)).join(', ')})`).join(' and ')}, shown here in thousands`;
}

function fiscalYearsPhrase(years: readonly number[]): string {
  const [first] = years;
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return 'no fiscal years';
  return `${years.length} fiscal year${years.length === 1 ? '' : 's'} (${first === last ? fiscalYearLabel(first) : `${fiscalYearLabel(first)}–${fiscalYearLabel(last)}`})`;
}

/** Examples for each answer to an open question, from the file's own cells. */
function optionsFor(layout: SheetLayout, id: string): QuestionOption[] {
  const amounts = [...layout.columns.years, layout.columns.cumulative];
  const samples = layout.rows.flatMap((r) => amounts.flatMap((a) => {
    const cell = r.cells[a.index];
    return typeof cell === 'string' && cell.trim() !== '' ? [{ row: r.row, a, text: cell.trim() }] : [];
  }));
  const show = (text: string, unit: AmountUnit | null, mark: DecimalMark): string | null => {
    const read = readFigureText(text);
    const decimal = read.kind === 'number' ? read[mark] : null;
    if (decimal === null) return null;
    // Exact, never rounded: as the preview and the stored figure have it.
    return unit ? formatExactThousands(toThousands(decimal, unit)) : formatDecimal(Number(decimal), 15);
  };
  if (id === 'numbers') {
    const examples = layout.numbers.examples.map((e) => ({ row: e.row, column: e.column, text: e.text, unit: amounts.find((a) => columnLetter(a.index) === e.column)?.unit ?? null }));
    return (['point', 'comma'] as const).map((mark) => ({
      value: mark,
      label: mark === 'point' ? 'Decimal point: 1,200.5 is one thousand two hundred and a half' : 'Decimal comma: 1.200,5 is one thousand two hundred and a half',
      examples: examples.map((e) => `“${e.text}” (row ${e.row}, column ${e.column}) → ${show(e.text, e.unit, mark) ?? 'not a number'}`),
    }));
  }
  const mark = layout.numbers.kind === 'decided' ? layout.numbers.mark : 'point';
  // While the decimal mark is open too, cells that read the same either way show the unit alone.
  const readsOneWay = (text: string) => {
    const read = readFigureText(text);
    return read.kind === 'number' && read.point === read.comma;
  };
  const unitless = samples
    .filter((s) => s.a.unit === null || layout.questions.some((q) => q.id === 'unit'))
    .sort((x, y) => (layout.numbers.kind === 'ask' ? Number(readsOneWay(y.text)) - Number(readsOneWay(x.text)) : 0))
    .slice(0, 2);
  return (['thousands', 'millions', 'dollars'] as const).map((unit) => ({
    value: unit,
    label: unit === 'thousands' ? 'Thousands of dollars, as the report prints them' : unit === 'millions' ? 'Millions of dollars' : 'Dollars',
    examples: unitless.map((s) => `“${s.text}” (row ${s.row}, column ${columnLetter(s.a.index)}) → ${show(s.text, unit, mark) ?? 'not a number'}`),
  }));
}

function baseReading(layout: SheetLayout, choices: ReadingChoices): FileReading {
  return {
    fileName: layout.source.fileName,
    summary: '',
    notes: layout.notes,
    questions: layout.questions.map((q) => (q.kind === 'choice' ? { ...q, options: optionsFor(layout, q.id) } : q)),
    preview: [],
    rows: layout.rows.filter((r) => r.kind === 'line').length,
    choices,
  };
}

/** Reads the laid-out rows into dataset JSON, or says what is open or wrong. */
export function sheetToDataset(layout: SheetLayout, choices: ReadingChoices): SheetResult {
  const reading = baseReading(layout, choices);
  const open = reading.questions.filter((q) => q.chosen === null);
  if (open.length > 0 || layout.numbers.kind === 'ask') {
    reading.summary = [...layout.source.opened, `${reading.rows} funding line${reading.rows === 1 ? '' : 's'} to read once ${open.length === 1 ? 'the question below is' : 'the questions below are'} answered`].join('; ');
    return { ok: true, reading, json: null, namesItsSource: layout.columns.source !== null, provenance: null };
  }
  const { source, columns, headings } = layout;
  const mark = layout.numbers.mark;
  const problems: DatasetProblem[] = [];
  const at = (row: number, index: number) => position(source, row, index, headings[index]);
  const text = (r: SheetRow, index: number | null) => (index === null ? '' : unescapeFormula(cleanText(cellText(r.cells[index])).trim()));
  const countries = new Map<string, { id: string; name: string; region: string; row: number }>();
  const editions = new Map<string, EditionDraft>();
  const preview: PreviewRow[] = [];
  const sheetTotals: { row: SheetRow; amounts: Map<number, number | null> }[] = [];
  const lineSums = new Map<number, number>();
  let totalNotSum = 0;

  for (const r of layout.rows) {
    const amounts = new Map<number, number | null>();
    const raws = new Map<number, string>();
    let bad = false;
    for (const a of [...columns.years, columns.cumulative]) {
      const read = amountOf(r.cells[a.index], a.unit ?? 'thousands', mark, a.year !== null);
      if ('problem' in read) {
        problems.push({ path: at(r.row, a.index), message: read.problem });
        bad = true;
      } else {
        amounts.set(a.index, read.value);
        raws.set(a.index, read.raw);
      }
    }
    if (r.kind === 'sheet-total') {
      if (!bad) sheetTotals.push({ row: r, amounts });
      continue;
    }
    const name = layout.country ?? text(r, columns.country);
    if (!name) {
      problems.push({ path: at(r.row, columns.country ?? 0), message: 'expected a country name; found an empty cell. In Excel, type the country on every row (a merged or blank cell under a name counts as empty)' });
      continue;
    }
    const report = columns.source === null ? source.fileName : text(r, columns.source);
    if (!report) {
      problems.push({ path: at(r.row, columns.source ?? 0), message: 'expected the report or office the figures come from; found an empty cell. In Excel, fill in the Source column on every row' });
      continue;
    }
    const edition = parseEdition(text(r, columns.edition));
    if (typeof edition === 'string') {
      problems.push({ path: at(r.row, columns.edition ?? 0), message: `expected an edition year such as 2018, or a blank cell for figures that are not a report edition; found ${edition}. In Excel, type the year alone` });
      continue;
    }
    const id = countryIdFromName(name);
    if (!id) {
      problems.push({ path: at(r.row, columns.country ?? 0), message: `expected a country name with at least one letter or digit; found ${quoteShort(name)}` });
      continue;
    }
    const country = countries.get(id) ?? { id, name, region: text(r, columns.region) || 'Not given', row: r.row };
    // Names that differ but make the same id ("Côte d'Ivoire", "Cote d Ivoire") would merge two countries' rows: refused, not guessed.
    if (country.name !== name) {
      problems.push({ path: at(r.row, columns.country ?? 0), message: `${quoteShort(name)} and ${quoteShort(country.name)} (row ${country.row}) would be the same country; spell it one way throughout` });
      continue;
    }
    countries.set(id, country);
    if (bad) continue;
    const editionKey = `${report}\u0000${edition ?? ''}`;
    const draftEdition: EditionDraft = editions.get(editionKey) ?? { report, edition, yearsWithFigures: new Set(), tables: new Map() };
    editions.set(editionKey, draftEdition);
    const table: TableDraft = draftEdition.tables.get(id) ?? { countryId: id, page: text(r, columns.page) || null, cumulativeFrom: null, rows: [], printedTotal: null, sheetRows: [], totalRow: null };
    draftEdition.tables.set(id, table);
    if (table.cumulativeFrom === null) {
      const m = /(\d{4})/.exec(text(r, columns.cumulativeFrom));
      table.cumulativeFrom = m?.[1] ? Number(m[1]) : columns.cumulativeFromHeading;
    }
    const byFiscalYear: Record<string, number | null> = {};
    for (const y of columns.years) {
      const value = amounts.get(y.index) ?? null;
      byFiscalYear[String(y.year)] = value;
      if (value !== null) draftEdition.yearsWithFigures.add(y.year ?? 0);
    }
    const cumulative = amounts.get(columns.cumulative.index) ?? 0;
    const lineText = text(r, columns.line);
    const labelText = text(r, columns.label);
    const where = edition === null ? '' : ` in the ${edition} edition`;
    const lineColumn = columns.line ?? columns.label ?? 0;
    if (r.kind === 'total') {
      if (table.printedTotal) problems.push({ path: at(r.row, lineColumn), message: `${quoteShort(name)} has a second total row${where}. In Excel, keep one total row per country` });
      table.printedTotal = { label: labelText || (lineText.toUpperCase() === TOTAL_LABEL ? TOTAL_LABEL : lineText || TOTAL_LABEL), byFiscalYear, cumulative };
      table.totalRow = r.row;
      continue;
    }
    const line = mapFundingLabel(lineText) ?? mapFundingLabel(labelText);
    if (!line) {
      problems.push({ path: at(r.row, lineColumn), message: `expected an agency line (DOS NADR-CWD, DOS Other, DoD, USAID or CDC); found ${quoteShort(lineText || labelText)}. In Excel, name each row's line as the report prints it` });
      continue;
    }
    if (table.rows.some((row) => row.agency === line.agency && row.program === line.program)) {
      problems.push({ path: at(r.row, lineColumn), message: `${quoteShort(name)} already has a ${LINE_NAMES[lineOf(line)]} row${where}. In Excel, keep one row per funding line` });
      continue;
    }
    table.rows.push({ ...line, label: labelText || lineText, byFiscalYear, cumulative });
    table.sheetRows.push(r.row);
    for (const [index, value] of amounts) lineSums.set(index, (lineSums.get(index) ?? 0) + (value ?? 0));
    if (columns.cumulativeIsTotal) {
      const sum = columns.years.reduce((s, y) => s + (amounts.get(y.index) ?? 0), 0);
      if (Math.abs(sum - cumulative) > 1e-6) totalNotSum++;
    }
    if (preview.length < 5) {
      preview.push({
        row: r.row,
        country: name,
        line: LINE_NAMES[lineOf(line)],
        figures: [...columns.years, columns.cumulative].map((a) => ({ column: a.year === null ? 'Cumulative' : fiscalYearLabel(a.year), raw: raws.get(a.index) ?? '', thousands: amounts.get(a.index) ?? null })),
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const notes = [...layout.notes];
  const firstYear = columns.years[0]?.year ?? null;
  if (columns.cumulativeIsTotal) {
    const letter = columnLetter(columns.cumulative.index);
    if (totalNotSum === 0 && firstYear !== null) {
      for (const e of editions.values()) for (const t of e.tables.values()) t.cumulativeFrom ??= firstYear;
      notes.push(`Column ${letter} ${quoteShort(columns.cumulative.heading)} read as the cumulative total since ${fiscalYearLabel(firstYear)}: on every row it is the sum of the years given.`);
    } else {
      notes.push(`Column ${letter} ${quoteShort(columns.cumulative.heading)} read as the cumulative total since each country's first funding (year not given): on ${totalNotSum} row${totalNotSum === 1 ? '' : 's'} it is not the sum of the years given.`);
    }
  }
  // A sheet of one country: its total row, wherever the country is named, is that country's printed total.
  const [onlyEdition] = editions.values();
  const [onlyTable] = onlyEdition && editions.size === 1 && countries.size === 1 ? onlyEdition.tables.values() : [];
  const [sheetTotal] = sheetTotals;
  if (onlyTable && onlyTable.printedTotal === null && sheetTotal && sheetTotals.length === 1) {
    const { row, amounts } = sheetTotals.splice(0, 1)[0] ?? sheetTotal;
    onlyTable.printedTotal = {
      label: text(row, columns.line) || text(row, columns.label) || text(row, columns.country) || TOTAL_LABEL,
      byFiscalYear: Object.fromEntries(columns.years.map((y) => [String(y.year), amounts.get(y.index) ?? null])),
      cumulative: amounts.get(columns.cumulative.index) ?? 0,
    };
    onlyTable.totalRow = row.row;
  }
  for (const e of editions.values()) {
    for (const t of e.tables.values()) {
      if (t.totalRow !== null) notes.push(`Row ${t.totalRow} read as ${countries.get(t.countryId)?.name ?? t.countryId}'s printed total and checked against its lines.`);
    }
  }
  for (const { row, amounts } of sheetTotals) {
    const differ = [...amounts].filter(([index, value]) => value !== null && Math.abs(value - (lineSums.get(index) ?? 0)) > 1e-6);
    notes.push(
      differ.length === 0
        ? `Row ${row.row} ${quoteShort(cellText(row.cells[columns.country ?? 0]))} is the sheet's total; it agrees with the lines above it and is not stored as a figure.`
        : `Row ${row.row} ${quoteShort(cellText(row.cells[columns.country ?? 0]))} is the sheet's total and disagrees with the lines above it in column${differ.length === 1 ? '' : 's'} ${differ.map(([i, v]) => `${columnLetter(i)} (printed ${formatThousands(v ?? 0)}, lines add to ${formatThousands(lineSums.get(i) ?? 0)})`).join(', ')}; it is not stored as a figure.`,
    );
  }
  const allYears = columns.years.map((y) => y.year ?? 0);
  const { json, provenance } = buildDatasetJson(source.fileName, editions, [...countries.values()], allYears);
  const workbook = source.kind === 'workbook';
  const numberWords = layout.numbers.neutral ? (workbook ? 'numbers as the workbook stores them' : 'whole numbers') : `${MARK_WORDS[mark]}${workbook ? ' in figures stored as text' : ''}`;
  const countryCount = countries.size;
  return {
    ok: true,
    json,
    provenance,
    namesItsSource: columns.source !== null,
    reading: {
      ...reading,
      notes: layout.numbers.because && !layout.numbers.neutral ? [`Decimal mark: ${layout.numbers.because}.`, ...notes] : notes,
      preview,
      summary: [
        ...source.opened,
        numberWords,
        unitPhrase([...columns.years, columns.cumulative]),
        `${countryCount} ${countryCount === 1 ? 'country' : 'countries'}, ${fiscalYearsPhrase(allYears)}`,
      ].join('; '),
    },
  };
}
