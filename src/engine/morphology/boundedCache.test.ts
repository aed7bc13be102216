import { describe, expect, it } from 'vitest';
import { BoundedCache } from './boundedCache.ts';

describe('BoundedCache', () => {
  it('computes a value once while it is kept, and keeps at most its capacity', () => {
    const cache = new BoundedCache<number>(2);
    let computed = 0;
    const length = (key: string) => {
      computed++;
      return key.length;
    };
    expect(cache.get('uno', length)).toBe(3);
    expect(cache.get('uno', length)).toBe(3);
    expect(computed).toBe(1);
    cache.get('due', length);
    cache.get('tre', length);
    // 'uno' was the oldest and went when 'tre' came.
    cache.get('uno', length);
    expect(computed).toBe(4);
  });
});
