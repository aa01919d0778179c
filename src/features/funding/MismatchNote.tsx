import type { TotalMismatch } from '../../data/model/totals';
import { formatDollarsFromThousands } from '../../lib/format';
import { mismatchColumnName } from '../../ui/mismatchText';

/** States a printed-total disagreement plainly: both figures, neither corrected. */
export function MismatchNote({ mismatches }: { mismatches: readonly TotalMismatch[] }) {
  if (mismatches.length === 0) return null;
  return (
    <div className="alert alert--warning" role="note">
      <p className="alert__title">The printed total disagrees with its rows</p>
      <ul>
        {mismatches.map((m) => (
          <li key={String(m.column)}>
            {mismatchColumnName(m.column)}: printed {formatDollarsFromThousands(m.printed)}, rows add up to {formatDollarsFromThousands(m.computed)}.
          </li>
        ))}
      </ul>
      <p>The report&apos;s printed figure is kept as printed; the sum of the rows is shown beside it.</p>
    </div>
  );
}
