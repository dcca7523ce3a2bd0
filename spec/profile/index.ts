// The target profile (`--expect FILE`): what a provider declares where LinkCy's sources are silent
// or disagree, its schema and loader, and the per-operation SCA policy model.

export { DEFAULT_PSD2_EXEMPTIONS, DEFAULT_TARGET_PROFILE } from './defaults.ts';
export { PROFILE_DOCUMENTATION, type DocumentedReading, type ProfileRowDocumentation } from './documented.ts';
export { isScaEligible } from './documented-operations.ts';
export { KYC_GATED_OPERATIONS, isKycGated } from './kyc.ts';
export { loadTargetProfile, parseTargetProfile, ProfileError, type ProfileIssue } from './load.ts';
export {
  FIRST_DEVICE_OPERATIONS,
  NO_SCA_HISTORY,
  PAYMENT_OPERATIONS,
  PSD2_OPERATIONS,
  REAUTHENTICATION_OPERATIONS,
  isLowValue,
  scaNeed,
  scaPolicyOf,
  type DevicePresence,
  type PolicyCall,
  type ScaExemption,
  type ScaHistory,
  type ScaNeed,
} from './sca-policy.ts';
export { TARGET_PROFILE_SCHEMA } from './schema.ts';
export type { DeviceActivation, Psd2Exemptions, ScaPolicySetting, TargetProfile } from './types.ts';
