/** Plain aligned columns: readable in a terminal and in CI logs, no colours to strip. */
export function renderTable(rows: readonly Record<string, string>[]): string {
  const first = rows[0];
  if (first === undefined) return '(none)\n';
  const columns = Object.keys(first);
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
  return [line(columns), ...rows.map((row) => line(columns.map((column) => row[column] ?? '')))]
    .map((text) => `${text}\n`)
    .join('');
}
