/**
 * `faq-<slug>`-style ids: lower-case ASCII, accents removed, other characters → `-`, at most `max` characters.
 * Returns '' when nothing usable is left (e.g. a question in a non-Latin script).
 */
export function slugify(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** Makes `base` unique by adding `-2`, `-3`, … while `isTaken` says the id is in use. */
export function uniqueId(base: string, isTaken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
  return id;
}
