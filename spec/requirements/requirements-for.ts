import type { ErrorCode } from '../errors/index.ts';
import { REQUIREMENT_IDS, REQUIREMENTS, type RequirementId } from './catalogue.ts';

/** The requirements that name an error code, in catalogue order. */
export function requirementsFor(errorCode: ErrorCode): RequirementId[] {
  return REQUIREMENT_IDS.filter((id) => REQUIREMENTS[id].errorCodes?.includes(errorCode) ?? false);
}
