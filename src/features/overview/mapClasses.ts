/** Viridis at four steps, light to dark: sequential, readable with any colour vision and in greyscale. */
export const MAP_STEPS = ['#fde725', '#35b779', '#31688e', '#440154'] as const;

/** One colour of the map's key: the exact least and greatest figure it stands for (USD thousands). */
export interface MapClass {
  from: number;
  to: number;
  colour: string;
}

/**
 * Four classes of the positive figures by quartile of their distinct values, each with the exact least and
 * greatest figure in it; fewer when there are fewer distinct figures. $0 and "not reported" (null) are
 * keyed apart, so they are left out here.
 */
export function classesOf(values: readonly (number | null)[]): MapClass[] {
  const sorted = [...new Set(values.filter((v): v is number => v !== null && v > 0))].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const count = Math.min(MAP_STEPS.length, sorted.length);
  return Array.from({ length: count }, (_, i) => {
    const slice = sorted.slice(Math.floor((i * sorted.length) / count), Math.floor(((i + 1) * sorted.length) / count));
    const step = count === MAP_STEPS.length ? i : Math.round((i * (MAP_STEPS.length - 1)) / Math.max(1, count - 1));
    return { from: slice[0] ?? 0, to: slice.at(-1) ?? 0, colour: MAP_STEPS[step] ?? MAP_STEPS[0] };
  });
}

/**
 * One key for a map that steps through the years: the classes of every figure of every year together, so
 * a colour means the same amount in each year and a change of colour is a change of funding, not of key.
 * `valuesByYear` holds, for each year offered, every country's figure for that year (null: not reported).
 */
export function classesAcrossYears(valuesByYear: readonly (readonly (number | null)[])[]): MapClass[] {
  return classesOf(valuesByYear.flat());
}

/** The colour of a positive figure: the first class whose greatest figure reaches it. */
export function classColour(value: number, classes: readonly MapClass[]): string {
  return classes.find((c) => value <= c.to)?.colour ?? classes.at(-1)?.colour ?? MAP_STEPS[3];
}
