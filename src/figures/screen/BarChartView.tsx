import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
} from 'recharts';
import type { BarChartDescription } from '../chartDescription';
import { formatDollarsFromThousands, formatThousands } from '../../lib/format';
import { formatChartTick } from '../chartSummary';
import { markLabels } from '../markLabels';
import { RankedBars } from './RankedBars';
import { Swatch } from './Swatch';

type ChartRow = Record<string, number | string> & { label: string; total: string };

/** The key of a series' printed label in a chart row. */
const labelKey = (key: string) => `__label:${key}`;

const TOTAL_ANCHOR = '__totalAnchor';
const RESTATED_OUTLINE = { stroke: 'currentColor', strokeWidth: 2.5, strokeDasharray: '6 3' } as const;

function EmptyShape() {
  return <g />;
}

/** Category labels broken at spaces, one word a line, so "Burkina Faso" fits under its bar on a phone. */
function CategoryTick({ x, y, payload }: XAxisTickContentProps) {
  const words = String(payload.value).split(' ');
  return (
    <text x={x} y={y} textAnchor="middle" fill="currentColor" fontSize={13}>
      {words.map((word, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.9em' : '1.15em'}>
          {word}
        </tspan>
      ))}
    </text>
  );
}

function labelText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? formatThousands(value) : '';
}

function ChartTooltip({ active, payload, label, stacked, chart }: TooltipContentProps & { stacked: boolean; chart: BarChartDescription }) {
  if (!active || payload.length === 0) return null;
  const index = chart.categories.indexOf(String(label));
  const restated = (key: unknown) => chart.series.find((s) => s.key === key)?.restated?.[index] === true;
  const series = payload.filter((p) => p.dataKey !== TOTAL_ANCHOR);
  const total = series.reduce((sum, p) => sum + (typeof p.value === 'number' ? p.value : 0), 0);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{String(label)}</p>
      <table>
        <tbody>
          {series.map((p) => {
            const value = typeof p.value === 'number' ? p.value : 0;
            const reported = chart.series.find((s) => s.key === p.dataKey)?.values[index] !== null;
            return (
              <tr key={String(p.dataKey)}>
                <th scope="row">
                  {p.color ? <Swatch color={p.color} /> : null}
                  {p.name}
                  {restated(p.dataKey) ? <span className="chart-tooltip__restated"> (restated)</span> : null}
                </th>
                {reported ? (
                  <>
                    <td>{formatThousands(value)}</td>
                    <td className="chart-tooltip__exact">{formatDollarsFromThousands(value)}</td>
                  </>
                ) : (
                  <td colSpan={2}>not reported</td>
                )}
              </tr>
            );
          })}
          {stacked && series.length > 1 ? (
            <tr className="chart-tooltip__total">
              <th scope="row">Total</th>
              <td>{formatThousands(total)}</td>
              <td className="chart-tooltip__exact">{formatDollarsFromThousands(total)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Draws a BarChartDescription with Recharts: stacked bars with the total on
 * top, or grouped bars each with its value. The same description is what the
 * export draws, so screen and image agree. Loaded lazily (Recharts is large).
 */
function BarChartView({ chart, height }: { chart: BarChartDescription; height: number }) {
  if (chart.layout === 'ranked') return <RankedBars chart={chart} height={height} />;
  const stacked = chart.layout === 'stacked';
  const multiLine = chart.categories.some((c) => c.includes(' '));
  const data: ChartRow[] = chart.categories.map((label, i) => {
    // A value not reported has no bar: in a stack it is left out; side by side it is a bar of no height,
    // so that its "n/r" label has a place (the tooltip says "not reported", not $0K).
    const amounts = Object.fromEntries(chart.series.flatMap((s) => (s.values[i] === null ? (stacked ? [] : [[s.key, 0]]) : [[s.key, s.values[i] ?? 0]])));
    // What the marks print (markLabels): a stack's total, or "not reported" for a year no source prints;
    // each side-by-side bar's value, or "n/r".
    const printed = markLabels(chart, i);
    const labels = stacked ? {} : Object.fromEntries(chart.series.map((s, j) => [labelKey(s.key), printed[j] ?? '']));
    return { ...amounts, ...labels, label, total: printed[0] ?? '', [TOTAL_ANCHOR]: 0 };
  });
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart data={data} margin={{ top: 24, right: 8, bottom: 8, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="label" tickLine={false} tick={CategoryTick} interval={0} height={multiLine ? 44 : 30} />
        <YAxis tickFormatter={(v: number) => formatChartTick(v, chart.unit)} width={80} allowDecimals={false} tick={{ fill: 'currentColor' }} />
        <Tooltip content={(props) => <ChartTooltip {...props} stacked={stacked} chart={chart} />} cursor={{ fill: 'rgba(0,0,0,0.06)' }} isAnimationActive={false} />
        <Legend position="bottom" itemSorter={null} formatter={(value: string) => <bdi>{value}</bdi>} />
        {chart.series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId={stacked ? 'stack' : undefined}
            fill={s.colour}
            isAnimationActive={false}
            // A restated figure: a dashed outline, as in the exported image. Side by side the shape is always
            // our own: Recharts drops a bar of no height, and its label ($0K, n/r) with it, unless it is custom.
            {...(!stacked || s.restated?.some(Boolean)
              ? { shape: (props: BarShapeProps) => <Rectangle {...props} {...(s.restated?.[props.index] ? RESTATED_OUTLINE : {})} /> }
              : {})}
          >
            {stacked ? null : <LabelList dataKey={labelKey(s.key)} position="top" fill="currentColor" fontSize={12} formatter={labelText} />}
          </Bar>
        ))}
        {/*
          The total on top of each stack: a zero-height series with a custom
          (empty) shape. Recharts drops zero-height bars and their labels unless
          the shape is custom, and the top series can be zero (DoD FY2015).
        */}
        {stacked ? (
          <Bar dataKey={TOTAL_ANCHOR} stackId="stack" shape={EmptyShape} legendType="none" tooltipType="none" isAnimationActive={false}>
            <LabelList dataKey="total" position="top" fill="currentColor" formatter={labelText} />
          </Bar>
        ) : null}
      </BarChart>
    </ResponsiveContainer>
  );
}

// Memoised: while a filter change paints the tables and tiles, the chart keeps
// its previous description (ChartFrame defers it) and is redrawn right after.
export default memo(BarChartView);
