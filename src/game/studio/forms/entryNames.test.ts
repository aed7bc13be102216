import { expect, it } from 'vitest';
import { checkNewName } from './entryNames.ts';

it('accepts a new name in the format, refusing a bad or a taken one', () => {
  expect(checkNewName('payment-options', ['waiting'])).toBe('ok');
  expect(checkNewName('Payment', [])).toBe('invalid');
  expect(checkNewName('__proto__', [])).toBe('invalid');
  expect(checkNewName('a--b', [])).toBe('invalid');
  expect(checkNewName('waiting', ['waiting'])).toBe('taken');
});
