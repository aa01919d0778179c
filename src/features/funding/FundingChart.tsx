import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { BarChartDescription } from '../../lib/export/chartDescription';
import { formatDollarsFromThousands, formatThousands } from '../../ui/format';

type ChartRow = Record<string, number | string> & { label: string; total: number };

const TOTAL_ANCHOR = '__totalAnchor';

function EmptyShape() {
  return <g />;
}

function FundingTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || payload.length === 0) return null;
  const series = payload.filter((p) => p.dataKey !== TOTAL_ANCHOR);
  const total = series.reduce((sum, p) => sum + (typeof p.value === 'number' ? p.value : 0), 0);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{String(label)}</p>
      <table>
        <tbody>
          {[...series].reverse().map((p) => {
            const value = typeof p.value === 'number' ? p.value : 0;
            return (
              <tr key={String(p.dataKey)}>
                <th scope="row">
                  <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
                  {p.name}
                </th>
                <td>{formatThousands(value)}</td>
                <td className="chart-tooltip__exact">{formatDollarsFromThousands(value)}</td>
              </tr>
            );
          })}
          <tr className="chart-tooltip__total">
            <th scope="row">Total</th>
            <td>{formatThousands(total)}</td>
            <td className="chart-tooltip__exact">{formatDollarsFromThousands(total)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Stacked bars, one per selected fiscal year, one colour per agency line; drawn from the same description as the export. */
export default function FundingChart({ chart, height }: { chart: BarChartDescription; height: number }) {
  const data: ChartRow[] = chart.categories.map((label, i) => {
    const amounts = Object.fromEntries(chart.series.map((s) => [s.key, s.values[i] ?? 0]));
    const total = chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
    return { ...amounts, label, total, [TOTAL_ANCHOR]: 0 };
  });
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart data={data} margin={{ top: 24, right: 8, bottom: 8, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="label" tickLine={false} tick={{ fill: 'currentColor' }} />
        <YAxis tickFormatter={(v: number) => formatThousands(v)} width={72} allowDecimals={false} tick={{ fill: 'currentColor' }} />
        <Tooltip content={FundingTooltip} cursor={{ fill: 'rgba(0,0,0,0.06)' }} isAnimationActive={false} />
        <Legend position="bottom" itemSorter={null} />
        {chart.series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="funding" fill={s.colour} isAnimationActive={false} />
        ))}
        {/*
          The year's total on top of each stack. A zero-height series with a
          custom (empty) shape: Recharts drops zero-height bars and their labels
          unless the shape is custom, and the top series can be zero (DoD FY2015).
        */}
        <Bar dataKey={TOTAL_ANCHOR} stackId="funding" shape={EmptyShape} legendType="none" tooltipType="none" isAnimationActive={false}>
          <LabelList dataKey="total" position="top" fill="currentColor" formatter={(v) => (typeof v === 'number' ? formatThousands(v) : '')} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
