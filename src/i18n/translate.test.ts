import { describe, expect, it } from 'vitest';
import { fill, translator } from './translate';

describe('fill', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Step {{n}} of {{total}}', { n: 3, total: 15 })).toBe('Step 3 of 15');
    expect(fill('{{ missing }} stays', {})).toBe('{{ missing }} stays');
  });
});

describe('translator', () => {
  const en = { hello: 'Hello {{name}}', nested: { a: 'A' }, item_one: '{{n}} item', item_other: '{{n}} items', only: 'English only' };
  const es = { hello: 'Hola {{name}}', nested: { a: 'A es' }, item_one: '{{n}} elemento', item_other: '{{n}} elementos' };

  it('looks nested keys up, falls back to English, picks plural forms by count', () => {
    const t = translator(es, en, 'es-US');
    expect(t('hello', { name: 'Ana' })).toBe('Hola Ana');
    expect(t('nested.a')).toBe('A es');
    expect(t('only')).toBe('English only');
    expect(t('item', { count: 1, n: '1' })).toBe('1 elemento');
    expect(t('item', { count: 0, n: '0' })).toBe('0 elementos');
    expect(t('item', { count: 2, n: '2' })).toBe('2 elementos');
    // A count given as formatted text is a value, not a plural choice.
    expect(t('hello', { count: '1', name: 'x' })).toBe('Hola x');
  });
});
