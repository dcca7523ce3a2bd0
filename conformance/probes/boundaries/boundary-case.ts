import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { ProbeContext } from '../context.ts';
import type { CaseSession } from '../session.ts';
import type { JudgedCall } from './observation.ts';

// A stated boundary: one edge of one documented rule, played as a short sequence of calls on a
// fresh session. The case states the facts of each judged call; the check asks the model.

export interface BoundaryCase {
  /** Stable public id: the rule, then the edge ('counter-window/first-refused-ahead'). */
  readonly id: string;
  /** The rule's requirements: every problem of the case names them besides the decision row's. */
  readonly requirementIds: readonly RequirementId[];
  /** Why this target cannot show the edge (e.g. its clock runs on); undefined when it can. */
  notApplicable?(context: ProbeContext): string | undefined;
  play(session: CaseSession): Promise<readonly JudgedCall[]>;
}
