// Pact consumer contracts and provider verification land here (a later issue); the folder exists so
// the layout newcomers read in docs/ARCHITECTURE.md is the layout they find.
export {};
