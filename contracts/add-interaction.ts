import type { PactV4 } from '@pact-foundation/pact';
import type { ContractInteraction } from './interactions.ts';

/** Registers a built interaction on a PactV4 pact; the caller runs its consumer code in `executeTest`. */
/** What pact-js answers once the response is set (its type is not exported from the package root). */
export interface ReadyInteraction {
  executeTest<T>(test: (mockServer: { readonly url: string }) => Promise<T>): Promise<T | undefined>;
}

export function addInteraction(pact: PactV4, interaction: ContractInteraction): ReadyInteraction {
  let unconfigured = pact.addInteraction();
  for (const state of interaction.providerStates) unconfigured = unconfigured.given(state.name);
  for (const comment of interaction.comments) unconfigured = unconfigured.comment(comment);
  const { request, response } = interaction;
  return unconfigured
    .uponReceiving(interaction.description)
    .withRequest(request.method, request.path as string, (builder) => {
      builder.headers(request.headers as Record<string, string>);
      if (request.body !== undefined) builder.jsonBody(request.body);
    })
    .willRespondWith(response.status, (builder) => {
      builder.headers(response.headers as Record<string, string>);
      if (response.body !== undefined) builder.jsonBody(response.body);
    });
}
