import { expect, it } from 'vitest';
import { offsetAt } from './TextFallback.tsx';

it('finds the offset of a line and column, within the text', () => {
  const text = 'id: a\ntitle: b\n';
  expect(offsetAt(text, 1, 1)).toBe(0);
  expect(offsetAt(text, 2, 8)).toBe(13);
  expect(offsetAt(text, 9, 1)).toBe(text.length);
  expect(offsetAt(text, 2, 99)).toBe(text.length);
});
