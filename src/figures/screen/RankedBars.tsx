import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type YAxisTickContentProps } from 'recharts';
import type { BarChartDescription } from '../chartDescription';
import { formatDollarsFromThousands, formatThousands } from '../../lib/format';
import { formatChartTick } from '../chartSummary';
import { markLabels } from '../markLabels';
import { nameLines } from '../svgPlots';
import { estimateTextWidth } from '../../lib/export/textMeasure';

/** Names wider than this go on two lines on the axis ("Democratic Republic" / "of the Congo"), never cut. */
const MAX_NAME_WIDTH = 150;
const NAME_SIZE = 13;

const linesOf = (name: string, bold: boolean) => nameLines(name, MAX_NAME_WIDTH, (t) => estimateTextWidth(t, NAME_SIZE, bold ? 700 : 400));

function NameTick({ x, y, payload, highlighted }: YAxisTickContentProps & { highlighted: ReadonlySet<string> }) {
  const name = String(payload.value);
  const bold = highlighted.has(name);
  const lines = linesOf(name, bold);
  return (
    <text x={x} y={y} textAnchor="end" fill="currentColor" fontSize={lines.length > 1 ? 12 : NAME_SIZE} fontWeight={bold ? 700 : 400}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function RankedTooltip({ active, payload, label }: TooltipContentProps) {
  const value = payload[0]?.value;
  if (!active || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        <bdi>{String(label)}</bdi>
      </p>
      <p>{typeof value === 'number' ? `${formatThousands(value)} (${formatDollarsFromThousands(value)})` : 'not reported'}</p>
    </div>
  );
}

/**
 * A ranking drawn with Recharts: one horizontal bar per country in the order given (highest first),
 * the value at each bar's end, a $0 bar as a 2 px stub, a country with no figure labelled
 * "not reported", the country chosen outlined and in bold, and a long name on two lines.
 */
export function RankedBars({ chart, height }: { chart: BarChartDescription; height: number }) {
  const series = chart.series[0];
  const highlighted = new Set(chart.categories.filter((_, i) => chart.highlighted?.[i]));
  const data = chart.categories.map((label, i) => {
    const value = series?.values[i] ?? null;
    return { label, value, valueLabel: markLabels(chart, i)[0] ?? '' };
  });
  // Room after the longest bar for its value ("$127 million" on one line).
  const valueRoom = Math.min(160, Math.max(84, Math.ceil(Math.max(...data.map((d) => estimateTextWidth(d.valueLabel, 13)))) + 16));
  // The axis is as wide as the widest line of a name (a long one is on two lines), at most 220 px.
  const widest = Math.max(...chart.categories.flatMap((c) => linesOf(c, highlighted.has(c)).map((l) => estimateTextWidth(l, NAME_SIZE, highlighted.has(c) ? 700 : 400))), 30);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart layout="vertical" data={data} margin={{ top: 8, right: valueRoom, bottom: 8, left: 8 }} accessibilityLayer barCategoryGap={4}>
        <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis type="number" tickFormatter={(v: number) => formatChartTick(v, chart.unit)} allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} />
        <YAxis
          type="category"
          dataKey="label"
          width={Math.min(220, Math.ceil(widest) + 12)}
          interval={0}
          tickLine={false}
          tick={(props: YAxisTickContentProps) => <NameTick {...props} highlighted={highlighted} />}
        />
        <Tooltip content={(props) => <RankedTooltip {...props} />} cursor={{ fill: 'rgba(0,0,0,0.06)' }} isAnimationActive={false} />
        <Bar
          dataKey="value"
          name={series?.name ?? ''}
          fill={series?.colour ?? '#0072B2'}
          minPointSize={(value) => (value === null ? 0 : 2)}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => (
            <Rectangle {...props} {...(chart.highlighted?.[props.index] ? { stroke: 'currentColor', strokeWidth: 2 } : {})} />
          )}
        >
          <LabelList dataKey="valueLabel" position="right" fill="currentColor" fontSize={13} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
