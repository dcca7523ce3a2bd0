// Which factors (and so which keys, in which order) each signature type combines.

export const SIGNATURE_TYPES = [
  'possession',
  'knowledge',
  'biometry',
  'possession_knowledge',
  'possession_biometry',
  'possession_knowledge_biometry',
] as const;

export type SignatureType = (typeof SIGNATURE_TYPES)[number];

export type SignatureFactor = 'possession' | 'knowledge' | 'biometry';

const FACTORS: Readonly<Record<SignatureType, readonly SignatureFactor[]>> = {
  possession: ['possession'],
  knowledge: ['knowledge'],
  biometry: ['biometry'],
  possession_knowledge: ['possession', 'knowledge'],
  possession_biometry: ['possession', 'biometry'],
  possession_knowledge_biometry: ['possession', 'knowledge', 'biometry'],
};

export function isSignatureType(value: string): value is SignatureType {
  return (SIGNATURE_TYPES as readonly string[]).includes(value);
}

/** The factors of `type`, in signing order. */
export function factorsOf(type: SignatureType): readonly SignatureFactor[] {
  return FACTORS[type];
}
