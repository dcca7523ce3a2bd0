import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import schema from './report.schema.json' with { type: 'json' };
import { REPORT_VERSION, type ConformanceReport } from './types.ts';

// Reading a report back (verify, diff, render): anything that is not a report of this version is
// refused with the field and the rule it breaks, never rendered half-way.

export class ReportFormatError extends Error {
  override readonly name = 'ReportFormatError';
}

let compiled: ReturnType<Ajv2020['compile']> | undefined;

function validator(): ReturnType<Ajv2020['compile']> {
  if (compiled === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajvFormats.default(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export { schema as REPORT_SCHEMA };

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the report' : error.instancePath;
  const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params['additionalProperty'])})` : error.keyword === 'enum' ? ` (${(error.params['allowedValues'] as unknown[]).join(', ')})` : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}

/** The schema's errors for a value, [] when it is a valid report. */
export function reportErrors(value: unknown): string[] {
  const validate = validator();
  return validate(value) ? [] : (validate.errors ?? []).map(describe);
}

/** `source` names the input in errors (a file name). */
export function parseReport(text: string, source: string): ConformanceReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportFormatError(`${source}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const version = typeof value === 'object' && value !== null && 'reportVersion' in value ? value.reportVersion : undefined;
  if (version !== undefined && version !== REPORT_VERSION) {
    throw new ReportFormatError(`${source}: /reportVersion is ${JSON.stringify(version)}; this suite reads version ${REPORT_VERSION} reports`);
  }
  const errors = reportErrors(value);
  if (errors.length > 0) throw new ReportFormatError(`${source}: not a linkcy-sca report (schema urn:linkcy-sca:report:1): ${errors.slice(0, 5).join('; ')}`);
  return value as ConformanceReport;
}
