import { describe, expect, it } from 'vitest';
import { noteTypeOf } from './noteTypes';

describe('noteTypeOf', () => {
  it('reads a front-matter type in lower case, and is note when there is none', () => {
    expect(noteTypeOf(' Solution ')).toBe('solution');
    expect(noteTypeOf('field-report')).toBe('field-report');
    expect(noteTypeOf('  ')).toBe('note');
    expect(noteTypeOf(undefined)).toBe('note');
    expect(noteTypeOf(['solution'])).toBe('note');
  });
});
