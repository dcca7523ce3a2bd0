import fc from 'fast-check';

// Property tests run with one fixed seed so CI is deterministic; fast-check prints the seed and
// the shrunk path of any failure, and FC_SEED replays or varies a run locally.
const seed = Number.parseInt(process.env.FC_SEED ?? '20261123', 10);
fc.configureGlobal({ seed, numRuns: Number.parseInt(process.env.FC_RUNS ?? '100', 10) });
