import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from './en';
import { es } from './es';
import { i18n, namespaceOfPath, registerNamespace, resourcesOfModule } from './i18n';
import { browserLang, initialLang, langOf, LANG_STORAGE_KEY, readStoredLang, storeLang } from './language';
import { stringsFor } from './strings';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

describe('resources', () => {
  it('Spanish has exactly the English keys, none empty, with the same placeholders', () => {
    const enTree = en as unknown as Tree;
    const esTree = es as unknown as Tree;
    expect(leaves(esTree).sort()).toEqual(leaves(enTree).sort());
    const get = (tree: Tree, path: string) => path.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree) as string;
    for (const key of leaves(enTree)) {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(get(esTree, key).trim(), key).not.toBe('');
      expect(placeholders(get(esTree, key)), key).toEqual(placeholders(get(enTree, key)));
    }
  });

  it('folds the classroom strings (strings-classroom.ts) in as their own namespace', () => {
    expect(i18n.hasResourceBundle('en', 'classroom')).toBe(true);
    expect(i18n.getFixedT('es', 'classroom')('play')).toBe('Reproducir');
    expect(i18n.getFixedT('en', 'classroom')('tourStepOf', { n: 2, total: 7 })).toBe('Step 2 of 7');
  });

  it('accepts a feature module of plain strings and skips what i18next cannot hold', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'en', resources: {}, initAsync: false });
    const dropped = registerNamespace('demo', { en: { hello: 'Hello {{name}}', nested: { a: 'A' }, fn: () => 'x' }, es: { hello: 'Hola {{name}}' } }, instance);
    expect(dropped).toEqual(['en.fn']);
    expect(instance.getFixedT('es', 'demo')('hello', { name: 'Ana' })).toBe('Hola Ana');
    expect(instance.getFixedT('en', 'demo')('nested.a')).toBe('A');
    expect(namespaceOfPath('./strings-classroom.ts')).toBe('classroom');
    expect(resourcesOfModule({ resources: { en: { a: 'b' } } })).toEqual({ en: { a: 'b' } });
    expect(resourcesOfModule({ nothing: 1 })).toBeUndefined();
  });
});

describe('stringsFor', () => {
  it('gives typed, interpolated text in each language, with plurals and locale numbers', () => {
    const s = stringsFor('es');
    expect(s.lang).toBe('es');
    expect(s.locale).toBe('es-US');
    expect(s.category.participates).toBe('Participa en el control migratorio');
    expect(s.statusOn('1 de enero de 2020')).toBe('Situación el 1 de enero de 2020');
    expect(s.tableMatches(1)).toBe('1 jurisdicción coincide');
    expect(s.tableMatches(3951)).toBe('3,951 jurisdicciones coinciden');
    expect(stringsFor('en').searchResults(1)).toBe('1 result.');
    expect(stringsFor('en').searchResults(12)).toBe('12 results.');
    expect(stringsFor('en').legendCount(1200)).toBe('1,200');
    expect(stringsFor('en').httpError(404, 'data/x.json')).toBe('data/x.json answered HTTP 404');
  });
});

describe('first language', () => {
  it('takes the link’s lang first, then the stored choice, then the browser’s languages, then English', () => {
    expect(initialLang({ search: '?lang=es', stored: 'en', languages: ['en-US'] })).toBe('es');
    expect(initialLang({ search: '?lang=fr', stored: 'es', languages: ['en-US'] })).toBe('es');
    expect(initialLang({ search: '', languages: ['fr-FR', 'es-MX', 'en'] })).toBe('es');
    expect(initialLang({ search: '', languages: ['de'] })).toBe('en');
    expect(langOf('ES_us')).toBe('es');
    expect(browserLang([])).toBeUndefined();
  });

  it('remembers an explicit choice, and survives storage that refuses', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    storeLang('es', storage);
    expect(store.get(LANG_STORAGE_KEY)).toBe('es');
    expect(readStoredLang(storage)).toBe('es');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => storeLang('en', broken)).not.toThrow();
    expect(readStoredLang(broken)).toBeUndefined();
  });
});
