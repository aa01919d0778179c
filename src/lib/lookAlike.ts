/**
 * Cyrillic and Greek letters drawn like Latin ones in the fonts the page uses ("Mаli" with a Cyrillic
 * "а" reads as "Mali"), and apostrophes and dashes that read as one another: each character of LIKE
 * reads as the one at the same place in READS. Capitals map to capitals; case is folded after.
 */
const LIKE = 'аеорсухіјѕԁһӏԛԝАВЕКМНОРСТУХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαινρ‘’ʼ′`‐‑‒–—−';
const READS = "aeopcyxijsdhlqwABEKMHOPCTYXIJSABEZHIKMNOPTYXoaivp'''''------";
const CONFUSABLE = new Map(Array.from(LIKE, (ch, i) => [ch, READS.charAt(i)]));
const MAPPED = new RegExp(`[${LIKE}]`, 'gu');

/**
 * How a name reads: compatibility forms unfolded (NFKC: "ﬁ" is "fi"), look-alike letters taken as the
 * Latin letter they look like, case folded and spaces collapsed. Two names with the same reading would
 * look like one on the page. Accents are kept: "Côte d'Ivoire" reads as itself.
 */
export function readingOf(name: string): string {
  return name
    .normalize('NFKC')
    .replace(MAPPED, (ch) => CONFUSABLE.get(ch) ?? ch)
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
