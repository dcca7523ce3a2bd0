import { run } from './run.ts';

// Command mode: `npx tsx examples/reference-client/main.ts` prints the outcome as one JSON line.

const outcome = await run(process.env.LINKCY_SCENARIO ?? '', process.env);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
