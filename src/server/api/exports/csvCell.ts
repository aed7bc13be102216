/**
 * One CSV field, safe to open in a spreadsheet: a text starting with = + - @, tab or carriage
 * return would run as a formula, so it gets a leading quote (OWASP); every field is quoted.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '""';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export const csvRow = (values: (string | number | null)[]) => values.map(csvCell).join(',');
