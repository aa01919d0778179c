import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type YAxisTickContentProps } from 'recharts';
import type { BarChartDescription } from '../chartDescription';
import { formatDollarsFromThousands, formatThousands } from '../../lib/format';
import { formatChartTick } from '../chartSummary';
import { markLabels } from '../markLabels';

/** Names longer than this are cut with "…" on the axis; the tooltip and the table give them whole. */
const MAX_NAME_CHARS = 26;

function shortName(name: string): string {
  return name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS - 1).trimEnd()}…` : name;
}

function NameTick({ x, y, payload, highlighted }: YAxisTickContentProps & { highlighted: ReadonlySet<string> }) {
  const name = String(payload.value);
  return (
    <text x={x} y={y} dy="0.35em" textAnchor="end" fill="currentColor" fontSize={13} fontWeight={highlighted.has(name) ? 700 : 400}>
      <title>{name}</title>
      {shortName(name)}
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
 * the value at each bar's end, a $0 bar as a 2 px stub labelled $0K, a country with no figure labelled
 * "not reported", and the country in view outlined and in bold.
 */
export function RankedBars({ chart, height }: { chart: BarChartDescription; height: number }) {
  const series = chart.series[0];
  const highlighted = new Set(chart.categories.filter((_, i) => chart.highlighted?.[i]));
  const data = chart.categories.map((label, i) => {
    const value = series?.values[i] ?? null;
    return { label, value, valueLabel: markLabels(chart, i)[0] ?? '' };
  });
  const longest = Math.max(...chart.categories.map((c) => shortName(c).length), 4);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart layout="vertical" data={data} margin={{ top: 8, right: 84, bottom: 8, left: 8 }} accessibilityLayer barCategoryGap={4}>
        <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
        <XAxis type="number" tickFormatter={(v: number) => formatChartTick(v, chart.unit)} allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} />
        <YAxis
          type="category"
          dataKey="label"
          width={Math.min(220, longest * 7.2 + 12)}
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
