#!/bin/sh
# A LinkCy partner client in POSIX shell with curl and jq, certified in command mode:
#   npx linkcy-sca certify --client-cmd "sh examples/shell-client/linkcy-client.sh"
# Secrets never reach a command line: headers go through a private file, bodies through stdin.
set -eu
B=$LINKCY_BASE_URL APP=$LINKCY_APP_URL TOKEN= REFRESH=
H=$(mktemp) && chmod 600 "$H" && trap 'rm -f "$H"' EXIT
input() { printf '%s' "$LINKCY_INPUT" | jq -r ".$1 // empty"; }
U=$(input endUserId) D=$(input scaDeviceId) CARD=$(input cardId)
done_ok() { printf '%s\n' "$1"; exit 0; }
fail() { printf '{"ok":false,"errorCode":"%s"}\n' "$1"; exit 0; }
code_of() { printf '%s' "$1" | jq -r '.errorCode // empty' 2>/dev/null || true; }

tokens() { # POST the JSON $2 to $1 (printf is a builtin: no secret on a command line), keep the token pair
  A=$(printf '%s' "$2" | curl -s -X POST "$B$1" -H 'content-type: application/json' --data-binary @-)
  TOKEN=$(printf '%s' "$A" | jq -r '.token // empty') REFRESH=$(printf '%s' "$A" | jq -r '.refreshToken // empty')
  [ -n "$TOKEN" ]
}
login() { tokens /api/partner/login "$(jq -n '{partnerName: env.LINKCY_PARTNER_NAME, username: env.LINKCY_USERNAME, password: env.LINKCY_PASSWORD}')" || fail "$(code_of "$A")"; }
refresh() { tokens /api/partner/refresh "$(R=$REFRESH jq -n '{refreshToken: env.R}')" || login; }

sign() { # method uri body -> the app's Linkcy-SCA-Signature value
  jq -n --arg m "$1" --arg u "$2" --arg b "$3" --arg d "$D" '{method: $m, uri: $u, body: $b} + (if $d == "" then {} else {scaDeviceId: $d} end)' |
    curl -sf -X POST "$APP/end-users/$U/signatures" -H 'content-type: application/json' --data-binary @- | jq -r .header
}

call() { # METHOD PATH BODY always|if-required|never -> $ANSWER; refresh once on 401, 3 attempts on 5xx, DATA_SIGNING once on SCA_REQUIRED
  m=$1 p=$2 body=$3 sca=$4 attempt=1 refreshed=0 switched=0
  while :; do
    [ -n "$TOKEN" ] || login
    printf 'authorization: Bearer %s\n' "$TOKEN" > "$H"
    [ -z "$body" ] || printf 'content-type: application/json\n' >> "$H"
    [ "$sca" != always ] || printf 'Linkcy-SCA-Strategy: DATA_SIGNING\nLinkcy-SCA-Signature: %s\n' "$(sign "$m" "$p" "$body")" >> "$H"
    A=$(printf '%s' "$body" | curl -s -w '\n%{http_code}' -X "$m" "$B$p" -H @"$H" $([ -z "$body" ] || echo --data-binary @-))
    STATUS=$(printf '%s' "$A" | tail -n 1) ANSWER=$(printf '%s' "$A" | sed '$d') CODE=$(code_of "$ANSWER")
    case $STATUS in 2??) return 0 ;; esac
    if [ "$STATUS" = 401 ] && [ "$CODE" = UNAUTHORIZED ] && [ $refreshed = 0 ]; then refreshed=1 && refresh && continue; fi
    if [ "$STATUS" -ge 500 ] && [ $attempt -lt 3 ]; then attempt=$((attempt + 1)) && continue; fi
    if [ "$CODE" = SCA_REQUIRED ] && [ "$sca" = if-required ] && [ $switched = 0 ]; then switched=1 sca=always && continue; fi
    fail "${CODE:-HTTP_$STATUS}"
  done
}

case $LINKCY_SCENARIO in
delete-device)
  call DELETE "/api/partner/sca-devices/$D" "" never && done_ok '{"ok":true}' ;;
create-card | no-active-device)
  call POST /api/partner/cards "$(printf '%s' "$LINKCY_INPUT" | jq -c '{ledgerId, profileId}')" always
  done_ok "$(printf '%s' "$ANSWER" | jq -c '{ok: true, cardId: .id}')" ;;
read-pin) # the PIN is for the end user's eyes: never printed
  call GET "/api/partner/cards/$CARD/pin" "" always && done_ok '{"ok":true}' ;;
pan-credentials)
  call GET "/api/partner/cards/$CARD/pan/credentials" "" always && done_ok '{"ok":true}' ;;
add-beneficiary)
  call POST /api/partner/beneficiaries "$(jq -cn --arg u "$U" '{type: "PERSON", name: "Ada Lovelace", endUserId: $u, bankingDetails: {iban: "DE89370400440532013000", bic: "COBADEFFXXX"}}')" always
  done_ok "$(printf '%s' "$ANSWER" | jq -c '{ok: true, beneficiaryId: .id}')" ;;
transfer-to-beneficiary)
  call POST /api/partner/transactions "$(printf '%s' "$LINKCY_INPUT" | jq -c '{amount, beneficiaryId, ledgerFromId: .ledgerId}')" always
  done_ok "$(printf '%s' "$ANSWER" | jq -c '{ok: true, transactionId: .id}')" ;;
*)
  call POST "/api/partner/end-users/$U/sca-devices" "" "$([ -n "$D" ] && echo always || echo if-required)"
  NEW=$(printf '%s' "$ANSWER" | jq -r .scaDeviceId)
  printf '%s' "$ANSWER" | jq '{activationQrCodeData}' |
    curl -sf -o /dev/null -X POST "$APP/end-users/$U/activation" -H 'content-type: application/json' --data-binary @- || { echo 'the app could not activate' >&2; exit 1; }
  call POST "/api/partner/sca-devices/$NEW/activate" "" never
  done_ok "$(jq -cn --arg d "$NEW" '{ok: true, scaDeviceId: $d}')" ;;
esac
