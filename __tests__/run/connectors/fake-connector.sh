#!/bin/sh
# A capture connector in plain sh (runs on busybox too): canned responses per request type.
# COMPAT_FAKE_MODE picks a behaviour: good (default), slow, hang, crash, garbage, huge.
# In good mode, Open emits documents for two bindings and merge-patch checkpoints, asks for explicit
# acknowledgements and waits for each one; it refuses a state that contains "reject-me".
# Knobs that combine with good mode (set as image ENV or in a local command's environment):
#   COMPAT_FAKE_ECHO=1        print the config it receives to stderr and into each users document
#   COMPAT_FAKE_DOCS=renamed  users documents carry full_name instead of name (another connector's output)
#   COMPAT_FAKE_RESUME=1      continue from the users cursor of the state it is opened with
#   COMPAT_FAKE_STATE_MARK=S  put "mark":"S" into every checkpoint state
#   COMPAT_FAKE_UPDATE=1      after its documents, users id 1 again with a new name
#   COMPAT_FAKE_APPLY=fail    exit 1 on Apply, as a connector whose endpoint refuses the task
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

# The request's config object (flat configs only: up to its first closing brace).
config="${request#*\"config\":}"
config="${config%%\}*}}"
# printf, not echo: dash's echo reads backslashes in the config as escapes.
[ "${COMPAT_FAKE_ECHO:-}" = 1 ] && printf '%s\n' "received config $config" >&2

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
  '{"apply"'*)
    # airbyte-to-flow answers Apply with an empty Applied (estuary/airbyte
    # airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs, adapt_apply_response_stream).
    [ "${COMPAT_FAKE_APPLY:-}" = fail ] && { echo "apply: the endpoint refused the binding" >&2; exit 1; }
    echo '{"applied":{}}'
    ;;
  '{"open"'*)
    case "$request" in
      *reject-me*) echo "loading state" >&2; echo "invalid state: cannot parse cursor reject-me" >&2; exit 1 ;;
    esac
    echo '{"opened":{"explicitAcknowledgements":true}}'
    n=0
    if [ "${COMPAT_FAKE_RESUME:-}" = 1 ]; then
      case "$request" in
        *'"cursor":'[0-9]*) n="${request##*\"cursor\":}"; n="${n%%[!0-9]*}" ;;
      esac
    fi
    name=name
    [ "${COMPAT_FAKE_DOCS:-}" = renamed ] && name=full_name
    extra=
    [ "${COMPAT_FAKE_ECHO:-}" = 1 ] && extra=",\"config\":$config"
    mark=
    [ -n "${COMPAT_FAKE_STATE_MARK:-}" ] && mark=",\"mark\":\"$COMPAT_FAKE_STATE_MARK\""
    last=$((n + 4))
    while [ "$n" -lt "$last" ]; do
      n=$((n + 1))
      printf '%s\n' "{\"captured\":{\"binding\":0,\"doc\":{\"id\":$n,\"$name\":\"user $n\"$extra}}}"
      echo "{\"captured\":{\"binding\":1,\"doc\":{\"n\":$n,\"_meta\":{\"row_id\":$n}}}}"
      echo "{\"checkpoint\":{\"state\":{\"updated\":{\"users\":{\"cursor\":$n}$mark},\"mergePatch\":true}}}"
      read -r ack || exit 0
      case "$ack" in
        *'"acknowledge"'*) ;;
        *) echo "expected an acknowledge, got: $ack" >&2; exit 1 ;;
      esac
    done
    if [ "${COMPAT_FAKE_UPDATE:-}" = 1 ]; then
      # A record updated while the capture runs comes again under its key, as an incremental
      # Airbyte stream re-reads a record whose cursor moved.
      printf '%s\n' "{\"captured\":{\"binding\":0,\"doc\":{\"id\":1,\"$name\":\"user 1 updated\"$extra}}}"
      echo "{\"checkpoint\":{\"state\":{\"updated\":{\"users\":{\"cursor\":$last}$mark},\"mergePatch\":true}}}"
      read -r _ || exit 0
    fi
    # Caught up: idle until the runtime closes our input.
    while read -r _; do :; done
    ;;
  *)
    echo "unknown request: $request" >&2
    exit 1
    ;;
esac
