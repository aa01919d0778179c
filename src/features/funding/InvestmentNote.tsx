import type { InvestmentCheck } from '../../data/selectors/investmentCheck';
import { formatDollarsFromThousands, formatPeriod, formatResultValue, readableThousands, fiscalYearLabel } from '../../lib/format';

/**
 * The page's own investment figure, beside the table's cumulative, with the
 * check between them. A funding summary, not a result; a disagreement is
 * flagged like a printed-total mismatch, never corrected.
 */
export function InvestmentNote({ check, countryName }: { check: InvestmentCheck; countryName: string }) {
  const { investment } = check;
  const span = formatPeriod({ from: investment.from, to: investment.to });
  const table = readableThousands(check.tableThousands);
  return (
    <div className={`investment${check.agrees ? '' : ' investment--flagged'}`}>
      <p className="investment__figure">
        <span className="stat__label">The page&apos;s own figure, {span}:</span> {formatResultValue(investment).toLowerCase()}{' '}
        <span className="investment__printed">(printed “{investment.valueText}”)</span>
      </p>
      {check.agrees ? (
        <p className="investment__check">
          Consistent with the table: its all-agency cumulative, {table.text}
          {table.rounded ? ` (${table.dollars})` : ''}, is {investment.bound === 'more-than' || investment.bound === 'at-least' ? 'not below' : 'in line with'} it.
        </p>
      ) : (
        <p className="investment__check" role="note">
          <span className="flag">Data-quality flag</span> {countryName}&apos;s page gives {investment.valueText} for {span}, but the
          table&apos;s cumulative is {formatDollarsFromThousands(check.tableThousands)}. Both are kept as printed.
        </p>
      )}
      {check.startDiffers ? (
        <p className="investment__check">
          The page counts from {check.startDiffers.page}; the table&apos;s cumulative from {fiscalYearLabel(check.startDiffers.table)}.
        </p>
      ) : null}
    </div>
  );
}
