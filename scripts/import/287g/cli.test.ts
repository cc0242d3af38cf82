// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropClass } from './cli';

describe('the import CLI', () => {
  it('classes drop reasons for the summary', () => {
    expect(dropClass('ICE printed no signing date')).toBe('no signing date');
    expect(dropClass('duplicate listing of the same agreement as x line 3')).toBe('duplicate listing of the same agreement');
    expect(dropClass('something new')).toBe('something new');
  });
});
