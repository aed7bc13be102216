/** A QR code's modules: size × size, dark or light. */
export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

/**
 * Encodes text as a QR code with medium error correction (a projected code survives some glare).
 * The library is imported here, on first use, so only a projector downloads it.
 */
export async function encodeQr(text: string): Promise<QrMatrix> {
  const { default: qrcode } = await import('qrcode-generator');
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  return { size: code.getModuleCount(), isDark: (row, column) => code.isDark(row, column) };
}

/** One SVG path for every dark module, one unit each, so the code scales without blur. */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) if (matrix.isDark(row, column)) parts.push(`M${column} ${row}h1v1h-1z`);
  }
  return parts.join('');
}
