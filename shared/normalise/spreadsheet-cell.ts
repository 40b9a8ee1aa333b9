/**
 * A value as it may go into a CSV or XLSX cell: text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, so it is shown, never executed.
 *
 * @example safeCell('=HYPERLINK("http://evil")') // "'=HYPERLINK(\"http://evil\")"
 */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
