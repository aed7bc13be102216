import { describe, expect, it } from 'vitest';
import { encodeQr, qrPath } from './qrCode.ts';

describe('the join QR code', () => {
  it('encodes a join link and draws one square per dark module', async () => {
    const matrix = await encodeQr('https://galateo.example.org/?class=ABC234');
    // Version 3 (29 modules) holds a link this long at level M.
    expect(matrix.size).toBeGreaterThanOrEqual(25);
    // The three finder patterns: a dark 7×7 frame in three corners.
    for (const [row, column] of [
      [0, 0],
      [0, matrix.size - 7],
      [matrix.size - 7, 0],
    ] as const) {
      expect(matrix.isDark(row, column)).toBe(true);
      expect(matrix.isDark(row + 1, column + 1)).toBe(false);
      expect(matrix.isDark(row + 3, column + 3)).toBe(true);
    }
    let dark = 0;
    for (let row = 0; row < matrix.size; row++) for (let column = 0; column < matrix.size; column++) if (matrix.isDark(row, column)) dark++;
    expect(qrPath(matrix).match(/M/g)).toHaveLength(dark);
  });
});
