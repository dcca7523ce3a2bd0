#!/bin/sh
# A LinkCy client in 20 lines of shell (curl, jq): device onboarding and deletion, no retries.
set -eu
input() { printf '%s' "$LINKCY_INPUT" | jq -r ".$1 // empty"; }
U=$(input endUserId) D=$(input scaDeviceId) B=$LINKCY_BASE_URL
T=$(jq -n '{partnerName: env.LINKCY_PARTNER_NAME, username: env.LINKCY_USERNAME, password: env.LINKCY_PASSWORD}' |
  curl -s "$B/api/partner/login" -H 'content-type: application/json' --data-binary @- | jq -r .token)
call() { # METHOD PATH [curl options]: $BODY on 2xx; otherwise LinkCy's code is the outcome
  A=$(m=$1 p=$2 && shift 2 && curl -s -w '\n%{http_code}' -X "$m" "$B$p" -H "authorization: Bearer $T" "$@")
  BODY=$(printf '%s' "$A" | sed '$d')
  case $(printf '%s' "$A" | tail -n 1) in 2??) ;; *) printf '{"ok":false,"errorCode":"%s"}\n' "$(printf '%s' "$BODY" | jq -r .errorCode)" && exit 0 ;; esac
}
sign() { jq -n --arg u "$1" --arg d "$D" '{method: "POST", uri: $u, body: ""} + (if $d == "" then {} else {scaDeviceId: $d} end)' |
  curl -s "$LINKCY_APP_URL/end-users/$U/signatures" -H 'content-type: application/json' --data-binary @- | jq -r .header; }
if [ "$LINKCY_SCENARIO" = delete-device ]; then call DELETE "/api/partner/sca-devices/$D" && echo '{"ok":true}' && exit 0; fi
P=/api/partner/end-users/$U/sca-devices
if [ -n "$D" ]; then call POST "$P" -H 'Linkcy-SCA-Strategy: DATA_SIGNING' -H "Linkcy-SCA-Signature: $(sign "$P")"; else call POST "$P"; fi
N=$(printf '%s' "$BODY" | jq -r .scaDeviceId)
printf '%s' "$BODY" | jq '{activationQrCodeData}' | curl -sf -X POST "$LINKCY_APP_URL/end-users/$U/activation" -H 'content-type: application/json' --data-binary @-
call POST "/api/partner/sca-devices/$N/activate" && jq -cn --arg d "$N" '{ok: true, scaDeviceId: $d}'
