import { fileURLToPath } from 'node:url';
import { writeReferencePact } from './reference-client-pact.ts';

// `npm run pact:consumer`: regenerates the committed reference pact (contracts/pacts/).
const dir = fileURLToPath(new URL('../pacts/', import.meta.url));
await writeReferencePact(dir);
process.stdout.write(`pact written to ${dir}\n`);
