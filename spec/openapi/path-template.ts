/** OpenAPI path templates (`/api/partner/cards/{cardId}`), parsed once and checked. */

export type TemplatePart = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'param'; readonly name: string };

export interface PathTemplate {
  readonly template: string;
  /** One entry per `/`-separated segment after the leading slash. */
  readonly segments: readonly (readonly TemplatePart[])[];
  readonly paramNames: readonly string[];
}

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function parsePathTemplate(template: string): PathTemplate {
  const refuse = (rule: string): never => {
    throw new Error(`path template ${JSON.stringify(template)} ${rule}`);
  };
  if (!template.startsWith('/')) refuse('must start with "/"');
  if (/[?#]/.test(template)) refuse('must not contain a query string or fragment ("?" or "#")');
  const segments = template.slice(1).split('/').map((segment) => parseSegment(segment, refuse));
  const paramNames = segments.flat().flatMap((part) => (part.kind === 'param' ? [part.name] : []));
  const repeated = paramNames.find((name, index) => paramNames.indexOf(name) !== index);
  if (repeated !== undefined) refuse(`names the parameter {${repeated}} twice`);
  return { template, segments, paramNames };
}

function parseSegment(segment: string, refuse: (rule: string) => never): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let rest = segment;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (open === -1) {
      if (close !== -1) refuse('has a "}" without its "{"');
      parts.push({ kind: 'literal', text: rest });
      break;
    }
    if (close !== -1 && close < open) refuse('has a "}" without its "{"');
    if (open > 0) parts.push({ kind: 'literal', text: rest.slice(0, open) });
    if (close === -1) refuse('has a "{" without its "}"');
    const name = rest.slice(open + 1, close);
    if (!PARAM_NAME.test(name)) refuse(`has an invalid parameter name {${name}} (letters, digits, "_", "." and "-")`);
    // Two parameters side by side ("{a}{b}") cannot be told apart when matching.
    if (parts.at(-1)?.kind === 'param') refuse(`has two parameters with nothing between them, before {${name}}`);
    parts.push({ kind: 'param', name });
    rest = rest.slice(close + 1);
  }
  return parts;
}
