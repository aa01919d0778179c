/**
 * Money as the app writes it, worked out here independently of the app's code so the tests check it
 * rather than repeat it. Figures are USD thousands, as the data files hold them.
 */

/** "$106,504K": the exact thousands, as the tables print them. */
export const k = (thousands: number) => `$${thousands.toLocaleString('en-US')}K`;

/** "$1,182,000": the exact dollars, as a bar's hover title and a chart's text equivalent give them. */
export const dollars = (thousands: number) => `$${(thousands * 1000).toLocaleString('en-US', { maximumFractionDigits: 3 })}`;

/**
 * The one money rule for charts, headlines and notes: below $1 million the dollars in full ("$670,000",
 * "$0"); from $1 million up, millions to three significant figures ("$1.20 million", "$1.18 million",
 * "$48.0 million", "$229 million"). Whole thousands only, below $1 billion: all these tests need.
 */
export function readable(thousands: number): string {
  if (!Number.isInteger(thousands) || thousands < 0 || thousands >= 999_500) throw new Error(`readable() is not written for ${thousands}`);
  if (thousands < 1000) return dollars(thousands);
  // Three significant figures: two decimals of a million below $9.995 million, one below $99.95 million, else none.
  const decimals = thousands < 9995 ? 2 : thousands < 99_950 ? 1 : 0;
  // In units of the last decimal kept (10, 100 or 1,000 thousands), rounded half up: whole numbers, no float error.
  const units = Math.round(thousands / 10 ** (3 - decimals));
  return `$${(units / 10 ** decimals).toFixed(decimals)} million`;
}

/** Whether `readable` drops digits: the headline then gives the exact dollars beside it ("… $3,052,000 exactly"). */
export function isRounded(thousands: number): boolean {
  const decimals = thousands < 9995 ? 2 : thousands < 99_950 ? 1 : 0;
  return thousands >= 1000 && thousands % 10 ** (3 - decimals) !== 0;
}
