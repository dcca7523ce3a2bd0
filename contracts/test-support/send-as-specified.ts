import { EXAMPLE_VALUES, type ContractInteraction } from '../interactions.ts';
import { testDeviceSignature } from '../test-device.ts';

/** A consumer that sends exactly what the interaction says: the builders alone are under test. */
export function sendAsSpecified(interaction: ContractInteraction, baseUrl: string): Promise<Response> {
  const { sends } = interaction;
  const body = sends.body === undefined ? undefined : JSON.stringify(sends.body);
  const headers: Record<string, string> = {};
  if (sends.bearer) headers.authorization = `Bearer ${EXAMPLE_VALUES.partnerToken}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (sends.strategy !== undefined) headers['linkcy-sca-strategy'] = sends.strategy;
  if (sends.signed) headers['linkcy-sca-signature'] = testDeviceSignature({ method: sends.method, uri: sends.path, ...(body === undefined ? {} : { body }) });
  return fetch(`${baseUrl}${sends.path}`, { method: sends.method, headers, ...(body === undefined ? {} : { body }) });
}
