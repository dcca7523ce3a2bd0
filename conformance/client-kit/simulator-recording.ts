import type { ListenedExchange, SimulatorHandle } from '../simulator/index.ts';
import { Recorder, startRecordingFile } from './recording.ts';

// `linkcy-sca serve --record FILE`: the simulator's exchanges written as they happen, for
// `linkcy-sca judge`. The listener exists before the simulator (startSimulator's onExchange);
// the recorder needs the simulator's operations and password, so it is attached once it runs.

export interface SimulatorRecording {
  readonly onExchange: (exchange: ListenedExchange) => void;
  attach(simulator: SimulatorHandle): void;
}

export function recordSimulator(file: string, header: { profile: 'sandbox' | 'production'; signatureTtlMs: number }): SimulatorRecording {
  const write = startRecordingFile(file, header);
  let recorder: Recorder | undefined;
  return {
    onExchange: (exchange) => {
      if (recorder !== undefined) write(recorder.record(exchange));
    },
    attach(simulator) {
      recorder = new Recorder(simulator.operations);
      recorder.knowSecret(simulator.info.partner.password, 'password');
    },
  };
}
