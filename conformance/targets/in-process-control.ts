import { ERROR_CATALOGUE } from '../../spec/errors/index.ts';
import { ControlError, type SimulatorControl } from '../simulator/index.ts';
import { ControlPlaneError, type ControlClient } from './control-client.ts';

// The embedded simulator's control plane, called in process: the probe engine's clock moves,
// end users and signature records cost a function call instead of an HTTP round trip each
// (about a third of a case's round trips). The API itself is still spoken to over HTTP. A
// refusal reads exactly as its HTTP twin would (control-client.ts).

export function inProcessControlClient(control: SimulatorControl, controlPrefix: string): ControlClient {
  const call = async <T>(route: string, action: () => T): Promise<T> => {
    try {
      return action();
    } catch (error) {
      if (!(error instanceof ControlError)) throw error;
      const status = ERROR_CATALOGUE[error.code].status;
      throw new ControlPlaneError(`${route.replace(' ', ` ${controlPrefix}`)}`, status, `answered ${status}: ${error.code}: ${error.message}`);
    }
  };
  return {
    createEndUser: (request = {}) => call('POST /end-users', () => control.createEndUser(request)),
    createConsumer: (request = {}) => call('POST /consumers', () => control.createConsumer(request)),
    createCorporate: (request = {}) => call('POST /corporates', () => control.createCorporate(request)),
    setKycStatus: (request) => call('POST /kyc', () => control.setKycStatus(request)),
    createLedger: (request) => call('POST /ledgers', () => control.createLedger(request)),
    createScene: (request = {}) => call('POST /scenes', () => control.createScene(request)),
    issueToken: (request) => call('POST /tokens', () => control.issueToken(request)),
    now: () => call('GET /clock', () => control.now()),
    advanceClock: (ms) => call('POST /clock', () => control.advanceClock(ms)),
    setClock: (ms) => call('POST /clock', () => control.setClock(ms)),
    injectFault: (spec) => call('POST /faults', () => control.injectFault(spec)),
    setPushMode: (mode) => call('POST /push-mode', () => control.setPushMode(mode)),
    recordSignature: (signature) =>
      call('POST /signatures', () => {
        control.recordSignature(signature);
        return { createdAtMs: control.now() };
      }),
    state: () => call('GET /state', () => control.state()),
    exchanges: () => call('GET /exchanges', () => control.exchanges()),
    reset: () => call('POST /reset', () => control.reset()),
  };
}
