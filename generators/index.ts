// Generators: values and actors the suite makes to exercise a target. One export block per module.

export {
  DEFAULT_ACTIVATION_PATH,
  httpActivationExchange,
  VirtualDevice,
  type ActivationAnswer,
  type ActivationExchange,
  type ActivationFactor,
  type ActivationRequest,
  type DeviceFactor,
  type HttpActivationExchangeOptions,
  type SignedRecord,
  type SignRequest,
  type VirtualDeviceActivateOptions,
  type VirtualDeviceActivation,
  type VirtualDeviceHooks,
  type VirtualDeviceImportOptions,
  type VirtualDeviceState,
} from './device.ts';
