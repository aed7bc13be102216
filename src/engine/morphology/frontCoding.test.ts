import { describe, expect, it } from 'vitest';
import { frontCode, frontDecode } from './frontCoding.ts';

describe('front coding', () => {
  it('writes each word as what it shares with the one before and the rest', () => {
    expect(frontCode(['abbandonare', 'abbandonato', 'abbassare'])).toBe('0abbandonare 9to 4ssare');
    expect(frontDecode('0abbandonare 9to 4ssare')).toEqual(['abbandonare', 'abbandonato', 'abbassare']);
  });

  it('gives back any sorted list, with prefixes longer than one digit can say, accents and the empty list', () => {
    const long = 'precipitevolissimevolmente';
    const words = ['', 'a', 'città', 'cittadina', `${long}${long}`, `${long}${long}x`];
    expect(frontDecode(frontCode(words))).toEqual(words);
    expect(frontDecode(frontCode([]))).toEqual([]);
  });
});
