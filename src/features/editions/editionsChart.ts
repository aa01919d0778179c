import type { Restatement } from '../../data/editions/merge';
import type { CountryView } from '../../data/selectors/countryView';
import { restatementsToTell } from '../../data/selectors/restatements';
import { RESTATED_KEY, type BarChartDescription } from '../../figures/chartDescription';
import { fileBase, fiscalYearsSlug } from '../../lib/export/fileName';
import { fiscalYearLabel, formatFiscalYears, listInWords } from '../../lib/format';
import { OKABE_ITO } from '../../ui/palette';
import { restatementListText, seriesName } from '../../ui/restatementText';

/** The latest edition in blue, the one before in orange, then green and purple: a before-and-after read at a glance. */
const EDITION_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue] as const;

/** "2017 and 2018 editions", or each edition by its own name where one is an office's figures. */
function editionsNamed(labels: readonly string[]): string {
  const years = labels.map((l) => /^(\d{4}) edition$/.exec(l)?.[1]);
  if (years.every((y) => y !== undefined)) return `${listInWords(years)} ${labels.length === 1 ? 'edition' : 'editions'}`;
  return listInWords(labels);
}

/**
 * The restated figures drawn side by side, one bar per edition that prints them: the chart of "Across editions".
 * Its bars are the figures a later edition changed (a printed total only where no line of the same year changed:
 * it moved with its line), each edition's figure as printed; the later figure is outlined as restated. Its notes
 * are every restatement of the lines chosen, in words, with the change in dollars and percent. Null when no
 * edition changed a figure of the lines chosen.
 */
export function editionsChart(view: CountryView, restatements: readonly Restatement[]): BarChartDescription | null {
  const drawn = restatementsToTell(restatements);
  if (drawn.length === 0) return null;
  const { country, dataset, editionName } = view;
  const keys = [...new Set(drawn.map((r) => r.key))];
  const years = [...new Set(drawn.map((r) => r.fiscalYear))];
  // Every edition that prints a figure drawn, oldest first.
  const editions = [...new Map(drawn.flatMap((r) => r.figures).sort((a, b) => a.edition - b.edition).map((f) => [f.editionId, f])).values()];
  const names = editions.map((e) => editionName(e.editionId));
  const value = (r: Restatement, editionId: string) => r.figures.find((f) => f.editionId === editionId)?.value ?? null;
  const series = editions.map((e, i) => ({
    key: e.editionId,
    name: names[i] ?? e.editionId,
    colour: EDITION_COLOURS[(editions.length - 1 - i) % EDITION_COLOURS.length] ?? OKABE_ITO.black,
    values: drawn.map((r) => value(r, e.editionId)),
    // A figure that differs from the one first printed is the restated one.
    restated: drawn.map((r) => {
      const v = value(r, e.editionId);
      return v !== null && v !== r.figures[0]?.value;
    }),
  }));
  const notPrinted = series.some((s) => s.values.includes(null));
  const what = keys.length === 1 ? seriesName(keys[0] ?? 'total') : 'Funding lines restated';
  // Each edition's page, oldest first as the bars run.
  const pages = editions.flatMap((e) => view.editions.tables.find((t) => t.editionId === e.editionId)?.page ?? []);
  const pageNote = pages.length === 0 ? country.name : `${country.name} ${pages.length === 1 ? 'page' : 'pages'} (${pages.join(', ')})`;
  return {
    fileBase: fileBase([country.id, 'funding-as-each-edition-printed-it', fiscalYearsSlug(years)]),
    title: `${country.name}: funding as each edition printed it`,
    subtitle: `${what} · ${formatFiscalYears(years)} · ${editionsNamed(names)} · U.S. dollars`,
    categories: drawn.map((r) => (keys.length === 1 ? fiscalYearLabel(r.fiscalYear) : `${fiscalYearLabel(r.fiscalYear)} ${seriesName(r.key)}`)),
    series,
    layout: 'grouped',
    unit: 'usd-thousands',
    notes: [
      ...restatements.map((r) => restatementListText(r, editionName)),
      RESTATED_KEY,
      ...(notPrinted ? ['n/r: that edition does not print the year.'] : []),
      "Where a year shows one figure, it is the latest edition's.",
    ],
    source: `Source: ${[dataset.source.publisher, `${dataset.source.report}, ${editionsNamed(names)}`, pageNote].filter(Boolean).join(', ')}.`,
    table: {
      columns: ['Country', 'Funding line', 'Fiscal year', ...names.map((n) => `${n} (USD thousands)`)],
      rows: drawn.map((r) => [country.name, seriesName(r.key), fiscalYearLabel(r.fiscalYear), ...editions.map((e) => value(r, e.editionId) ?? '')]),
    },
  };
}
