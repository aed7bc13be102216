import { describe, expect, it } from 'vitest';
import { parseGrade } from './gradeDraft.ts';

describe('parseGrade', () => {
  it('takes a total alone, or with some dimensions, a decimal comma too', () => {
    expect(parseGrade({ total: '72', dimensions: {} })).toEqual({ total: 72 });
    expect(parseGrade({ total: '72,5', dimensions: { greeting: '90', closure: ' ' } })).toEqual({ total: 72.5, dimensions: { greeting: 90 } });
  });

  it('refuses a missing total and any grade outside 0 to 100 or not a number', () => {
    expect(parseGrade({ total: '', dimensions: { greeting: '90' } })).toBeUndefined();
    expect(parseGrade({ total: '101', dimensions: {} })).toBeUndefined();
    expect(parseGrade({ total: '50', dimensions: { register: '-1' } })).toBeUndefined();
    expect(parseGrade({ total: 'molto', dimensions: {} })).toBeUndefined();
  });
});
