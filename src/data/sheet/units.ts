import type { AmountUnit } from './figures';

/**
 * The unit a heading or title states, in the words officers and Excel in
 * several languages use: "USD thousands", "$000", "(000s)", "USD K", "Tsd.",
 * "in millions", "Mio.", "$M", "USD", "dollars". A multiplier word wins over
 * a bare currency ("USD millions" is millions, "USD" alone is dollars).
 * Null where the text states none.
 */
const MULTIPLIERS: [AmountUnit, RegExp][] = [
  ['thousands', /\bthousands?\b|\$\s?0{3}s?\b|\(\s*0{3}\s*'?s?\s*\)|\bUSD\s?K\b|\bK\s?USD\b|\$\s?K\b|\bK\s?\$|\bTsd\b|\bT\s?USD\b|\bmilliers\b|\bmiles\b|\bin\s0{3}s?\b|\(\s*K\s*\)/i],
  ['millions', /\bmillions?\b|\bmio\b|\bmill\b|\bmn\b|\bUSD\s?M\b|\bM\s?USD\b|\$\s?M\b|\bM\s?\$|\bMUSD\b/i],
  ['billions', /\bbillions?\b|\bbn\b|\bMrd\b|\bUSD\s?B\b|\$\s?B\b/i],
];

const DOLLARS = /\bUSD\b|\bUS\s?\$|\$|\bdollars?\b/i;

export function unitStated(text: string): AmountUnit | null {
  const found = MULTIPLIERS.filter(([, pattern]) => pattern.test(text)).map(([unit]) => unit);
  // Two multipliers in one heading ("thousands … millions") say nothing certain.
  if (found.length === 1) return found[0] ?? null;
  if (found.length > 1) return null;
  return DOLLARS.test(text) ? 'dollars' : null;
}
