import { COUNTER_DATA_LENGTH } from '../../spec/powerauth/counter.ts';
import { normalizePublicKey } from '../../spec/powerauth/index.ts';
import { redactBodyText } from '../../spec/redaction/index.ts';
import { base64Field, uuidField } from './fields.ts';

// The activation exchange is the one seam between the virtual device and a PowerAuth server.
// Today it is the harness's plain JSON; a real ECIES envelope (digest section 6) can replace it
// without touching the device, because signatures depend only on the keys and CTR_DATA that come
// back, not on how they travelled.

export type ActivationFactor = 'KNOWLEDGE' | 'BIOMETRY';

export interface ActivationRequest {
  activationCode: string;
  /** Base64 of the 65-byte uncompressed SEC1 device public key. */
  devicePublicKey: string;
  activationName: string;
  /** The factors the device onboarded: KNOWLEDGE always, BIOMETRY iff it has biometry. */
  factors: ActivationFactor[];
}

export interface ActivationAnswer {
  activationId: string;
  /** Base64 SEC1 P-256 point (compressed or uncompressed). */
  serverPublicKey: string;
  /** Base64 of the 16-byte initial CTR_DATA. */
  ctrData: string;
}

export interface ActivationExchange {
  createActivation(request: ActivationRequest): Promise<ActivationAnswer>;
}

export interface HttpActivationExchangeOptions {
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Appended to the base URL's path (a PowerAuth server often lives under a context path). Default the v3 path. */
  path?: string;
}

export const DEFAULT_ACTIVATION_PATH = '/pa/v3/activation/create';

/** The harness form of the exchange: `POST {baseUrl}{path}` with the request as JSON. */
export function httpActivationExchange(baseUrl: string, options: HttpActivationExchangeOptions = {}): ActivationExchange {
  const send = options.fetch ?? fetch;
  // Concatenated, not resolved: new URL('/pa/...', base) would drop the base URL's own path.
  const url = new URL(baseUrl.replace(/\/+$/, '') + (options.path ?? DEFAULT_ACTIVATION_PATH)).toString();
  return {
    async createActivation(request) {
      const response = await send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(request),
      });
      const text = await response.text();
      if (!response.ok) {
        throw new Error(`httpActivationExchange: POST ${url} answered ${response.status}: ${redactBodyText(text)}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`httpActivationExchange: POST ${url} answered ${response.status} with a body that is not JSON`);
      }
      return activationAnswerShape(json, 'httpActivationExchange: the answer');
    },
  };
}

export interface DecodedActivationAnswer {
  activationId: string;
  /** 65-byte uncompressed SEC1. */
  serverPublicKey: Buffer;
  ctrData: Buffer;
}

/**
 * Checks what any exchange returned (a custom one may hand back anything) and decodes it; each
 * error names the field at fault.
 */
export function decodeActivationAnswer(answer: unknown, context: string): DecodedActivationAnswer {
  const { activationId, serverPublicKey, ctrData } = activationAnswerShape(answer, context);
  return {
    activationId: uuidField(activationId, `${context}: activationId`),
    serverPublicKey: normalizePublicKey(base64Field(serverPublicKey, `${context}: serverPublicKey`), `${context}: serverPublicKey`),
    ctrData: base64Field(ctrData, `${context}: ctrData`, COUNTER_DATA_LENGTH),
  };
}

/** An object with the three answer fields as strings; their content is checked by decodeActivationAnswer. */
function activationAnswerShape(value: unknown, context: string): ActivationAnswer {
  if (value === null || typeof value !== 'object') throw new TypeError(`${context} must be a JSON object`);
  const stringField = (field: keyof ActivationAnswer): string => {
    const text: unknown = Reflect.get(value, field);
    if (typeof text !== 'string') throw new TypeError(`${context}: ${field} must be a string`);
    return text;
  };
  return { activationId: stringField('activationId'), serverPublicKey: stringField('serverPublicKey'), ctrData: stringField('ctrData') };
}
