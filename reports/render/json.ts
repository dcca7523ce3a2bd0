import type { ConformanceReport } from '../model/types.ts';

// The report as JSON: the model itself, two-space indented, one key order (the model's).

export function renderJson(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
