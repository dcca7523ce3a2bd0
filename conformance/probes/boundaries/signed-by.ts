import type { ScaCase } from '../../../spec/expectations/index.ts';
import { signatureFactsOf, signPlanned, type PlannedRequest } from '../fixtures/requests.ts';
import type { Scene } from '../fixtures/scene.ts';
import { HarnessError } from '../harness-error.ts';
import type { CaseSession } from '../session.ts';

/** A fresh knowledge signature of exactly `planned` by the scene's device, and the facts the model reads for it. */
export async function signedBy(
  session: CaseSession,
  scene: Scene,
  planned: PlannedRequest,
  facts: Parameters<typeof signatureFactsOf>[2] = {},
): Promise<{ header: string; signature: ScaCase['signature'] }> {
  const device = scene.onboarded?.device;
  if (device === undefined) throw new HarnessError('the scene has no device to sign with');
  const { header } = await signPlanned(session, device, planned);
  return { header, signature: { present: true, wellFormed: true, facts: signatureFactsOf(session.context, 'possession_knowledge', facts) } };
}
