import type { OperationInfo } from './operations.ts';
import { parsePathTemplate, type PathTemplate } from './path-template.ts';

export interface OperationMatch {
  readonly operation: OperationInfo;
  /** Path parameters, percent-decoded. */
  readonly pathParams: Readonly<Record<string, string>>;
}

interface CompiledTemplate {
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
  /** Literal characters: where two templates match, the more literal one wins (`/cards/new` over `/cards/{id}`). */
  readonly literalLength: number;
}

const compiledTemplates = new Map<string, CompiledTemplate>();

/**
 * The operation a request targets, with its path parameters. `pathname` may carry a query
 * string, which is ignored. A parameter matches one non-empty segment; a segment that is not
 * valid percent-encoding matches nothing.
 */
export function matchOperation(
  operations: readonly OperationInfo[],
  method: string,
  pathname: string,
): OperationMatch | undefined {
  const upperMethod = method.toUpperCase();
  const path = pathname.split(/[?#]/, 1)[0] ?? '';
  let best: (OperationMatch & { literalLength: number }) | undefined;
  for (const operation of operations) {
    if (operation.method !== upperMethod) continue;
    const compiled = compile(operation.pathTemplate);
    const pathParams = extractParams(compiled, path);
    if (pathParams === undefined) continue;
    if (best === undefined || compiled.literalLength > best.literalLength) {
      best = { operation, pathParams, literalLength: compiled.literalLength };
    }
  }
  return best === undefined ? undefined : { operation: best.operation, pathParams: best.pathParams };
}

function extractParams(compiled: CompiledTemplate, path: string): Record<string, string> | undefined {
  const match = compiled.pattern.exec(path);
  if (match === null) return undefined;
  const params: Record<string, string> = {};
  for (const [index, name] of compiled.paramNames.entries()) {
    try {
      params[name] = decodeURIComponent(match[index + 1] ?? '');
    } catch {
      return undefined;
    }
  }
  return params;
}

function compile(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (compiled === undefined) {
    compiled = compileTemplate(parsePathTemplate(template));
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

function compileTemplate({ segments, paramNames }: PathTemplate): CompiledTemplate {
  let literalLength = 0;
  const source = segments
    .map((parts) =>
      parts
        .map((part) => {
          if (part.kind === 'param') return '([^/]+)';
          literalLength += part.text.length;
          return escapeRegExp(part.text);
        })
        .join(''),
    )
    .join('/');
  return { pattern: new RegExp(`^/${source}$`), paramNames, literalLength };
}

// Templates come from user files (path overrides): their text must match itself, never act as regex.
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
