export {
  OPEN_ITEMS,
  REQUIREMENT_IDS,
  REQUIREMENTS,
  type DocumentedRequirement,
  type InferredRequirement,
  type OpenItem,
  type Requirement,
  type RequirementId,
} from './catalogue.ts';
export { requirementsFor } from './requirements-for.ts';
