/**
 * One Spanish convention for numbers everywhere (legend, table, PNG, About): es-US, the usage of
 * US Spanish-language government and press, comma for thousands ("1,223", "9,295"), as
 * Intl.NumberFormat('es-US') writes them. Hand-written numbers in the Spanish texts follow it too.
 */
import { describe, expect, it } from 'vitest';
import { es } from './es';
import { formatNumber } from './format';
import { ABOUT_TEXT } from '../about/aboutText';
import { es as panelEs } from './panel-es';
import { es as classroomEs } from './strings-classroom-es';
import { es as classroomLateEs } from './strings-classroom-late-es';

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

describe('Spanish numbers', () => {
  it('are formatted es-US: comma for thousands, from four digits on', () => {
    expect(es.locale).toBe('es-US');
    expect(formatNumber(1223, 'es-US')).toBe('1,223');
    expect(formatNumber(9295, 'es-US')).toBe('9,295');
    expect(formatNumber(3951, es.locale)).toBe('3,951');
  });

  it('are written the same way in the Spanish texts (years and § section numbers aside)', () => {
    const ungrouped: string[] = [];
    for (const text of [...texts(es), ...texts(classroomEs), ...texts(classroomLateEs), ...texts(panelEs), ...texts(ABOUT_TEXT.es)]) {
      for (const m of text.matchAll(/(?<![\d.,§] ?)\d{4,}(?![\d])/g)) {
        const n = Number(m[0]);
        const year = m[0].length === 4 && n >= 1776 && n <= 2100;
        if (!year) ungrouped.push(m[0]);
      }
    }
    expect(ungrouped).toEqual([]);
  });
});
