/** Lower-case, hyphenated, ASCII-only: "Côte d’Ivoire" -> "cote-d-ivoire". For ids and file names. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
