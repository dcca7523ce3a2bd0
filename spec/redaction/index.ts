export {
  isSecretField,
  isSecretHeader,
  redactBody,
  redactBodyText,
  redactDeep,
  redactHeaders,
  redactText,
  redactValue,
} from './redact.ts';
