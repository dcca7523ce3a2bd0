// Targets: where the probe engine sends requests (docs/probe-design.md, "Targets").

export type { Exchange, ProbeRequest, ProbeResponse, ResponseAnomaly } from './exchange.ts';
export { TargetUnreachableError, type Target, type TargetCapability, type TargetKind } from './target.ts';
export { ControlPlaneError, type ControlClient } from './control-client.ts';
export { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS, type SendLimits } from './http-send.ts';
export { DEFAULT_PRISM_START_TIMEOUT_MS } from './prism-process.ts';
export { proxyViolations, VIOLATIONS_HEADER, type ProxyViolation, type ProxyViolationSeverity } from './proxy-violations.ts';
export { HEALTH_CHECK_TIMEOUT_MS, resolveTarget, TARGET_FORMS, type ResolveTargetOptions } from './resolve-target.ts';
export { parseSimulatorInfo, readSimulatorInfo, type SimulatorInfo } from './simulator-info.ts';
export { startSimulatorTarget, type SimulatorTargetOptions } from './simulator-target.ts';
export { startPrismMockTarget, type PrismMockTargetOptions, type PrismTarget } from './prism-target.ts';
export { startPrismProxyTarget, type PrismProxyTargetOptions } from './proxy-target.ts';
export { createUrlTarget, type UrlTargetOptions } from './url-target.ts';
