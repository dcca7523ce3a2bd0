import type { RedactedExchange } from '../../conformance/probes/check.ts';

// The one report model (schema: report.schema.json). Every producer (provider probes, client
// scenarios, pact verification, pact check) adds a section; renderers read only this model. Built
// to diff: arrays have a fixed order and times live only in `startedAt`/`finishedAt` fields.

export const REPORT_VERSION = 1;

/** What a requirement, check or row came to. `error`: a case could not be set up (counts as a failure). */
export const VERDICTS = ['pass', 'fail', 'error', 'not-applicable', 'not-run', 'informational'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One producer kind per section; a new producer adds a kind and an adapter in reports/producers/. */
export const PRODUCER_KINDS = ['provider-probes', 'client-scenarios', 'pact-verification', 'pact-check'] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export interface ConformanceReport {
  readonly reportVersion: typeof REPORT_VERSION;
  readonly suite: { readonly name: string; readonly version: string };
  readonly hashes: ReportHashes;
  /** The provider under test, credentials redacted; null when only a client was tested. */
  readonly target: TargetUnderTest | null;
  /** The client under test (issue 10), its command redacted; null for provider runs. */
  readonly client: ClientUnderTest | null;
  /** Every seed the sections ran with, ascending. */
  readonly seeds: readonly number[];
  readonly startedAt: string;
  readonly finishedAt: string;
  /** pass only when no requirement and no check failed or ended in error. */
  readonly verdict: 'pass' | 'fail';
  readonly summary: ReportSummary;
  /** Every requirement of the catalogue, in catalogue order. */
  readonly requirements: readonly RequirementVerdict[];
  readonly sections: readonly ReportSection[];
  /** Present on a signed report (certificate/sign.ts). */
  readonly signature?: ReportSignature;
}

/** SHA-256 (hex) of what was tested against: the contract, the expectation model, the profile. */
export interface ReportHashes {
  /** spec/openapi/linkcy-sca.yaml as shipped. */
  readonly openapi: string;
  /** The decision table as rendered (spec/expectations renderDecisionTableMarkdown). */
  readonly expectations: string;
  /** The `--expect FILE` profile; null when the run used none. */
  readonly profile: { readonly file: string; readonly sha256: string } | null;
  /** The `--paths` overrides (canonical JSON); null when the documented paths were used. */
  readonly pathOverrides: string | null;
}

export interface TargetUnderTest {
  readonly kind: string;
  readonly description: string;
  /** sandbox or production. */
  readonly profile: string;
  readonly capabilities: readonly string[];
}

export interface ClientUnderTest {
  readonly command: string;
  readonly description: string;
}

export type VerdictCounts = Readonly<Record<Verdict, number>>;

export interface ReportSummary {
  readonly requirements: VerdictCounts;
  readonly checks: VerdictCounts;
  readonly cases: number;
}

export interface RequirementVerdict {
  readonly id: string;
  readonly title: string;
  readonly kind: 'documented' | 'inferred';
  /**
   * Where it comes from: a seed file, its section and the seed sentence verbatim; or the digest of
   * LinkCy's reference (`linkcy-api-reference.md`), its section, and the source keys that resolve
   * to the vendor's URLs (the quote then names them).
   */
  readonly sourceFile: string;
  readonly sourceSection: string;
  readonly sourceKeys: readonly string[];
  readonly quote: string;
  /** For an inferred requirement, the decision it rests on. */
  readonly decision: string | null;
  readonly verdict: Verdict;
  /** The checks covering it, as "<producer>:<check id>". */
  readonly checks: readonly string[];
  /** Cases the covering checks judged. */
  readonly cases: number;
}

export interface ReportSection {
  readonly producer: ProducerKind;
  readonly title: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly seed: number | null;
  readonly runs: number | null;
  /** A narrowing of the run (`--only`), null for everything. */
  readonly selection: string | null;
  /** The command that reruns this section. */
  readonly command: string | null;
  readonly checks: readonly ReportCheck[];
  /** The producer's verdict per requirement it judged (requirements it never covered are left out). */
  readonly requirements: readonly { readonly id: string; readonly verdict: Verdict }[];
  /** Documented vs observed rows (the error-code table); always informational. */
  readonly observed: readonly ObservedRow[];
  /**
   * Where the sources disagree (the target profile's disputed rows): answers that follow another
   * documented reading than the one the run declared; always informational.
   */
  readonly readings: readonly ReadingRow[];
  /** What the verdicts rest on that a reader must know (e.g. TTL verdicts on signatures the target could not age). */
  readonly notes: readonly string[];
  readonly harnessErrors: readonly { readonly group: string; readonly caseId: string | null; readonly message: string }[];
  readonly reach: SectionReach;
}

export interface ReportCheck {
  readonly id: string;
  readonly title: string;
  /** The family (probes), scenario group (client) or interaction set (pact). */
  readonly group: string;
  readonly severity: 'critical' | 'major' | 'minor';
  readonly requirementIds: readonly string[];
  readonly violatedRequirementIds: readonly string[];
  readonly verdict: Verdict;
  readonly cases: number;
  readonly findings: number;
  readonly distinctFindings: number;
  readonly failures: readonly ReportFailure[];
}

export interface ReportFailure {
  readonly group: string;
  readonly caseId: string;
  readonly seed: number | null;
  /** With the seed, replays exactly this case (fast-check path). */
  readonly path: string | null;
  /** The shrunk case, redacted. */
  readonly counterexample: unknown;
  readonly findings: readonly ReportFinding[];
  readonly replay: string | null;
}

export interface ReportFinding {
  readonly message: string;
  readonly requirementIds: readonly string[];
  readonly severity: 'critical' | 'major' | 'minor';
  readonly operationId: string | null;
  readonly evidence: readonly RedactedExchange[];
}

export interface ObservedRow {
  /** The error code. */
  readonly subject: string;
  readonly operationId: string | null;
  readonly documentedStatus: number;
  /** The seed's label verbatim, e.g. "401 Forbidden". */
  readonly documentedLabel: string;
  readonly observedStatus: number | null;
  readonly observedCode: string | null;
  readonly triggered: boolean;
  /** true when the target answered the documented status and code; null when not triggered. */
  readonly matches: boolean | null;
  /** How it was provoked, or why not. */
  readonly note: string;
  readonly verdict: 'informational';
}

export interface ReadingRow {
  /** The target-profile row, e.g. signatureMismatchStatus. */
  readonly row: string;
  readonly declared: { readonly value: string; readonly sources: readonly string[] };
  readonly observed: { readonly value: string; readonly sources: readonly string[] };
  readonly checkId: string;
  readonly operationId: string | null;
  readonly message: string;
  readonly verdict: 'informational';
}

export interface SectionReach {
  readonly cases: number;
  readonly groups: readonly { readonly group: string; readonly applicable: boolean; readonly cases: number }[];
  readonly operations: readonly { readonly operationId: string | null; readonly requests: number; readonly statuses: readonly { readonly status: number; readonly count: number }[] }[];
  /** Decision-table rows (provider probes): cases held to each; `notReachable` names the condition the run's profile rules out. */
  readonly rows?: readonly { readonly row: string; readonly cases: number; readonly notReachable?: string }[];
  /** Operation x strategy sent x answer (status and error code), as exercised. */
  readonly answers?: readonly { readonly operationId: string; readonly strategy: string; readonly status: number; readonly code: string | null; readonly count: number }[];
  /** Simulator code executed (embedded simulator, `probe --coverage`). */
  readonly simulator?: {
    readonly files: readonly ({ readonly file: string } & CoverageCounts)[];
    readonly total: CoverageCounts;
  };
}

export interface CoverageCounts {
  readonly functions: { readonly covered: number; readonly total: number };
  readonly branches: { readonly covered: number; readonly total: number };
}

export interface ReportSignature {
  readonly algorithm: 'Ed25519';
  /** How the signed bytes are made from the report. */
  readonly canonicalization: 'RFC8785';
  /** The report without `signature`, canonicalised, is what was signed. */
  readonly publicKey: string;
  /** SHA-256 of the public key's DER (SPKI), hex: names the key. */
  readonly keyId: string;
  readonly value: string;
}
