/**
 * Text that exists only in English (record summaries, citations, notes, list titles) shown on a
 * page in another language: marked lang="en" so screen readers switch voice, and followed by a
 * small "(en inglés)" in the page's language so sighted readers know too.
 */
import type { ReactNode } from 'react';
import { useStrings } from './useStrings';

export function InEnglish({ children, mark = true }: { children: ReactNode; mark?: boolean }) {
  const strings = useStrings();
  if (strings.lang === 'en') return <>{children}</>;
  return (
    <>
      <span lang="en">{children}</span>
      {mark && (
        <>
          {' '}
          <span className="in-english">{strings.inEnglish}</span>
        </>
      )}
    </>
  );
}
