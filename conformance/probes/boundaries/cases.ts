import type { ProbeContext } from '../context.ts';
import type { BoundaryCase } from './boundary-case.ts';
import { exemptionBoundaryCases } from './exemption-cases.ts';
import { factorHeaderBoundaryCases } from './factor-header-cases.ts';
import { orderBoundaryCases } from './order-cases.ts';
import { scaScopeBoundaryCases } from './sca-scope-cases.ts';
import { signatureBoundaryCases } from './signature-cases.ts';
import { tokenHeaderBoundaryCases } from './token-header-cases.ts';

// Every stated boundary, one list per rule area (each in its own file).

export function boundaryCases(context: ProbeContext): BoundaryCase[] {
  return [
    ...signatureBoundaryCases(context),
    ...tokenHeaderBoundaryCases(context),
    ...orderBoundaryCases(context),
    ...exemptionBoundaryCases(context),
    ...scaScopeBoundaryCases(context),
    ...factorHeaderBoundaryCases,
  ];
}
