export { REQUIREMENT_IDS, REQUIREMENTS, type RequirementId } from './catalogue.ts';
export {
  hasSeedBasis,
  OPEN_ITEMS,
  type DigestBasis,
  type DocumentedRequirement,
  type InferredRequirement,
  type OpenItem,
  type Requirement,
  type SeedBasis,
} from './requirement.ts';
export { requirementsFor } from './requirements-for.ts';
export { SUCCESS_REQUIREMENTS } from './success-requirements.ts';
