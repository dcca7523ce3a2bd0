import { join } from 'node:path';
import { startPrismMockTarget } from '../conformance/targets/index.ts';
import { ROOT, runChild, startServerProcess, type ServerProcess } from './processes.ts';

// Requests per second under load from another process (autocannon, keep-alive, several
// connections), each server in its own process: a minimal node:http server, the simulator's
// createCard (bearer token, BY_PASS in the sandbox: the whole pipeline of authentication,
// validation against the document, SCA evaluation, card issuance and exchange log, without a
// signature the load generator could not make), and Prism's mock of the same operation. Then
// the simulator's memory under a long steady load of the same request.

export interface HttpLoadSettings {
  readonly warmUpSeconds: number;
  readonly durationSeconds: number;
  readonly connections: number;
  /** Requests of the memory run, sent in `memorySamples` equal parts, RSS read after each. */
  readonly memoryRequests: number;
  readonly memorySamples: number;
}

export interface HttpLoadResult {
  readonly rawNodeHttpPerS: number;
  readonly simulatorCreateCardPerS: number;
  readonly prismCreateCardPerS: number;
  /** Simulator RSS after each part of the memory run, MB. */
  readonly simulatorRssSeriesMb: readonly number[];
  readonly simulatorRssAfterRequestsMb: number;
}

interface Load {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

interface SimulatorInfoLine {
  readonly url: string;
  readonly partner: { partnerName: string; username: string; password: string };
  readonly controlPrefix: string;
}

const LOAD_GENERATOR = join(ROOT, 'bench/load-generator.mjs');
/** Turns each of the raw server and the simulator gets. */
const ROUNDS = 3;

async function rate(load: Load, settings: HttpLoadSettings, amount?: number): Promise<number> {
  const options = { ...load, connections: settings.connections, warmUpSeconds: amount === undefined ? settings.warmUpSeconds : 0, durationSeconds: settings.durationSeconds, amount };
  return (await runChild<{ perSecond: number }>([LOAD_GENERATOR, JSON.stringify(options)])).perSecond;
}

async function json<T>(url: string, init: RequestInit, what: string): Promise<T> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`bench: ${what} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** A createCard any target with this document accepts: partner bearer token, BY_PASS. */
async function createCardLoad(simulator: ServerProcess<SimulatorInfoLine>): Promise<Load> {
  const { url, partner, controlPrefix } = simulator.ready;
  const post = { method: 'POST', headers: { 'content-type': 'application/json' } };
  const { token } = await json<{ token: string }>(`${url}/api/partner/login`, { ...post, body: JSON.stringify(partner) }, 'login');
  // One control call: an end user with a funded ledger and an active virtual card profile.
  const { ledgerId, virtualCardProfileId } = await json<{ ledgerId: string; virtualCardProfileId: string }>(
    `${url}${controlPrefix}/scenes`,
    { ...post, body: '{}' },
    'build a scene',
  );
  return {
    url: `${url}/api/partner/cards`,
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'linkcy-sca-strategy': 'BY_PASS' },
    body: JSON.stringify({ ledgerId, profileId: virtualCardProfileId }),
  };
}

const startSimulatorProcess = (): Promise<ServerProcess<SimulatorInfoLine>> =>
  // A day-long token: the memory run may outlast the default 15 minutes.
  startServerProcess<SimulatorInfoLine>([join(ROOT, 'bin/linkcy-sca.mjs'), 'serve', '--port', '0', '--control', '--token-ttl', '24h']);

export async function measureHttpLoad(settings: HttpLoadSettings): Promise<HttpLoadResult> {
  // The floor and the simulator take turns, best phase of each kept: on a shared machine other
  // processes take cores for seconds at a time, and alternating exposes both to the same weather.
  const raw = await startServerProcess<{ url: string }>([join(ROOT, 'bench/raw-server.mjs')]);
  const simulator = await startSimulatorProcess();
  let load: Load;
  let rawNodeHttpPerS = 0;
  let simulatorCreateCardPerS = 0;
  try {
    load = await createCardLoad(simulator);
    const rawLoad: Load = { url: `${raw.ready.url}/api/partner/cards`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };
    for (let round = 0; round < ROUNDS; round++) {
      rawNodeHttpPerS = Math.max(rawNodeHttpPerS, await rate(rawLoad, settings));
      simulatorCreateCardPerS = Math.max(simulatorCreateCardPerS, await rate(load, settings));
    }
  } finally {
    await raw.stop();
    await simulator.stop();
  }

  const prism = await startPrismMockTarget();
  let prismCreateCardPerS: number;
  try {
    prismCreateCardPerS = await rate({ ...load, url: `${prism.baseUrl}/api/partner/cards` }, settings);
  } finally {
    await prism.close();
  }

  // A fresh simulator, so the series starts from its idle size.
  const steady = await startSimulatorProcess();
  const simulatorRssSeriesMb: number[] = [steady.rssMb()];
  try {
    const steadyLoad = await createCardLoad(steady);
    const part = Math.ceil(settings.memoryRequests / settings.memorySamples);
    for (let sample = 0; sample < settings.memorySamples; sample++) {
      await rate(steadyLoad, settings, part);
      simulatorRssSeriesMb.push(steady.rssMb());
    }
  } finally {
    await steady.stop();
  }
  return {
    rawNodeHttpPerS,
    simulatorCreateCardPerS,
    prismCreateCardPerS,
    simulatorRssSeriesMb,
    simulatorRssAfterRequestsMb: simulatorRssSeriesMb.at(-1) ?? 0,
  };
}
