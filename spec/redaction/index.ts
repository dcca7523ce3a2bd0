export {
  isSecretField,
  isSecretHeader,
  redactBody,
  redactBodyText,
  redactHeaders,
  redactValue,
} from './redact.ts';
