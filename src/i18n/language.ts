/**
 * Which language the page opens in: the `lang` URL parameter when there is one; otherwise the
 * language the reader last chose with the switch (kept in localStorage); otherwise the first of
 * the browser's languages (navigator.languages) that the page speaks; otherwise English.
 */
import { isLang, type Lang } from '../domain/lang';

export const LANG_STORAGE_KEY = 'ice-map:lang';

/** "es-MX" → "es"; undefined for languages the page does not have. */
export function langOf(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(primary) ? primary : undefined;
}

export function browserLang(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const lang = langOf(tag);
    if (lang !== undefined) return lang;
  }
  return undefined;
}

export function readStoredLang(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Lang | undefined {
  try {
    const value = storage?.getItem(LANG_STORAGE_KEY);
    return value !== null && value !== undefined && isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remember an explicit choice (private browsing may refuse: then it is just not remembered). */
export function storeLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

export interface LangSources {
  /** location.search */
  search: string;
  stored?: Lang;
  /** navigator.languages (or [navigator.language]) */
  languages: readonly string[];
}

export function initialLang({ search, stored, languages }: LangSources): Lang {
  const param = new URLSearchParams(search).get('lang');
  if (param !== null) {
    const fromUrl = langOf(param);
    if (fromUrl !== undefined) return fromUrl;
  }
  return stored ?? browserLang(languages) ?? 'en';
}

/** initialLang from the real page. */
export function pageLang(): Lang {
  const languages = typeof navigator !== 'undefined' ? (navigator.languages?.length ? navigator.languages : [navigator.language]) : [];
  return initialLang({ search: window.location.search, stored: readStoredLang(), languages });
}
