#!/usr/bin/env node
// The suite ships as TypeScript; tsx compiles it on load so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../conformance/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
