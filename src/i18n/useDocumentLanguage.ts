/**
 * Keeps the page's language in step with the store: <html lang>, the i18next language (for
 * components that use react-i18next's useTranslation, e.g. a feature's own namespace) and the
 * document title's language.
 */
import { useEffect } from 'react';
import { i18n } from './i18n';
import type { Lang } from './strings';

export function applyDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
}

export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    applyDocumentLanguage(lang);
  }, [lang]);
}
