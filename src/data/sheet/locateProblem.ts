import type { DatasetProblem } from '../model/datasetError';
import type { Provenance } from './datasetDraft';
import { position, type SheetLayout } from './readSheet';

/** Locates a dataset problem in the sheet ("row 7, column D "FY2017"") instead of a JSON path. */
export function locateProblem(problem: DatasetProblem, provenance: Provenance, layout: SheetLayout): DatasetProblem {
  // A message that names another country by its place in the file names it by its row instead.
  const message = problem.message.replace(/\bcountries\[(\d+)\]/g, (_whole, i: string) => {
    const row = provenance.find((p) => p.kind === 'country' && p.path === `countries[${i}]`)?.row;
    return row === undefined ? 'another country' : `the country in row ${row}`;
  });
  problem = { ...problem, message };
  const hit = provenance.find((p) => problem.path === p.path || problem.path.startsWith(`${p.path}.`) || problem.path.startsWith(`${p.path}[`));
  if (!hit) return { path: layout.source.place, message: problem.message };
  const field = problem.path.slice(hit.path.length).replace(/^\./, '');
  const { columns } = layout;
  const year = /byFiscalYear(?:\.|\[")(\d{4})/.exec(field)?.[1];
  const column =
    year !== undefined
      ? columns.years.find((y) => String(y.year) === year)?.index
      : field.startsWith('cumulative')
        ? columns.cumulative.index
        : /^(label|agency|program)/.test(field)
          ? (columns.label ?? columns.line ?? undefined)
          : /^region/.test(field)
            ? (columns.region ?? undefined)
            : hit.kind === 'country' || /^name/.test(field)
              ? (columns.country ?? undefined)
              : undefined;
  return { path: position(layout.source, hit.row, column, column === undefined ? undefined : layout.headings[column]), message: problem.message };
}
