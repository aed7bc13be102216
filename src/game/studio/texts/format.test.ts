import { expect, it } from 'vitest';
import { format } from './format.ts';

it('fills the placeholders it has values for and leaves the others', () => {
  expect(format('Problemi: {count} in {file} {other}', { count: 3, file: 'a.yaml' })).toBe('Problemi: 3 in a.yaml {other}');
});
