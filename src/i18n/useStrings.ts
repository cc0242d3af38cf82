/**
 * The interface text in the language the store holds (components take their text themselves).
 * A language not loaded yet (Spanish arrives as a chunk of its own) is fetched here, and every
 * reader re-renders when it arrives; until then the text is English.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/appStore';
import { isLangLoaded, langsVersion, loadLang, type Strings, stringsFor, subscribeLangs } from './strings';

export function useStrings(): Strings {
  const lang = useAppStore((s) => s.lang);
  useSyncExternalStore(subscribeLangs, langsVersion, langsVersion);
  useEffect(() => {
    if (!isLangLoaded(lang)) void loadLang(lang);
  }, [lang]);
  return stringsFor(lang);
}
