/**
 * CSV with a header row; every field quoted, quotes doubled. A text that a spreadsheet would run as
 * a formula (starting with = + - @) is prefixed with an apostrophe, so opening the file runs nothing.
 */
export function toCsv<Row extends object>(rows: Row[], columns: (keyof Row & string)[]): string {
  const text = (value: unknown) =>
    typeof value === 'string'
      ? value.replace(/^[=+\-@\t\r]/, "'$&")
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
  const cell = (value: unknown) => `"${text(value).replace(/"/g, '""')}"`;
  return [columns.map(cell).join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\r\n') + '\r\n';
}
