/**
 * A "nice" linear axis from 0 to at least `max`: round tick steps of 1, 2,
 * 2.5 or 5 times a power of ten, about `target` ticks.
 */
export function niceScale(max: number, target = 5): { max: number; ticks: number[] } {
  if (!Number.isFinite(max) || max <= 0) return { max: 1, ticks: [0, 1] };
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Integer steps avoid floating-point drift (0.1 + 0.2).
  for (let i = 0; i * step <= top + step / 1e9; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return { max: top, ticks };
}
