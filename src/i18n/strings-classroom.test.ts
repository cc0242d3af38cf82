import { describe, expect, it } from 'vitest';
import { resourcesOfModule, stringTree } from './i18n';
import * as classroomModule from './strings-classroom';
import { classroomStrings, classroomStringsFor, fill } from './strings-classroom';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const here = path === '' ? key : `${path}.${key}`;
    if (typeof value === 'string') out.set(here, value);
    else for (const [k, v] of leaves(value, here)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('classroom strings', () => {
  const en = leaves(classroomStrings.en as unknown as Tree);
  const es = leaves(classroomStrings.es as unknown as Tree);

  it('has the same keys in English and Spanish, every one a non-empty string', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of [...en, ...es]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of en) expect(placeholders(es.get(key)!), key).toEqual(placeholders(value));
  });

  it('is a valid i18next namespace with nothing dropped', () => {
    const resources = resourcesOfModule(classroomModule as unknown as Record<string, unknown>);
    expect(resources?.en).toBe(classroomStrings.en);
    const dropped: string[] = [];
    stringTree(resources?.es, 'es', dropped);
    stringTree(resources?.en, 'en', dropped);
    expect(dropped).toEqual([]);
  });

  it('fills placeholders like i18next and picks a language', () => {
    expect(fill('Step {{n}} of {{total}}', { n: 3, total: 15 })).toBe('Step 3 of 15');
    expect(fill('{{ missing }} stays', {})).toBe('{{ missing }} stays');
    expect(classroomStringsFor('es').play).toBe('Reproducir');
    expect(classroomStringsFor('fr').play).toBe('Play');
  });
});
