import type { Bound, FigureUnit, Period } from '../data/model/schema';

/** Digits of |value| as a plain decimal, split at the point: the shortest decimal that reads back as the value (what the data file says), never an exponent. */
function plainDecimal(abs: number): [string, string] {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(abs));
  if (!match) throw new Error(`cannot format ${abs}`);
  let digits = `${match[1] ?? ''}${match[2] ?? ''}`;
  let point = (match[1] ?? '').length + Number(match[3] ?? 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return [digits.slice(0, point), digits.slice(point)];
}

/** Adds one unit in the last place of a string of decimal digits. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * `value` written as `new Intl.NumberFormat('en-US', { minimumFractionDigits,
 * maximumFractionDigits }).format(value)` writes it: digits grouped by
 * thousands, rounded half away from zero at the last decimal kept (tests
 * check the two agree). Written out here because a page's first
 * Intl.NumberFormat loads locale data, a pause of about 70 ms on this
 * project's test machine, right in the first view's path.
 */
export function formatDecimal(value: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) {
    // Never in this data (amounts are checked); the standard formatter has the last word.
    return new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits }).format(value);
  }
  const negative = value < 0 || Object.is(value, -0);
  const [whole, fraction] = plainDecimal(Math.abs(value));
  let integerPart = whole;
  let fractionPart = fraction;
  if (fractionPart.length > maximumFractionDigits) {
    const kept = whole + fraction.slice(0, maximumFractionDigits);
    const rounded = Number(fraction[maximumFractionDigits]) >= 5 ? incrementDigits(kept) : kept;
    integerPart = rounded.slice(0, rounded.length - maximumFractionDigits);
    fractionPart = rounded.slice(rounded.length - maximumFractionDigits);
  }
  fractionPart = fractionPart.replace(/0+$/, '').padEnd(minimumFractionDigits, '0');
  integerPart = integerPart.replace(/^0+(?=\d)/, '');
  const grouped = integerPart.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}${fractionPart ? `.${fractionPart}` : ''}`;
}

/** USD thousands as the report prints them, marked: 1200 -> "$1,200K". */
export function formatThousands(amount: number): string {
  return `$${formatDecimal(amount, 3)}K`;
}

/** USD thousands with every decimal the figure has, never rounded: 0.0012 -> "$0.0012K" (what an import will store). */
export function formatExactThousands(amount: number): string {
  return `$${formatDecimal(amount, 15)}K`;
}

/** USD thousands written out in dollars: 1200 -> "$1,200,000". An exact conversion, not a rounding. */
export function formatDollarsFromThousands(amount: number): string {
  return `$${formatDecimal(amount * 1000, 3)}`;
}

export function formatCount(value: number): string {
  return formatDecimal(value, Number.isInteger(value) ? 0 : 3);
}

/** An amount of USD thousands as officers write it, and whether that writing is rounded. */
export interface ReadableAmount {
  /** "$670,000" below $1 million; "$48.0 million", "$1.18 million", "$229 million" from $1 million up. */
  text: string;
  /** The figure in whole dollars, never rounded: "$1,182,000". */
  dollars: string;
  /** The figure as the report's tables print it: "$1,182K". */
  exact: string;
  /** Whether `text` differs from the exact figure (three significant figures dropped some digits). */
  rounded: boolean;
}

/**
 * The one money rule for slides, briefs, chart labels and headlines. Below $1 million, the dollars in full
 * ("$670,000": always exact, since the report counts in thousands). From $1 million up, millions (or
 * billions) to three significant figures: 48000 -> "$48.0 million" (exact), 1182 -> "$1.18 million"
 * (rounded), 229150 -> "$229 million" (rounded). Tables, tooltips and data sheets keep the exact
 * thousands (`exact`). `signed` writes a change: "+$15.9 million", "−$400,000".
 */
export function readableThousands(amount: number, options: { signed?: boolean } = {}): ReadableAmount {
  const abs = Math.abs(amount);
  const sign = amount < 0 ? '−' : options.signed && amount > 0 ? '+' : '';
  const exact = `${sign}${formatThousands(abs)}`;
  const dollars = `${sign}${formatDollarsFromThousands(abs)}`;
  if (abs < 1000) return { text: dollars, dollars, exact, rounded: false };
  for (const [divisor, name] of [[1000, 'million'], [1_000_000, 'billion']] as const) {
    // Three significant figures: the decimals depend on the digits before the point after rounding (9,995 -> 10.0).
    let decimals = 2;
    let shown = formatDecimal(abs / divisor, decimals, decimals);
    while (decimals > 0 && Number(shown.replace(/,/g, '')) >= 10 ** (3 - decimals)) {
      decimals -= 1;
      shown = formatDecimal(abs / divisor, decimals, decimals);
    }
    if (name === 'million' && Number(shown.replace(/,/g, '')) >= 1000) continue;
    // Compared in whole thousands, so float error never makes an exact figure look rounded.
    const back = Math.round(Number(shown.replace(/,/g, '')) * 10 ** decimals) * (divisor / 10 ** decimals);
    return { text: `${sign}$${shown} ${name}`, dollars, exact, rounded: back !== abs };
  }
  return { text: dollars, dollars, exact, rounded: false };
}

/**
 * A change as a share of the figure it changed from, to the whole percent, signed: (15945, 15000) -> "+106%",
 * (-1700, 2000) -> "−85%". Worked out from the exact figures and rounded half away from zero; a change under
 * half a percent is "less than 1%" (the amount beside it carries the sign) rather than "+0%". Null where the earlier figure is $0 (no share of nothing).
 */
export function formatPercentChange(change: number, from: number): string | null {
  if (from === 0) return null;
  if (change === 0) return '0%';
  const sign = change < 0 ? '−' : '+';
  const percent = Math.round(Math.abs((change / from) * 100));
  return percent === 0 ? 'less than 1%' : `${sign}${formatDecimal(percent, 0)}%`;
}

/** The line an output carries when any of its figures is rounded, naming where the exact ones are. */
export function roundedMoneyNote(where: string): string {
  return `Amounts of $1 million or more are rounded to three significant figures; ${where} gives them exactly.`;
}

const BOUND_WORDS: Record<Bound, string> = {
  exact: '',
  'more-than': 'More than ',
  'at-least': 'At least ',
  approximately: 'Approximately ',
  nearly: 'Nearly ',
  'less-than': 'Less than ',
};

/** The figure with its unit: "27,990", "1,614,140 square meters", "$3 million", "90%". */
export function formatFigureAmount(figure: { value: number; unit: FigureUnit }): string {
  const n = formatCount(figure.value);
  switch (figure.unit) {
    case 'count':
      return n;
    case 'square-meters':
      return `${n} square meters`;
    case 'square-kilometers':
      return `${n} square kilometers`;
    case 'metric-tons':
      return `${n} metric tons`;
    case 'percent':
      return `${n}%`;
    case 'usd':
      return `$${n}`;
    case 'usd-millions':
      return `$${n} million`;
  }
}

/** "More than 27,990", "256", "1,614,140 square meters (399 acres)", "More than $3 million": the page's qualifier kept. */
export function formatResultValue(figure: { value: number; bound: Bound; unit: FigureUnit; alsoPrinted?: string | null }): string {
  const also = figure.alsoPrinted ? ` (${figure.alsoPrinted})` : '';
  return `${BOUND_WORDS[figure.bound]}${formatFigureAmount(figure)}${also}`;
}

/** The printed words where they differ from how the figure is shown ("two", "approximately eight million"), else null. */
export function printedWordsIfDifferent(figure: { valueText: string | null; value: number; bound: Bound; unit: FigureUnit }): string | null {
  if (!figure.valueText) return null;
  const plain = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const printed = plain(figure.valueText);
  // The number as shown, with and without its unit ("less than 100" is shown as "Less than 100 square kilometers").
  const forms = [formatFigureAmount(figure), formatCount(figure.value)].flatMap((n) => [n, `${BOUND_WORDS[figure.bound]}${n}`]);
  return forms.some((form) => plain(form) === printed) ? null : figure.valueText;
}

/** Calendar years: "2017", "2015–2017", or "up to 2017" where the page gives no start. */
export function formatPeriod(period: Pick<Period, 'from' | 'to'>): string {
  if (period.from === null) return `up to ${period.to}`;
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** A regional chart's country share as the charts print it, to two decimals: 0 -> "0.00%", 5.7 -> "5.70%". */
export function formatSharePercent(percent: number): string {
  return `${formatDecimal(percent, 2, 2)}%`;
}

/**
 * A share of a whole as the overview shows it, to one decimal: 20.947 → "20.9%"; a share above 0 that would
 * read 0.0% → "<0.1%"; none (not reported, or a whole of $0) → "–".
 */
export function formatShare(percent: number | null): string {
  if (percent === null) return '–';
  if (percent > 0 && percent < 0.05) return '<0.1%';
  return `${formatDecimal(percent, 1, 1)}%`;
}

/** The same share for a data sheet: the percent as a number to one decimal (20.9), or "<0.1" where it would read 0.0. */
export function shareCell(percent: number): number | string {
  if (percent > 0 && percent < 0.05) return '<0.1';
  return Number(formatDecimal(percent, 1).replace(/,/g, ''));
}

/** Fiscal years: "FY2017", "FY2015–FY2017" for a run, "FY2015, FY2017" otherwise. */
export function formatFiscalYears(years: readonly number[]): string {
  if (years.length === 0) return 'no fiscal year';
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const contiguous = last - first === sorted.length - 1;
  if (sorted.length === 1) return fiscalYearLabel(first);
  if (contiguous) return `${fiscalYearLabel(first)}–${fiscalYearLabel(last)}`;
  return sorted.map(fiscalYearLabel).join(', ');
}

/** A fiscal year as the report and officers write it: 2017 → "FY2017". The one place the label is spelled. */
export function fiscalYearLabel(year: number): string {
  return `FY${year}`;
}

/** Items in a sentence: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Names in a sentence: every one up to `limit`, then how many more ("Angola, Chad and 3 more"). */
export function namesThenMore(names: readonly string[], limit = 12): string {
  if (names.length <= limit) return names.join(', ');
  return `${names.slice(0, limit).join(', ')} and ${formatCount(names.length - limit)} more`;
}

/** Millions of dollars exactly, as the regional pages print them: 412.345 → "$412.345 million" (up to six decimals, never rounded further). */
export function formatExactMillions(millions: number): string {
  return `$${formatDecimal(millions, 6)} million`;
}
