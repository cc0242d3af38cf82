/** The interface text in the language the store holds (components take their text themselves). */
import { useAppStore } from '../store/appStore';
import { type Strings, stringsFor } from './strings';

export function useStrings(): Strings {
  return stringsFor(useAppStore((s) => s.lang));
}
