// Everything the CLI does is callable from code: targets, the probe runner and the simulator.
export { main } from './cli/main.ts';
export * from './pact-verify/index.ts';
export * from './runner/index.ts';
export * from './simulator/index.ts';
export * from './targets/index.ts';
