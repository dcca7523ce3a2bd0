import type { ErrorCode, SeedFile } from '../errors/index.ts';

// What a requirement is and what it stands on; the catalogues (catalogue.ts, client-catalogue.ts) list them.

/**
 * The gaps `seeds/README.md` lists under "What the documents leave open", by the words that
 * open each item there (a test checks they still do).
 */
export const OPEN_ITEMS = {
  paths: 'Paths.',
  factorHeader: 'A factor header.',
  contradictoryLabels: 'Status codes that contradict their own labels.',
  activationResponse: 'The activation response.',
  errorBodyShape: 'Error body shape.',
  pushNotification: 'PUSH_NOTIFICATION',
  ttl: 'TTL.',
} as const;
export type OpenItem = keyof typeof OPEN_ITEMS;

/** The requirement stands on a sentence of a seed page. */
export interface SeedBasis {
  readonly seedFile: SeedFile;
  readonly seedSection: string;
  /** A sentence of the seed, verbatim (whitespace aside): what the requirement stands on. */
  readonly quote: string;
}

/**
 * The requirement stands on the digest of the vendor's reference
 * (/work/shared/sources/linkcy-api-reference.md), which stores facts with source keys, not quotes.
 */
export interface DigestBasis {
  /** Source keys of the digest: 1.114.5 pages and guides (P-, G-), the 1.78 OpenAPI (OAS178@offset), older material (R-, S-). */
  readonly digestKeys: readonly string[];
  /** The digest section that states the fact, e.g. "§4.1 Create a card". */
  readonly digestSection: string;
}

interface RequirementCore {
  readonly title: string;
  readonly errorCodes?: readonly ErrorCode[];
}

/** The seed or the vendor reference states it. */
export type DocumentedRequirement = RequirementCore & (SeedBasis | DigestBasis) & { readonly kind: 'documented' };

/** The sources leave it open; the project decided (docs/decisions.md). */
export type InferredRequirement = RequirementCore &
  (SeedBasis | DigestBasis) & {
    readonly kind: 'inferred';
    /** The seeds/README.md item that leaves this open, where it lists one. */
    readonly openItem?: OpenItem;
    readonly decision: string;
  };

export type Requirement = DocumentedRequirement | InferredRequirement;

export function hasSeedBasis(requirement: Requirement): requirement is Requirement & SeedBasis {
  return 'quote' in requirement;
}
