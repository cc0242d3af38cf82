import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { es } from './es';
import { browserLang, initialLang, langOf, LANG_STORAGE_KEY, readStoredLang, storeLang } from './language';
import { en as panelEn } from './panel-en';
import { es as panelEs } from './panel-es';
import { panelStringsFor } from './panelStrings';
import { stringsFor } from './strings';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
}

describe('resources', () => {
  it.each([
    ['interface', en, es],
    ['detail panel and table', panelEn, panelEs],
  ])('Spanish %s text has exactly the English keys, none empty, with the same placeholders', (_name, enTable, esTable) => {
    const enTree = enTable as unknown as Tree;
    const esTree = esTable as unknown as Tree;
    expect(leaves(esTree).sort()).toEqual(leaves(enTree).sort());
    const get = (tree: Tree, path: string) => path.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree) as string;
    for (const key of leaves(enTree)) {
      const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(get(esTree, key).trim(), key).not.toBe('');
      expect(placeholders(get(esTree, key)), key).toEqual(placeholders(get(enTree, key)));
    }
  });
});

describe('stringsFor', () => {
  it('gives typed, interpolated text in each language, with plurals and locale numbers', () => {
    const s = panelStringsFor('es');
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
    expect(panelStringsFor('en').kind.agreement_287g).toBe('287(g) agreement');
    expect(stringsFor('es').announceStateChanges(1, 'Texas')).toBe('Cambió 1 estado: Texas.');
  });

  it('carries the classroom texts of the same language', () => {
    expect(stringsFor('es').classroom.play).toBe('Reproducir');
    expect(stringsFor('en').classroom.play).toBe('Play');
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

describe('languages loaded on demand', () => {
  it('names each language in itself, as its own table does', async () => {
    const { LANGUAGE_NAMES } = await import('./strings');
    for (const lang of ['en', 'es'] as const) expect(LANGUAGE_NAMES[lang]).toBe(stringsFor(lang).languageName);
  });

  it('shows English until Spanish has loaded, then tells its readers and gives Spanish', async () => {
    vi.resetModules();
    // A fresh copy of the module, without ./all-langs (which the test setup imports): the app's state at first load.
    const fresh = await import('./strings');
    expect(fresh.isLangLoaded('es')).toBe(false);
    expect(fresh.stringsFor('es').lang).toBe('en');
    const listener = vi.fn();
    const unsubscribe = fresh.subscribeLangs(listener);
    await expect(fresh.loadLang('es')).resolves.toBe(true);
    unsubscribe();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fresh.stringsFor('es').lang).toBe('es');
    expect(fresh.stringsFor('es').classroom.play).toBe('Reproducir');
  });
});
