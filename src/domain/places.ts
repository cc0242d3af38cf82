/**
 * Place ids are "ST-name-slug" so every file (hand-made or imported) derives the same id for the
 * same city without needing a Census code: placeId('NY', 'New York') === 'NY-new-york'.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function placeId(stateUsps: string, name: string): string {
  return `${stateUsps.toUpperCase()}-${slugify(name)}`;
}
