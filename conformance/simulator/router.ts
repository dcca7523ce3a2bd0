import { matchOperation, type OperationInfo, type OperationMatch } from '../../spec/openapi/index.ts';
import { ACTIVATION_CREATE_PATH } from './powerauth-activation.ts';

// Which part of the simulator answers a request. The reserved paths (health, control plane,
// PowerAuth activation) come first; everything else is matched against the document's operations.

export const HEALTH_PATH = '/health';

export type Route =
  | { readonly kind: 'health' }
  | { readonly kind: 'control'; readonly path: string }
  | { readonly kind: 'activation' }
  | { readonly kind: 'operation'; readonly match: OperationMatch }
  | { readonly kind: 'not-found' };

export function routeRequest(
  operations: readonly OperationInfo[],
  controlPrefix: string | undefined,
  method: string,
  pathname: string,
): Route {
  if (method === 'GET' && pathname === HEALTH_PATH) return { kind: 'health' };
  if (controlPrefix !== undefined && (pathname === controlPrefix || pathname.startsWith(`${controlPrefix}/`))) {
    return { kind: 'control', path: pathname.slice(controlPrefix.length) };
  }
  if (method === 'POST' && pathname === ACTIVATION_CREATE_PATH) return { kind: 'activation' };
  const match = matchOperation(operations, method, pathname);
  return match === undefined ? { kind: 'not-found' } : { kind: 'operation', match };
}

/** Refuses a control prefix that is malformed or would hide an operation or a reserved path. */
export function checkControlPrefix(prefix: string, operations: readonly OperationInfo[]): void {
  if (!/^\/[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(prefix)) {
    throw new RangeError(`controlPrefix must be a path like /__control (segments of letters, digits, . _ ~ -), got ${JSON.stringify(prefix)}`);
  }
  const hidden = [
    ...operations.map((operation) => operation.pathTemplate),
    HEALTH_PATH,
    ACTIVATION_CREATE_PATH,
  ].find((path) => path === prefix || path.startsWith(`${prefix}/`));
  if (hidden !== undefined) throw new RangeError(`controlPrefix ${prefix} would hide ${hidden}; choose another prefix`);
}
