export {
  hasSeedBasis,
  OPEN_ITEMS,
  REQUIREMENT_IDS,
  REQUIREMENTS,
  type DigestBasis,
  type DocumentedRequirement,
  type InferredRequirement,
  type OpenItem,
  type Requirement,
  type RequirementId,
  type SeedBasis,
} from './catalogue.ts';
export { requirementsFor } from './requirements-for.ts';
export { SUCCESS_REQUIREMENTS } from './success-requirements.ts';
