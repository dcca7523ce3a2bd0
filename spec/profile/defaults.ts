import { DEFAULT_ERROR_CODE_POINTERS } from '../errors/index.ts';
import type { Psd2Exemptions, TargetProfile } from './types.ts';

/**
 * Today's behaviour where the sources agree, the 1.114.5 reading where they do not
 * (docs/expect-profile.md says why, row by row).
 */
export const DEFAULT_TARGET_PROFILE: TargetProfile = {
  errorCodePointers: DEFAULT_ERROR_CODE_POINTERS,
  signatureMismatchStatus: 401,
  emptySignature: 'missing',
  malformedSignatureCode: 'SCA_SIGNATURE_FORMAT_INVALID',
  factorHeader: 'absent',
  firstDevice: 'no-device',
  productionByPassAllowlist: [],
  deviceActivation: { mode: 'synchronous' },
  waitingSca202: false,
  kycCheck: 'after-sca',
  scaPolicies: {},
};

/** The RTS figures (art. 16: EUR 30, EUR 100, five payments; art. 10: 180 days). */
export const DEFAULT_PSD2_EXEMPTIONS: Psd2Exemptions = {
  lowValueLimit: 30,
  cumulativeAmountLimit: 100,
  cumulativeCountLimit: 5,
  trustedBeneficiaries: true,
  reauthenticationDays: 180,
};
