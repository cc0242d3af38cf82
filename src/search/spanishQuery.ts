/**
 * Spanish ways of naming a place, rewritten into the English terms the index holds: "Condado de
 * Harris, Texas" → "harris county texas", "ciudad de Nueva York" → "new york city", "Condado Cook
 * Illinois" → "cook county illinois", "Parroquia de Orleans" → "orleans parish", "Nuevo México" →
 * "new mexico". Works on normalised text (accents already stripped, see searchIndex.normalise).
 */
import { STATES } from '../domain/states';

/** Spanish state names (normalised) → English (normalised). Only those that differ. */
export const STATE_NAMES_ES_TO_EN: Readonly<Record<string, string>> = {
  'distrito de columbia': 'district of columbia',
  hawai: 'hawaii',
  luisiana: 'louisiana',
  misisipi: 'mississippi',
  misuri: 'missouri',
  'nueva jersey': 'new jersey',
  'nuevo mexico': 'new mexico',
  'nueva york': 'new york',
  'nuevo hampshire': 'new hampshire',
  'carolina del norte': 'north carolina',
  'dakota del norte': 'north dakota',
  pensilvania: 'pennsylvania',
  'carolina del sur': 'south carolina',
  'dakota del sur': 'south dakota',
  'virginia occidental': 'west virginia',
  tejas: 'texas',
};

/** Level words: "condado de X" → "X county". */
const LEVEL_WORDS: readonly [RegExp, string][] = [
  [/^(?:el |la )?condado(?: de(?:l)?)? (.+)$/, 'county'],
  [/^(?:la )?parroquia(?: de)? (.+)$/, 'parish'],
  [/^(?:el )?municipio(?: de)? (.+)$/, 'municipio'],
  [/^(?:el )?distrito(?: de)? (?!columbia)(.+)$/, 'borough'],
  [/^(?:la )?ciudad(?: de)? (.+)$/, 'city'],
  [/^(?:el )?estado(?: de)? (.+)$/, 'state'],
];

function replaceStateNames(text: string): string {
  let out = ` ${text} `;
  const names = Object.keys(STATE_NAMES_ES_TO_EN).sort((a, b) => b.length - a.length);
  for (const es of names) out = out.split(` ${es} `).join(` ${STATE_NAMES_ES_TO_EN[es]} `);
  return out.trim();
}

/**
 * The English form of a normalised Spanish query, or undefined when nothing Spanish was found.
 * The level word goes after the name ("harris county"), before any trailing state name or code,
 * which is where the index's terms put it ("harris county texas", "harris county tx").
 */
export function spanishToEnglish(query: string): string | undefined {
  let text = replaceStateNames(query);
  for (const [pattern, word] of LEVEL_WORDS) {
    const m = pattern.exec(text);
    if (m === null) continue;
    text = `${m[1]!} ${word}`;
    // "harris texas county" → "harris county texas": move the level word before a trailing state.
    const words = m[1]!.split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const tail = words.slice(cut).join(' ');
      if (isStateTail(tail)) {
        text = `${words.slice(0, cut).join(' ')} ${word} ${tail}`;
        break;
      }
    }
    break;
  }
  return text === query ? undefined : text;
}

/** State names and USPS codes a query may end with (English, lower case: none has accents). */
const STATE_TAILS = new Set<string>(STATES.flatMap((st) => [st.name.toLowerCase(), st.usps.toLowerCase()]));

function isStateTail(text: string): boolean {
  return STATE_TAILS.has(text);
}
