/**
 * WCAG AA contrast of the page's colour tokens in both themes, read from the page's stylesheets so
 * the check follows the real stylesheet: body text 4.5:1 on every background it sits on, control
 * borders and the focus ring 3:1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_COLORS } from '../domain/categories';
import { CATEGORY_INK } from './CategoryMark';
import { contrastRatio, inkOn } from './contrast';

// Tests run from the project root (vitest's root).
// The light tokens are in the base sheet, the dark theme (and tokens it adds) in the theme sheet.
const css = ['src/layout/base.css', 'src/a11y/theme.css']
  .map((file) => readFileSync(resolve(process.cwd(), file), 'utf8'))
  .join('\n');

function tokens(block: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) found[m[1]!] = m[2]!;
  return found;
}

/** Every `:root { … }` outside media queries, in order (later ones add to earlier ones). */
function lightTokens(): Record<string, string> {
  const outside = css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const blocks = [...outside.matchAll(/:root\s*\{([^}]*)\}/g)].map((m) => m[1]!);
  return Object.assign({}, ...blocks.map(tokens));
}

function darkTokens(): Record<string, string> {
  const media = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css);
  if (media === null) throw new Error('src/a11y/theme.css has no dark theme');
  return { ...lightTokens(), ...tokens(media[1]!) };
}

const TEXT = ['ink', 'ink-2', 'ink-3', 'accent'];
const BACKGROUNDS = ['paper', 'paper-2', 'highlight'];

describe.each([
  ['light', lightTokens()],
  ['dark', darkTokens()],
])('%s theme', (_name, t) => {
  it.each(TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg])))('text --%s on --%s is at least 4.5:1', (fg, bg) => {
    expect(t[fg], fg).toBeDefined();
    expect(t[bg], bg).toBeDefined();
    expect(contrastRatio(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('buttons: text on the accent colour is at least 4.5:1', () => {
    expect(contrastRatio(t['on-accent']!, t.accent!)).toBeGreaterThanOrEqual(4.5);
  });

  it('control borders (--ink-3) and the focus ring reach 3:1 against the page', () => {
    expect(contrastRatio(t['ink-3']!, t.paper!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(t.focus!, t.paper!)).toBeGreaterThanOrEqual(3);
  });
});

describe('category symbols', () => {
  it.each([...CATEGORIES])('the symbol on %s reads at 4.5:1 or better, in the ink that reads better', (category) => {
    expect(contrastRatio(CATEGORY_INK[category], CATEGORY_COLORS[category])).toBeGreaterThanOrEqual(4.5);
    expect(CATEGORY_INK[category]).toBe(inkOn(CATEGORY_COLORS[category]));
  });
});
