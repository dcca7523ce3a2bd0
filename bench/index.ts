import { availableParallelism, cpus } from 'node:os';
import { measureCertify, CERTIFY_MIN_CASES } from './certify.bench.ts';
import { measureHttpLoad, type HttpLoadSettings } from './http-load.bench.ts';
import { HMACS_PER_VERIFICATION, measurePowerAuth } from './powerauth.bench.ts';

// `npm run bench`: every figure of issue 13, measured in one run on this machine, against its
// target. `-- --json` prints one JSON object with exactly the keys; `-- --full` runs the
// memory figure over a full million requests (default: 200 000, about a minute). Speed lives
// here, never in timed tests: numbers vary by machine, verdicts must not.

const json = process.argv.includes('--json');
const full = process.argv.includes('--full');
const log = (line: string): void => void (json ? process.stderr : process.stdout).write(`${line}\n`);

const settings: HttpLoadSettings = {
  warmUpSeconds: 1,
  durationSeconds: 4,
  connections: 10,
  memoryRequests: full ? 1_000_000 : 200_000,
  memorySamples: 10,
};

log(`machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
log('measuring PowerAuth verification ...');
const powerauth = await measurePowerAuth();
log(`measuring HTTP load (autocannon, ${settings.connections} keep-alive connections, best of 3 turns of ${settings.durationSeconds} s) and simulator memory over ${settings.memoryRequests} requests ...`);
const http = await measureHttpLoad(settings);
log(`measuring the probe engine and a certification of at least ${CERTIFY_MIN_CASES} cases ...`);
const certify = await measureCertify();

const figures = {
  rawNodeHttpPerS: round(http.rawNodeHttpPerS),
  simulatorCreateCardPerS: round(http.simulatorCreateCardPerS),
  prismCreateCardPerS: round(http.prismCreateCardPerS),
  probeCasesPerS: round(certify.probeCases / certify.probeSeconds, 1),
  certifySeconds: round(certify.certifySeconds, 1),
  certifyCases: certify.certifyCases,
  peakRssMb: round(certify.peakRssMb, 1),
  simulatorRssAfter1MRequestsMb: round(http.simulatorRssAfterRequestsMb, 1),
  powerauthVerifyPerS: round(powerauth.verifyMatchPerSecond),
  hmacSha256PerS: round(powerauth.hmacPerSecond),
};

if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const hmacBound = figures.hmacSha256PerS / HMACS_PER_VERIFICATION;
  const series = http.simulatorRssSeriesMb.map((mb) => mb.toFixed(0)).join(' ');
  const firstAfterWarmUp = http.simulatorRssSeriesMb[Math.min(3, http.simulatorRssSeriesMb.length - 1)] ?? 0;
  const rows: readonly (readonly [string, string, string, boolean | undefined])[] = [
    ['rawNodeHttpPerS', perSecond(figures.rawNodeHttpPerS), 'reference', undefined],
    ['simulatorCreateCardPerS', perSecond(figures.simulatorCreateCardPerS), `>= 0.5 x raw (${ratio(figures.simulatorCreateCardPerS, figures.rawNodeHttpPerS)} x)`, figures.simulatorCreateCardPerS >= 0.5 * figures.rawNodeHttpPerS],
    ['prismCreateCardPerS', perSecond(figures.prismCreateCardPerS), `reference (simulator ${ratio(figures.simulatorCreateCardPerS, figures.prismCreateCardPerS)} x Prism)`, undefined],
    ['probeCasesPerS', `${figures.probeCasesPerS} cases/s`, `full probe set, ${certify.probeCases} cases`, undefined],
    ['certifySeconds', `${figures.certifySeconds} s`, `< 30 s for >= ${CERTIFY_MIN_CASES} cases (runs ${certify.certifyRuns})`, figures.certifySeconds < 30 && figures.certifyCases >= CERTIFY_MIN_CASES],
    ['certifyCases', String(figures.certifyCases), `>= ${CERTIFY_MIN_CASES}`, figures.certifyCases >= CERTIFY_MIN_CASES],
    ['peakRssMb', `${figures.peakRssMb} MB`, '< 200 MB (certify process)', figures.peakRssMb < 200],
    [
      'simulatorRssAfter1MRequestsMb',
      `${figures.simulatorRssAfter1MRequestsMb} MB`,
      `no growth after warm-up, ${settings.memoryRequests.toLocaleString('en-US')} requests${full ? '' : ' (reduced; --full for 1M)'}; RSS every ${(settings.memoryRequests / settings.memorySamples).toLocaleString('en-US')}: ${series}`,
      figures.simulatorRssAfter1MRequestsMb <= firstAfterWarmUp * 1.1 + 5,
    ],
    ['powerauthVerifyPerS', perSecond(figures.powerauthVerifyPerS), `>= 0.8 x HMAC bound ${perSecond(hmacBound)} (${ratio(figures.powerauthVerifyPerS, hmacBound)} x)`, figures.powerauthVerifyPerS >= 0.8 * hmacBound],
    ['hmacSha256PerS', perSecond(figures.hmacSha256PerS), `raw HMAC-SHA256 over the same ${powerauth.requestDataBytes}-byte data; ${HMACS_PER_VERIFICATION} per verification`, undefined],
  ];
  log('');
  log(`${'figure'.padEnd(30)}${'value'.padStart(16)}  target`);
  for (const [name, value, target, met] of rows) {
    log(`${name.padEnd(30)}${value.padStart(16)}  ${met === undefined ? '' : met ? 'MET   ' : 'NOT MET'} ${target}`);
  }
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function perSecond(value: number): string {
  return `${Math.round(value).toLocaleString('en-US')}/s`;
}

function ratio(value: number, reference: number): string {
  return (value / reference).toFixed(2);
}
