/**
 * The one i18next instance. English and Spanish resources are bundled (a few KB; no backend, no
 * fetch), initialised synchronously so the first render already has its text.
 *
 * Other features keep their text in `src/i18n/strings-<feature>.ts` files (for example
 * strings-classroom.ts for presentation mode, tour, embed and share). Each such file is picked up
 * here at build time and added as the i18next namespace `<feature>`, so it is switched with the
 * rest of the interface. Contract for such a file: export `en` and `es` (or `resources = { en, es }`,
 * or a default export of that shape) as trees of plain strings with `{{name}}` interpolation and
 * `_one` / `_other` plural keys. Components reach them with react-i18next's
 * `useTranslation('<feature>')` or `i18n.getFixedT(lang, '<feature>')`. Leaves that are not strings
 * (for example functions) cannot live in i18next: they are skipped, with a console warning in
 * development.
 */
import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];
export const DEFAULT_NAMESPACE = 'translation';

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { [DEFAULT_NAMESPACE]: en }, es: { [DEFAULT_NAMESPACE]: es } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  ns: [DEFAULT_NAMESPACE],
  defaultNS: DEFAULT_NAMESPACE,
  initAsync: false,
  // React escapes text itself; escaping here would show "&amp;" in the page.
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

type StringTree = { [key: string]: string | StringTree };

/** Only the string leaves of `value` (nested objects kept), and the paths of what was dropped. */
export function stringTree(value: unknown, path = '', dropped: string[] = []): StringTree {
  const tree: StringTree = {};
  if (typeof value !== 'object' || value === null) return tree;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (typeof child === 'string') tree[key] = child;
    else if (typeof child === 'object' && child !== null && !Array.isArray(child)) tree[key] = stringTree(child, childPath, dropped);
    else dropped.push(childPath);
  }
  return tree;
}

/** Adds one feature's texts as namespace `namespace`, for every language it has. */
export function registerNamespace(namespace: string, resources: Partial<Record<Lang, unknown>>, instance: I18n = i18n): string[] {
  const dropped: string[] = [];
  for (const lang of LANGS) {
    const bundle = resources[lang];
    if (bundle === undefined) continue;
    instance.addResourceBundle(lang, namespace, stringTree(bundle, `${lang}`, dropped) as ResourceLanguage, true, true);
  }
  return dropped;
}

/** The `{ en, es }` of a strings-<feature>.ts module, whichever of the accepted shapes it uses. */
export function resourcesOfModule(module: Record<string, unknown>): Partial<Record<Lang, unknown>> | undefined {
  const candidates = [module, module.resources, module.default];
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const c = candidate as Record<string, unknown>;
    if (typeof c.en === 'object' && c.en !== null) return { en: c.en, ...(c.es !== undefined ? { es: c.es } : {}) };
  }
  return undefined;
}

/** "./strings-classroom.ts" → "classroom". */
export function namespaceOfPath(path: string): string | undefined {
  return /strings-([a-z0-9-]+)\.tsx?$/.exec(path)?.[1];
}

const featureModules = import.meta.glob<Record<string, unknown>>(['./strings-*.ts', '!./**/*.test.ts'], { eager: true });
for (const [path, module] of Object.entries(featureModules)) {
  const namespace = namespaceOfPath(path);
  const resources = resourcesOfModule(module);
  if (namespace === undefined || resources === undefined) continue;
  const dropped = registerNamespace(namespace, resources);
  if (dropped.length > 0 && import.meta.env.DEV) {
    console.warn(`i18n: ${path}: only plain strings can be translated by i18next; skipped ${dropped.join(', ')}`);
  }
}

/** The resources bundled for a language (for tests and tools). */
export function bundledResources(): Resource {
  return { en: { [DEFAULT_NAMESPACE]: en }, es: { [DEFAULT_NAMESPACE]: es } };
}
