import { loadTargetProfile, ProfileError, type TargetProfile } from '../../spec/profile/index.ts';
import { UsageError } from './usage-error.ts';

// `--expect FILE` on `probe` and `serve`: the target profile (spec/profile), or a usage error that
// lists every issue of the file, each naming the field and the rule.

export const EXPECT_OPTION_DESCRIPTION =
  'target profile JSON: where LinkCy\'s sources disagree, what the target does (docs/expect-profile.md; example docs/expect-profile.example.json)';

export function expectOption(file: string): TargetProfile {
  try {
    return loadTargetProfile(file);
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(`--expect ${error.message}`);
    throw error;
  }
}
