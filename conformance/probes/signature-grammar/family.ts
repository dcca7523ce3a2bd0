import { sendableMutations, signatureMutationArbitrary, type SignatureMutation } from '../../../generators/index.ts';
import type { SignatureFacts } from '../../../spec/expectations/index.ts';
import { parseSignatureHeader, type SignatureHeader } from '../../../spec/powerauth/index.ts';
import type { ProbeFamily } from '../family.ts';
import { planRequest, sendAsPlanned, signatureFactsOf, signPlanned } from '../fixtures/requests.ts';
import { buildScene } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { GrammarObservation } from './observation.ts';

// A correct signature, mutated by a grammar-aware mutation, sent with DATA_SIGNING. A header the
// PowerAuth grammar refuses must get SCA_SIGNATURE_FORMAT_INVALID; one it accepts is judged on
// what it still says (the fields the mutation changed become case facts).

export const signatureGrammarFamily: ProbeFamily<SignatureMutation, GrammarObservation> = {
  id: 'signature-grammar',
  title: 'Signature grammar: grammar-aware mutations of a valid Linkcy-SCA-Signature',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'property', arbitrary: () => signatureMutationArbitrary(), examples: sendableMutations },
  describe: (mutation) => ({ id: mutation.id, description: mutation.description, expectedGrammar: mutation.expectedGrammar }),
  execute: async (mutation, session) => {
    const scene = await buildScene(session, { devices: 'active', biometry: false });
    const planned = planRequest(session, scene, 'createCard');
    const device = scene.onboarded?.device;
    if (device === undefined) throw new HarnessError('the scene has no device');
    const signed = await signPlanned(session, device, planned);
    const original = parseSignatureHeader(signed.header);
    if (!original.ok) throw new HarnessError('the virtual device made a malformed signature header');
    // HTTP drops leading and trailing whitespace of a header value: judge what arrives.
    const sent = mutation.apply(signed.header).replace(/^[\t ]+|[\t ]+$/g, '');
    const probe = await sendAsPlanned(session, scene, planned, dataSigningHeaders(sent));
    const parsed = parseSignatureHeader(sent);
    const scaCase = scaCaseFor(session.context, scene, {
      operationId: 'createCard',
      strategy: 'DATA_SIGNING',
      signature: parsed.ok
        ? { present: true, wellFormed: true, facts: signatureFactsOf(session.context, parsed.header.signatureType, changedFacts(original.header, parsed.header)) }
        : { present: true, wellFormed: false, ...(onlyVersionFormat(parsed.errors) ? { defect: 'version-format' as const } : {}) },
    });
    return {
      caseId: session.caseId,
      exchanges: session.exchanges,
      operationId: 'createCard',
      probe,
      scaCase,
      wellFormed: parsed.ok,
      note: parsed.ok ? 'The mutated header is well-formed (spec/powerauth parseSignatureHeader).' : `Grammar errors: ${parsed.errors.map((error) => error.code).join(', ')}`,
    };
  },
};

/** pa_version and the signature's encoding disagree and nothing else is wrong: the model's own fact (D-AUDIT-3). */
function onlyVersionFormat(errors: readonly { readonly code: string }[]): boolean {
  return errors.length > 0 && errors.every((error) => error.code === 'SIGNATURE_FORMAT_VERSION_MISMATCH');
}

/** The facts a well-formed mutation changed: which fields differ from what the device signed. */
function changedFacts(original: SignatureHeader, mutated: SignatureHeader): Partial<SignatureFacts> {
  return {
    ...(original.activationId.toLowerCase() === mutated.activationId.toLowerCase() ? {} : { device: 'unknown' }),
    ...(original.applicationKey === mutated.applicationKey ? {} : { applicationKeyMatches: false }),
    // The nonce is part of the signed data.
    ...(original.nonce === mutated.nonce ? {} : { dataMatches: false }),
    // Another signature value, or keys of other factors: the cryptography cannot match.
    ...(original.signature === mutated.signature && original.signatureType === mutated.signatureType ? {} : { counter: 'wrong-key' }),
  };
}
