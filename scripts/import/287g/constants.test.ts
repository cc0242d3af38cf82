// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveState } from '../gazetteer';
import { OVERRIDES, RAW_COLUMNS, RAW_FILES } from './constants';

describe('import constants', () => {
  it('names the columns each raw file has', () => {
    for (const [k, file] of Object.entries(RAW_FILES)) {
      const header = readFileSync(join('data/raw', file), 'utf8').split('\n', 1)[0]!.replace(/^\uFEFF/, '').trim();
      expect(header, file).toBe(RAW_COLUMNS[k as keyof typeof RAW_FILES].join(','));
    }
  });

  it('keys every override by a USPS code and the agency as printed, with a reason', () => {
    for (const [key, o] of Object.entries(OVERRIDES)) {
      expect(key).toMatch(/^[A-Z]{2}\|\S/);
      expect(o.note.length).toBeGreaterThan(20);
    }
    expect(resolveState('Utah')).toBeDefined();
  });
});
