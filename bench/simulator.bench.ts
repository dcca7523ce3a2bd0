import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { httpActivationExchange, VirtualDevice } from '../generators/index.ts';
import { startSimulator, type SimulatorHandle } from '../conformance/simulator/index.ts';

// Requests per second the simulator answers over loopback: a signed createCard (DATA_SIGNING, a
// fresh signature each, verified, counter stored, card made, exchange logged) beside an unsigned
// GET /health on the same server. Each worker owns one device and sends in counter order, so every
// signed request must succeed. Signing happens in this process too, so the signed rate includes
// the device's HMACs; the possession_biometry factor keeps the PIN's PBKDF2 out of the loop.

const WORKERS = 8;
const PHASE_MS = 1_500;
const WARM_UP_MS = 200;
/** Upper bound per phase, so a very fast machine still finishes promptly. */
const MAX_REQUESTS = 50_000;

export interface SimulatorBenchResult {
  healthPerSecond: number;
  signedCreateCardPerSecond: number;
}

interface Worker {
  /** Sends one request and throws unless it got the expected status. */
  send(): Promise<void>;
}

async function rate(workers: readonly Worker[], durationMs: number): Promise<number> {
  const deadline = performance.now() + durationMs;
  const start = performance.now();
  let count = 0;
  await Promise.all(
    workers.map(async (worker) => {
      while (performance.now() < deadline && count < MAX_REQUESTS) {
        await worker.send();
        count += 1;
      }
    }),
  );
  return count / ((performance.now() - start) / 1000);
}

async function measure(workers: readonly Worker[]): Promise<number> {
  await rate(workers, WARM_UP_MS);
  return rate(workers, PHASE_MS);
}

async function expectStatus(response: Response, status: number, what: string): Promise<string> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`benchmark: ${what} answered ${response.status}, expected ${status}: ${text}`);
  return text;
}

async function signedCardWorker(simulator: SimulatorHandle, partnerToken: string): Promise<Worker> {
  const { url, info, control } = simulator;
  const post = (path: string) => fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${partnerToken}` } });
  const { endUserId, ledgerId, virtualCardProfileId } = control.createScene({ cardType: 'VIRTUAL' });
  const registration: { scaDeviceId: string; activationCode: string; activationCodeSignature: string } = JSON.parse(
    await expectStatus(await post(`/api/partner/end-users/${endUserId}/sca-devices`), 201, 'registerScaDevice'),
  );
  const device = await VirtualDevice.activate({
    exchange: httpActivationExchange(url),
    activation: registration,
    masterPublicKey: info.masterPublicKey,
    applicationKey: info.applicationKey,
    applicationSecret: info.applicationSecret,
    pin: '1234',
    biometry: true,
    onSigned: (record) => control.recordSignature(record),
  });
  await expectStatus(await post(`/api/partner/sca-devices/${registration.scaDeviceId}/activate`), 204, 'activateScaDevice');
  const body = JSON.stringify({ ledgerId, profileId: virtualCardProfileId });
  return {
    async send() {
      const signature = device.sign({ method: 'POST', uri: '/api/partner/cards', body, factor: 'biometry' });
      const response = await fetch(`${url}/api/partner/cards`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${partnerToken}`,
          'content-type': 'application/json',
          'linkcy-sca-strategy': 'DATA_SIGNING',
          'linkcy-sca-signature': signature,
        },
        body,
      });
      await expectStatus(response, 201, 'signed createCard');
    },
  };
}

export async function measureSimulator(): Promise<SimulatorBenchResult> {
  const simulator = await startSimulator({ clock: 'manual', control: false, tokenTtlMs: 24 * 60 * 60_000 });
  try {
    const login = await fetch(`${simulator.url}/api/partner/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(simulator.info.partner),
    });
    const { token } = JSON.parse(await expectStatus(login, 200, 'login')) as { token: string };
    const health: Worker = { send: async () => void (await expectStatus(await fetch(`${simulator.url}/health`), 200, 'GET /health')) };
    const signed = await Promise.all(Array.from({ length: WORKERS }, () => signedCardWorker(simulator, token)));
    return {
      healthPerSecond: await measure(Array.from({ length: WORKERS }, () => health)),
      signedCreateCardPerSecond: await measure(signed),
    };
  } finally {
    await simulator.stop();
  }
}

export async function benchSimulator(): Promise<void> {
  const result = await measureSimulator();
  const perSecond = (value: number) => Math.round(value).toLocaleString('en-US').padStart(8);
  console.log(`LinkCy SCA simulator over loopback, ${WORKERS} concurrent clients, ~${PHASE_MS} ms a phase`);
  console.log(`  machine: ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  console.log(`  GET /health (unsigned)                         ${perSecond(result.healthPerSecond)} requests/s`);
  console.log(`  POST createCard, DATA_SIGNING, fresh signature ${perSecond(result.signedCreateCardPerSecond)} requests/s`);
  console.log(`  ratio: a signed createCard costs ${(result.healthPerSecond / result.signedCreateCardPerSecond).toFixed(1)} health requests`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await benchSimulator();
