// The partner's mobile app, as the back end reaches it: hand it an activation code, ask it to sign.
// In certification it is the kit's stand-in at LINKCY_APP_URL; in production, the partner's own
// channel to the app (push, websocket) does the same two things.

import type { Signer } from './linkcy-client.ts';

export class MobileApp {
  constructor(private readonly appUrl: string) {}

  /** The app verifies the code's signature and runs the PowerAuth activation; throws when it could not. */
  async activate(endUserId: string, activationQrCodeData: string): Promise<void> {
    const response = await this.#post(`/end-users/${encodeURIComponent(endUserId)}/activation`, { activationQrCodeData });
    if (response.status !== 204) throw new Error(`the app could not activate the device: ${response.status} ${await response.text()}`);
  }

  /** A signer for one end user (and one of their devices, when named). */
  signerFor(endUserId: string, scaDeviceId?: string): Signer {
    return async ({ method, uri, body }) => {
      const response = await this.#post(`/end-users/${encodeURIComponent(endUserId)}/signatures`, {
        method,
        uri,
        body,
        ...(scaDeviceId === undefined ? {} : { scaDeviceId }),
      });
      if (response.status !== 200) throw new Error(`the app could not sign: ${response.status} ${await response.text()}`);
      const { header } = (await response.json()) as { header?: unknown };
      if (typeof header !== 'string') throw new Error('the app answered no signature header');
      return header;
    };
  }

  #post(path: string, body: unknown): Promise<Response> {
    return fetch(this.appUrl.replace(/\/+$/, '') + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }
}
