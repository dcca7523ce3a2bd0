import { redactDeep, redactText } from '../../spec/redaction/index.ts';
import { hasSeedBasis, REQUIREMENTS, REQUIREMENT_IDS, type Requirement } from '../../spec/requirements/index.ts';
import { TOOL } from '../../conformance/runner/index.ts';
import {
  REPORT_VERSION,
  VERDICTS,
  type ClientUnderTest,
  type ConformanceReport,
  type ReportHashes,
  type ReportSection,
  type RequirementVerdict,
  type TargetUnderTest,
  type Verdict,
  type VerdictCounts,
} from './types.ts';

// Sections in, one report out: requirement verdicts merged over every producer, counts, and
// everything passed once more through spec/redaction, so a producer that forgot to redact
// cannot leak a secret into any format.

export interface ReportInput {
  readonly sections: readonly ReportSection[];
  readonly hashes: ReportHashes;
  readonly target: TargetUnderTest | null;
  readonly client?: ClientUnderTest | null;
}

/** The strongest verdict wins when producers disagree: a failure anywhere is a failure. */
const MERGE_ORDER: readonly Verdict[] = ['fail', 'error', 'pass', 'not-applicable', 'informational', 'not-run'];

export function mergeVerdicts(verdicts: readonly Verdict[]): Verdict {
  return MERGE_ORDER.find((verdict) => verdicts.includes(verdict)) ?? 'not-run';
}

export function countVerdicts(verdicts: readonly Verdict[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}

export function buildReport(input: ReportInput): ConformanceReport {
  const sections = redactDeep(input.sections) as readonly ReportSection[];
  const requirements = REQUIREMENT_IDS.map((id) => requirementVerdict(id, sections));
  const checks = sections.flatMap((section) => section.checks);
  const failed = [...requirements, ...checks].some((row) => row.verdict === 'fail' || row.verdict === 'error');
  const times = sections.flatMap((section) => [section.startedAt, section.finishedAt]).sort();
  const now = new Date().toISOString();
  return {
    reportVersion: REPORT_VERSION,
    suite: { name: TOOL.name, version: TOOL.version },
    hashes: input.hashes,
    target: input.target === null ? null : { ...input.target, description: redactText(input.target.description) },
    client: clientUnderTest(input.client ?? null),
    seeds: [...new Set(sections.flatMap((section) => (section.seed === null ? [] : [section.seed])))].sort((a, b) => a - b),
    startedAt: times[0] ?? now,
    finishedAt: times.at(-1) ?? now,
    verdict: failed || sections.some((section) => section.harnessErrors.length > 0) ? 'fail' : 'pass',
    summary: {
      requirements: countVerdicts(requirements.map((row) => row.verdict)),
      checks: countVerdicts(checks.map((check) => check.verdict)),
      cases: sections.reduce((sum, section) => sum + section.reach.cases, 0),
    },
    requirements,
    sections,
  };
}

function clientUnderTest(client: ClientUnderTest | null): ClientUnderTest | null {
  return client === null ? null : { command: redactText(client.command), description: redactText(client.description) };
}

function requirementVerdict(id: (typeof REQUIREMENT_IDS)[number], sections: readonly ReportSection[]): RequirementVerdict {
  const requirement = REQUIREMENTS[id];
  const covering = sections.flatMap((section) =>
    section.checks.filter((check) => check.requirementIds.includes(id)).map((check) => ({ name: `${section.producer}:${check.id}`, cases: check.cases })),
  );
  const verdicts = sections.flatMap((section) => section.requirements.filter((row) => row.id === id).map((row) => row.verdict));
  return {
    id,
    title: requirement.title,
    kind: requirement.kind,
    ...requirementSource(requirement),
    decision: requirement.kind === 'inferred' ? requirement.decision : null,
    verdict: mergeVerdicts(verdicts),
    checks: covering.map((check) => check.name),
    cases: covering.reduce((sum, check) => sum + check.cases, 0),
  };
}

const DIGEST_FILE = 'linkcy-api-reference.md';

function requirementSource(requirement: Requirement): Pick<RequirementVerdict, 'sourceFile' | 'sourceSection' | 'sourceKeys' | 'quote'> {
  if (hasSeedBasis(requirement)) {
    return { sourceFile: requirement.seedFile, sourceSection: requirement.seedSection, sourceKeys: [], quote: requirement.quote };
  }
  return {
    sourceFile: DIGEST_FILE,
    sourceSection: requirement.digestSection,
    sourceKeys: requirement.digestKeys,
    quote: `LinkCy reference, ${requirement.digestSection} [${requirement.digestKeys.join(', ')}]`,
  };
}
