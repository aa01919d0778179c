import { fiscalYearLabel } from '../lib/format';

/** One column heading per fiscal year ("FY2016"), right-aligned over its figures. */
export function YearColumns({ years }: { years: readonly number[] }) {
  return (
    <>
      {years.map((y) => (
        <th key={y} scope="col" className="num">
          {fiscalYearLabel(y)}
        </th>
      ))}
    </>
  );
}

/** Sentences that qualify what is shown, as a list (nothing when there are none). */
export function NoteList({ notes, label, className = 'notes' }: { notes: readonly string[]; label: string; className?: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className={className} aria-label={label}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
