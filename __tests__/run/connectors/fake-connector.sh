#!/bin/sh
# A capture connector in plain sh (runs on busybox too): canned responses per request type.
# COMPAT_FAKE_MODE picks a behaviour: good (default), slow, hang, crash, garbage, huge.
# In good mode, Open emits documents for two bindings and merge-patch checkpoints, asks for explicit
# acknowledgements and waits for each one; it refuses a state that contains "reject-me".
mode="${COMPAT_FAKE_MODE:-good}"

case "$mode" in
  hang) echo "starting, then hanging" >&2; sleep 600; exit 0 ;;
  crash)
    echo "connecting with token hunter2" >&2
    echo "Traceback (most recent call last):" >&2
    echo "ValueError: the endpoint refused the token" >&2
    exit 3 ;;
  garbage) echo "Starting connector... this is not JSON"; exit 0 ;;
  huge) head -c 2000000 /dev/zero | tr '\0' x; echo; exit 0 ;;
  slow) sleep 1 ;;
esac

read -r request || { echo "no request on stdin" >&2; exit 1; }
echo "LOG_LEVEL=$LOG_LEVEL" >&2

case "$request" in
  '{"spec"'*)
    echo '{"spec":{"protocol":3032023,"configSchema":{"type":"object","properties":{"token":{"type":"string","secret":true}},"required":["token"]},"resourceConfigSchema":{"type":"object","properties":{"stream":{"type":"string"},"namespace":{"type":"string"}},"required":["stream"]},"documentationUrl":"https://example.com/fake","oauth2":{},"resourcePathPointers":["/namespace","/stream"]}}'
    ;;
  '{"discover"'*)
    echo '{"discovered":{"bindings":[{"recommendedName":"users","resourceConfig":{"stream":"users","syncMode":"incremental"},"documentSchema":{"type":"object","properties":{"id":{"type":"integer"}},"required":["id"]},"key":["/id"]},{"recommendedName":"events","resourceConfig":{"stream":"events","syncMode":"full_refresh"},"documentSchema":{"type":"object"},"key":["/_meta/row_id"]}]}}'
    ;;
  '{"validate"'*)
    echo '{"validated":{"bindings":[{"resourcePath":["users"]},{"resourcePath":["events"]}]}}'
    ;;
  '{"open"'*)
    case "$request" in
      *reject-me*) echo "loading state" >&2; echo "invalid state: cannot parse cursor reject-me" >&2; exit 1 ;;
    esac
    echo '{"opened":{"explicitAcknowledgements":true}}'
    n=0
    while [ "$n" -lt 4 ]; do
      n=$((n + 1))
      echo "{\"captured\":{\"binding\":0,\"doc\":{\"id\":$n,\"name\":\"user $n\"}}}"
      echo "{\"captured\":{\"binding\":1,\"doc\":{\"n\":$n,\"_meta\":{\"row_id\":$n}}}}"
      echo "{\"checkpoint\":{\"state\":{\"updated\":{\"users\":{\"cursor\":$n}},\"mergePatch\":true}}}"
      read -r ack || exit 0
      case "$ack" in
        *'"acknowledge"'*) ;;
        *) echo "expected an acknowledge, got: $ack" >&2; exit 1 ;;
      esac
    done
    # Caught up: idle until the runtime closes our input.
    while read -r _; do :; done
    ;;
  *)
    echo "unknown request: $request" >&2
    exit 1
    ;;
esac
