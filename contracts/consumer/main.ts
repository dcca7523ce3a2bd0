import { fileURLToPath } from 'node:url';
import { writeReferencePact } from './reference-client-pact.ts';

// `npm run pact:consumer`: regenerates the committed reference pact (contracts/pacts/).
// The Pact core otherwise posts usage metrics to the network.
process.env.PACT_DO_NOT_TRACK ??= 'true';
const dir = fileURLToPath(new URL('../pacts/', import.meta.url));
await writeReferencePact(dir);
process.stdout.write(`pact written to ${dir}\n`);
