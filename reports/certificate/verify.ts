import { suiteHashes } from '../model/hashes.ts';
import type { ConformanceReport } from '../model/types.ts';
import { checkSignature } from './sign.ts';

// `linkcy-sca report verify`: is this certificate intact, and was it made against the contract and
// expectation model this suite holds (and the profile file given)? Each point is answered apart.

export interface VerifyOptions {
  /** Pin the signer: the report must be signed by this key (public or private PEM). */
  readonly publicKeyPem?: string;
  /** The `--expect` profile file to compare with the report's profile hash. */
  readonly profileFile?: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly lines: readonly { readonly ok: boolean; readonly text: string }[];
}

export function verifyReport(report: ConformanceReport, options: VerifyOptions = {}): VerifyResult {
  const signature = checkSignature(report, options.publicKeyPem);
  const here = suiteHashes(options.profileFile === undefined ? {} : { profileFile: options.profileFile });
  const same = (name: string, recorded: string, current: string) => ({
    ok: recorded === current,
    text: recorded === current ? `${name}: SHA-256 ${recorded.slice(0, 12)}… matches this suite` : `${name}: SHA-256 ${recorded.slice(0, 12)}… differs from this suite's ${current.slice(0, 12)}… (tested against another version)`,
  });
  const lines = [
    { ok: signature.ok, text: `signature: ${signature.message}` },
    same('OpenAPI document', report.hashes.openapi, here.openapi),
    same('expectation model', report.hashes.expectations, here.expectations),
    profileLine(report, here.profile?.sha256),
  ];
  return { ok: lines.every((line) => line.ok), lines };
}

function profileLine(report: ConformanceReport, given: string | undefined): { ok: boolean; text: string } {
  const recorded = report.hashes.profile;
  if (recorded === null) return given === undefined ? { ok: true, text: 'profile: none used' } : { ok: false, text: 'profile: the report used none, but a profile file was given' };
  if (given === undefined) return { ok: true, text: `profile: ${recorded.file} SHA-256 ${recorded.sha256.slice(0, 12)}… (give --profile-file to compare)` };
  return recorded.sha256 === given
    ? { ok: true, text: `profile: SHA-256 ${given.slice(0, 12)}… matches the file given` }
    : { ok: false, text: `profile: the report's SHA-256 ${recorded.sha256.slice(0, 12)}… differs from the file given (${given.slice(0, 12)}…)` };
}
