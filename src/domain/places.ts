/**
 * Place ids are "ST-name-slug" so every file (hand-made or imported) derives the same id for the
 * same city without needing a Census code: placeId('NY', 'New York') === 'NY-new-york'.
 */
/** Lower case without accents, "&" as "and": the common ground of ids and search keys. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ');
}

export function slugify(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function placeId(stateUsps: string, name: string): string {
  return `${stateUsps.toUpperCase()}-${slugify(name)}`;
}
