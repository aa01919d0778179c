import { namesThenMore } from '../lib/format';
import { stripUnsafe } from '../lib/safeText';

/*
 * The address is shared by the page and its features: each feature reads and writes its own
 * parameters (src/features/<name>/params.ts), with these helpers, and src/app/urlState.ts puts them
 * together in one canonical order.
 */

/** A comma-separated list as given, trimmed, empty items dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** The values a notice names: each cut short, at most five, then how many more (a link may carry thousands). */
export const MAX_VALUES_NAMED = 5;

export function quoted(values: readonly string[]): string {
  const named = values.slice(0, MAX_VALUES_NAMED + 1).map((v) => `“${stripUnsafe(v.length > 40 ? `${v.slice(0, 40)}…` : v)}”`);
  // Only the first few are quoted; the rest are counted.
  return namesThenMore([...named, ...values.slice(named.length)], MAX_VALUES_NAMED);
}

/**
 * The order parameters take in a written address, whoever writes them: a link reads the same however
 * the view was reached, and a test can hold it exactly.
 */
export const PARAM_ORDER = ['dataset', 'view', 'country', 'measure', 'years', 'lines', 'compare', 'kind', 'partner', 'region', 'top', 'search', 'sort', 'open', 'embed', 'q'] as const;
export type ParamName = (typeof PARAM_ORDER)[number];

/** Parameters being written: each feature sets its own; the page writes them out in PARAM_ORDER. */
export type ParamsOut = Map<ParamName, string>;
