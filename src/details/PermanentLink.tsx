/**
 * "Permanent page": the jurisdiction's static page that the build writes (place/<id>/, Spanish at
 * place/<id>/es/; scripts/build/site/pages.ts), readable without JavaScript and linkable for good.
 * The link is relative to the page, so it works from any sub-path the site is deployed under.
 */
const LABEL = { en: 'Permanent page', es: 'Página permanente' } as const;
const HINT = { en: 'its records and sources on a page of its own', es: 'sus registros y fuentes en una página propia' } as const;

export function permanentPagePath(id: string, locale: string): string {
  return `place/${encodeURIComponent(id)}/${locale.startsWith('es') ? 'es/' : ''}`;
}

export function PermanentLink({ id, locale }: { id: string; locale: string }) {
  const lang = locale.startsWith('es') ? 'es' : 'en';
  return (
    <p className="detail-panel__permanent">
      <a href={permanentPagePath(id, locale)}>{LABEL[lang]}</a> <span className="detail-panel__permanent-hint">({HINT[lang]})</span>
    </p>
  );
}
