/** Keeps <html lang> in step with the store's language (screen readers and hyphenation follow it). */
import { useEffect } from 'react';
import type { Lang } from '../domain/lang';

export function applyDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
}

export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    applyDocumentLanguage(lang);
  }, [lang]);
}
