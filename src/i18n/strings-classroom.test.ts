import { describe, expect, it } from 'vitest';
import { en } from './strings-classroom';
import { es } from './strings-classroom-es';
import { en as lateEn } from './strings-classroom-late';
import { es as lateEs } from './strings-classroom-late-es';

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
  // The first screen's and the late features' tables together (./strings-classroom-late.ts).
  const enLeaves = leaves({ ...en, ...lateEn } as unknown as Tree);
  const esLeaves = leaves({ ...es, ...lateEs } as unknown as Tree);

  it('has the same keys in English and Spanish, every one a non-empty string', () => {
    expect([...esLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [key, value] of [...enLeaves, ...esLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of enLeaves) expect(placeholders(esLeaves.get(key)!), key).toEqual(placeholders(value));
  });
});
