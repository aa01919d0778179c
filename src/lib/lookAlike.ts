/**
 * Cyrillic and Greek letters drawn like Latin ones, in the fonts the page uses: "Mаli" with a Cyrillic
 * "а" reads as "Mali". Capitals map to capitals, so case is folded after.
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', α: 'a', ι: 'i', ν: 'v', ρ: 'p',
  // Apostrophes and dashes that read as one another
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'", '`': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

const MAPPED = new RegExp(`[${Object.keys(CONFUSABLE).map((ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`).join('')}]`, 'gu');

/**
 * How a name reads: compatibility forms unfolded (NFKC: "ﬁ" is "fi"), look-alike letters taken as the
 * Latin letter they look like, case folded and spaces collapsed. Two names with the same reading would
 * look like one on the page. Accents are kept: "Côte d'Ivoire" reads as itself.
 */
export function readingOf(name: string): string {
  return name
    .normalize('NFKC')
    .replace(MAPPED, (ch) => CONFUSABLE[ch] ?? ch)
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
