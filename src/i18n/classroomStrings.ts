/**
 * The interface text with every classroom string: those of the first screen (`strings.classroom`)
 * and those of the features loaded on first use (./strings-classroom-late.ts; Spanish in the
 * Spanish chunk). Only those features import this, so the late English text travels in their chunks.
 */
import type { ClassroomStrings } from './strings-classroom';
import { en, type LateClassroomStrings } from './strings-classroom-late';
import { memoByStrings } from './memoByStrings';
import { type Lang, langText, type Strings, stringsFor } from './strings';
import { useStrings } from './useStrings';

export type StringsWithClassroom = Omit<Strings, 'classroom'> & { classroom: ClassroomStrings & LateClassroomStrings };

const withClassroom = memoByStrings(
  (strings): StringsWithClassroom => ({ ...strings, classroom: { ...strings.classroom, ...(langText(strings.lang)?.classroomLate ?? en) } }),
);

/** A language's interface text with all its classroom strings; English until that language has loaded. */
export function classroomStringsFor(lang: Lang): StringsWithClassroom {
  return withClassroom(stringsFor(lang));
}

/** useStrings() with the classroom strings of the features loaded on first use. */
export function useClassroomStrings(): StringsWithClassroom {
  return withClassroom(useStrings());
}
