/**
 * The languages the interface speaks. A plain domain type: the URL codec, the store and the
 * build read it without loading any interface text.
 */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
