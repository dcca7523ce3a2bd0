import { HTTP_METHOD_KEYS, isRecord } from '../openapi/index.ts';
import { childOf, childrenOf, followRefs, type LocatedNode } from './document-nodes.ts';

/** What the validators need of one operation, read from any OpenAPI 3.1 document. */
export interface OperationSpec {
  readonly operationId: string;
  /** `POST /api/partner/cards`, for error messages. */
  readonly where: string;
  readonly parameters: readonly ParameterSpec[];
  readonly requestBody: BodySpec | undefined;
  readonly responses: readonly ResponseSpec[];
}

export type ParameterLocation = 'path' | 'query' | 'header';

export interface ParameterSpec {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  /** Absent for parameters described by `content` instead of `schema`: only their presence is checked. */
  readonly schema: LocatedNode | undefined;
  readonly style: string;
  readonly explode: boolean;
}

export interface BodySpec {
  readonly required: boolean;
  readonly mediaTypes: readonly MediaTypeSpec[];
}

export interface MediaTypeSpec {
  readonly mediaType: string;
  readonly schema: LocatedNode | undefined;
}

export interface ResponseSpec {
  /** `201`, `4XX` or `default`. */
  readonly key: string;
  readonly headers: readonly ParameterSpec[];
  /** Undefined when the response documents no content. */
  readonly body: BodySpec | undefined;
}

// OpenAPI: header parameters with these names "SHALL be ignored"; they are described elsewhere
// (security schemes, media types). A response header named Content-Type is ignored likewise.
const IGNORED_REQUEST_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const IGNORED_RESPONSE_HEADERS = new Set(['content-type']);

/**
 * Every operation that has an operationId (others cannot be addressed), with path-item
 * parameters merged into the operation's and every Reference Object followed.
 */
export function collectOperationSpecs(document: unknown): OperationSpec[] {
  const specs: OperationSpec[] = [];
  for (const [template, pathItemRef] of childrenOf(childOf({ node: document, pointer: '' }, 'paths'))) {
    const pathItem = followRefs(document, pathItemRef);
    for (const method of HTTP_METHOD_KEYS) {
      const operation = childOf(pathItem, method);
      const operationId = isRecord(operation?.node) ? operation.node.operationId : undefined;
      if (operation === undefined || typeof operationId !== 'string') continue;
      const where = `${method.toUpperCase()} ${template}`;
      const duplicate = specs.find((spec) => spec.operationId === operationId);
      if (duplicate !== undefined) {
        throw new Error(`operationId "${operationId}" is used by both ${duplicate.where} and ${where}`);
      }
      specs.push({
        operationId,
        where,
        parameters: mergeParameters(parameterSpecsOf(document, pathItem), parameterSpecsOf(document, operation)),
        requestBody: bodySpecOf(document, childOf(operation, 'requestBody'), 'request'),
        responses: childrenOf(childOf(operation, 'responses')).map(([key, response]) =>
          responseSpecOf(document, key, followRefs(document, response)),
        ),
      });
    }
  }
  return specs;
}

function parameterSpecsOf(document: unknown, owner: LocatedNode): ParameterSpec[] {
  return childrenOf(childOf(owner, 'parameters')).flatMap(([, parameter]) => {
    const spec = parameterSpecOf(followRefs(document, parameter));
    return spec === undefined ? [] : [spec];
  });
}

function parameterSpecOf(located: LocatedNode): ParameterSpec | undefined {
  const { node, pointer } = located;
  if (!isRecord(node) || typeof node.name !== 'string' || typeof node.in !== 'string') {
    throw new Error(`parameter at ${pointer} needs a string "name" and "in"`);
  }
  // Cookies are not part of the request shape the validators receive.
  if (node.in === 'cookie') return undefined;
  if (node.in !== 'path' && node.in !== 'query' && node.in !== 'header') {
    throw new Error(`parameter at ${pointer}: "in" must be path, query, header or cookie, got ${JSON.stringify(node.in)}`);
  }
  if (node.in === 'header' && IGNORED_REQUEST_HEADERS.has(node.name.toLowerCase())) return undefined;
  const style = typeof node.style === 'string' ? node.style : node.in === 'query' ? 'form' : 'simple';
  return {
    name: node.name,
    in: node.in,
    // OpenAPI requires every path parameter; a document that forgets to say so still means it.
    required: node.in === 'path' || node.required === true,
    schema: childOf(located, 'schema'),
    style,
    explode: typeof node.explode === 'boolean' ? node.explode : style === 'form',
  };
}

/** Operation parameters override path-item parameters with the same location and name. */
function mergeParameters(pathItemLevel: ParameterSpec[], operationLevel: ParameterSpec[]): ParameterSpec[] {
  const key = (parameter: ParameterSpec): string =>
    `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
  const overridden = new Set(operationLevel.map(key));
  return [...pathItemLevel.filter((parameter) => !overridden.has(key(parameter))), ...operationLevel];
}

function bodySpecOf(document: unknown, start: LocatedNode | undefined, side: 'request' | 'response'): BodySpec | undefined {
  if (start === undefined) return undefined;
  const body = followRefs(document, start);
  const mediaTypes = childrenOf(childOf(body, 'content')).map(([mediaType, media]) => ({
    mediaType,
    schema: childOf(media, 'schema'),
  }));
  if (mediaTypes.length === 0) return undefined;
  // Responses have no `required`: a documented content means a body is expected.
  const required = side === 'response' || (isRecord(body.node) && body.node.required === true);
  return { required, mediaTypes };
}

function responseSpecOf(document: unknown, key: string, response: LocatedNode): ResponseSpec {
  const headers = childrenOf(childOf(response, 'headers'))
    .filter(([name]) => !IGNORED_RESPONSE_HEADERS.has(name.toLowerCase()))
    .map(([name, reference]): ParameterSpec => {
      const header = followRefs(document, reference);
      const node = isRecord(header.node) ? header.node : {};
      return {
        name,
        in: 'header',
        required: node.required === true,
        schema: childOf(header, 'schema'),
        style: 'simple',
        explode: node.explode === true,
      };
    });
  return { key, headers, body: bodySpecOf(document, response, 'response') };
}
