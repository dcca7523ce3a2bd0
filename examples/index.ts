// Examples a partner copies: the reference LinkCy client (TypeScript) and the shell client.
export { LinkcyClient, LinkcyError, type LinkcyClientOptions, type ScaMode, type Signer } from './reference-client/linkcy-client.ts';
export { MobileApp } from './reference-client/mobile-app.ts';
export { run as runReferenceClient } from './reference-client/run.ts';
