import { LINE_NAMES } from '../../data/model/lines';
import type { ComparedCountry } from '../../data/selectors/comparison';
import type { DatasetSource } from '../../data/model/schema';
import type { ViewFilters } from '../../data/selectors/viewFilters';
import type { BarChartDescription } from '../../lib/export/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { formatFiscalYears, formatThousands } from '../../lib/format';
import { countryColour, OKABE_ITO } from '../../ui/palette';
import { linesLabel } from '../../ui/linesLabel';
import { mismatchColumnName } from '../../ui/mismatchText';
import { sourceLine } from '../../ui/sourceText';

function notesFor(compared: readonly ComparedCountry[], filters: ViewFilters): string[] {
  const notes: string[] = [];
  for (const c of compared) {
    if (c.missingLines.length > 0) {
      notes.push(`${c.country.name}: no ${c.missingLines.map((l) => LINE_NAMES[l]).join(', ')} line in its funding table; counted as $0K.`);
    }
    for (const m of c.mismatches) {
      notes.push(
        `Data-quality flag, ${c.country.name}: the printed ${mismatchColumnName(m.column)} total is ${formatThousands(m.printed)}, its rows add up to ${formatThousands(m.computed)}.`,
      );
    }
  }
  const missing = compared.flatMap((c) => {
    const years = filters.years.filter((y) => c.byYear[y] === null);
    return years.length > 0 ? [`${c.country.name} ${years.map((y) => `FY${y}`).join(', ')}`] : [];
  });
  if (missing.length > 0) notes.push(`Not reported by any edition in this dataset (n/r, no bar; not $0K): ${missing.join('; ')}.`);
  if (!filters.allLines) notes.push(`Only the ${linesLabel(filters)} lines of each country's table are counted.`);
  return notes;
}

function source(compared: readonly ComparedCountry[], src: DatasetSource): string {
  return sourceLine(src, compared.map((c) => ({ name: c.country.name, source: null })));
}

/** Fiscal-year funding, one bar per country in each year. */
export function comparisonByYearChart(compared: readonly ComparedCountry[], filters: ViewFilters, src: DatasetSource): BarChartDescription {
  const [first] = compared;
  const years = [...filters.years];
  return {
    fileBase: fileBase([first?.country.id ?? 'comparison', 'compared-by-fiscal-year', fiscalYearsSlug(years), filters.allLines ? '' : filters.lines.join('-')]),
    title: `U.S. CWD funding by fiscal year: ${compared.map((c) => c.country.name).join(', ')}`,
    subtitle: `${formatFiscalYears(years)} · ${linesLabel(filters)} · U.S. dollars in thousands`,
    categories: years.map((y) => `FY${y}`),
    series: compared.map((c, i) => ({
      key: c.country.id,
      name: c.country.name,
      colour: countryColour(i),
      values: years.map((y) => c.byYear[y] ?? null),
    })),
    layout: 'grouped',
    unit: 'usd-thousands',
    notes: notesFor(compared, filters),
    source: source(compared, src),
    table: {
      columns: ['Country', ...years.map((y) => `FY${y} (USD thousands)`)],
      rows: compared.map((c) => [c.country.name, ...years.map((y) => c.byYear[y] ?? '')]),
    },
  };
}

function cumulativeFromLabel(c: ComparedCountry): string {
  return c.country.cumulativeFrom ? `FY${c.country.cumulativeFrom}` : 'not given';
}

/** Cumulative funding since each country's first CWD funding, one bar per country. */
export function comparisonCumulativeChart(
  compared: readonly ComparedCountry[],
  filters: ViewFilters,
  fiscalYears: readonly number[],
  src: DatasetSource,
): BarChartDescription {
  const [first] = compared;
  const last = fiscalYears[fiscalYears.length - 1] ?? 0;
  return {
    fileBase: fileBase([first?.country.id ?? 'comparison', 'compared-cumulative', filters.allLines ? '' : filters.lines.join('-')]),
    title: `Cumulative U.S. CWD funding through FY${last}: ${compared.map((c) => c.country.name).join(', ')}`,
    subtitle: `Since each country's first CWD funding · ${linesLabel(filters)} · U.S. dollars in thousands`,
    categories: compared.map((c) => c.country.name),
    series: [{ key: 'cumulative', name: `Cumulative through FY${last}`, colour: OKABE_ITO.blue, values: compared.map((c) => c.cumulative) }],
    layout: 'grouped',
    unit: 'usd-thousands',
    notes: [
      `Each figure is the report's own cumulative column, from the country's first year of CWD funding (${compared.map((c) => `${c.country.name} ${cumulativeFromLabel(c)}`).join(', ')}); it is not the sum of the fiscal years.`,
      ...notesFor(compared, filters),
    ],
    source: source(compared, src),
    table: {
      columns: ['Country', 'Cumulative from', `Cumulative through FY${last} (USD thousands)`],
      rows: compared.map((c) => [c.country.name, cumulativeFromLabel(c), c.cumulative]),
    },
  };
}
