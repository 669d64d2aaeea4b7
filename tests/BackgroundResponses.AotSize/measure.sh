#!/usr/bin/env bash
# Native AOT size and start-up of the same minimal program (create one background response, stream it to the end,
# print its text) on this SDK (Ours/) and on openai-dotnet 2.15.0 (OpenAIDotnet/). See docs/benchmarks.md,
# "Native AOT size and start-up (issue 12)".
#
#   tests/BackgroundResponses.AotSize/measure.sh [runs]       # runs: timed runs per program, default 31
#   MAP=1 tests/BackgroundResponses.AotSize/measure.sh        # also ILC map files and the size breakdown (mapsize.py)
#   PUBLISH_ARGS="-p:OptimizationPreference=Size" …/measure.sh  # extra publish settings, applied to both alike
#   NO_PUBLISH=1 …/measure.sh                                # time the programs already published in $AOTSIZE_OUT
#   EXTRA="before=/tmp/old/BackgroundResponses.AotSize.Ours" …/measure.sh   # also time (and size) an earlier build
#
# Publishes both (linux-x64 by default, the SDK's RID), prints the executables' sizes, starts the out-of-process fake
# server (FakeServer/, BackgroundResponses.Testing on Kestrel, not AOT) on loopback, runs the two programs in turn
# and prints medians: process start to Main, to the first stream event, to the last event, and the whole run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-31}"
out="${AOTSIZE_OUT:-/tmp/aotsize}"
map_args=()
if [[ "${MAP:-0}" == "1" ]]; then map_args=(-p:AotSizeMap=true); fi
read -r -a publish_args <<<"${PUBLISH_ARGS:-}"

for p in Ours OpenAIDotnet; do
  if [[ "${NO_PUBLISH:-0}" == "1" && -x "$out/$p/BackgroundResponses.AotSize.$p" ]]; then continue; fi
  dotnet publish "$here/$p" -c Release -o "$out/$p" -nologo -v:q "${map_args[@]}" "${publish_args[@]}" >"$out.$p.publish.log" 2>&1 \
    || { cat "$out.$p.publish.log"; exit 1; }
done
dotnet build "$here/FakeServer" -c Release -o "$out/FakeServer" -nologo -v:q >"$out.FakeServer.build.log" 2>&1 \
  || { cat "$out.FakeServer.build.log"; exit 1; }

ours=$(stat -c %s "$out/Ours/BackgroundResponses.AotSize.Ours")
theirs=$(stat -c %s "$out/OpenAIDotnet/BackgroundResponses.AotSize.OpenAIDotnet")
echo "== size (bytes of the executable; .dbg symbols are separate and not counted)"
printf '%-14s %10d  %6.2f MB\n' ours "$ours" "$(bc -l <<<"$ours/1000000")" openai-dotnet "$theirs" "$(bc -l <<<"$theirs/1000000")"
printf 'ratio ours/openai-dotnet: %.3f (goal: at most 0.900)\n' "$(bc -l <<<"$ours/$theirs")"

names=(Ours OpenAIDotnet)
declare -A paths=([Ours]="$out/Ours/BackgroundResponses.AotSize.Ours" [OpenAIDotnet]="$out/OpenAIDotnet/BackgroundResponses.AotSize.OpenAIDotnet")
for extra in ${EXTRA:-}; do
  names+=("${extra%%=*}"); paths[${extra%%=*}]="${extra#*=}"
  printf '%-14s %10d  %6.2f MB\n' "${extra%%=*}" "$(stat -c %s "${extra#*=}")" "$(bc -l <<<"$(stat -c %s "${extra#*=}")/1000000")"
done

if [[ "${MAP:-0}" == "1" ]]; then
  for p in Ours OpenAIDotnet; do
    native="$here/$p/obj/Release/net10.0/linux-x64/native"
    echo "== what the $p image holds"
    python3 "$here/mapsize.py" "$native/BackgroundResponses.AotSize.$p.map.xml" "$native/BackgroundResponses.AotSize.$p.ilc.rsp" 25
  done
fi

# The fake serves until its standard input closes; a FIFO held open by this script is that input.
fifo="$(mktemp -u)"; mkfifo "$fifo"
dotnet "$out/FakeServer/BackgroundResponses.AotSize.FakeServer.dll" <"$fifo" >"$out.server.txt" 2>&1 &
server_pid=$!
exec 3>"$fifo"
trap 'exec 3>&-; wait "$server_pid" 2>/dev/null || true; rm -f "$fifo"' EXIT
for _ in $(seq 100); do [[ -s "$out.server.txt" ]] && break; sleep 0.1; done
export AOTSIZE_BASE_URL="$(head -n1 "$out.server.txt")"
echo "== start-up ($runs runs each, interleaved, fake server at $AOTSIZE_BASE_URL)"

declare -A samples
for i in $(seq "$runs"); do
  for p in "${names[@]}"; do
    t0=$(date +%s%N)
    line=$(AOTSIZE_T0_NS=$t0 "${paths[$p]}" 2>&1 >/dev/null)
    t1=$(date +%s%N)
    # The first run of each also shows its text once, as proof that it streamed.
    if [[ $i == 1 ]]; then AOTSIZE_T0_NS=$(date +%s%N) "${paths[$p]}" 2>/dev/null | head -c 120; echo " … ($p)"; fi
    samples[$p]+="$line total_ms=$(bc -l <<<"scale=2; ($t1-$t0)/1000000")"$'\n'
  done
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '%-14s %10s %10s %16s %15s %10s %7s\n' program main_ms client_ms first_event_ms last_event_ms total_ms events
for p in "${names[@]}"; do
  row=()
  # An earlier build without client_ms prints 0 there.
  for k in main_ms client_ms first_event_ms last_event_ms total_ms; do
    row+=("$({ grep -o "$k=[0-9.]*" <<<"${samples[$p]}" || true; } | cut -d= -f2 | median)")
  done
  events=$(grep -o 'events=[0-9]*' <<<"${samples[$p]}" | head -n1 | cut -d= -f2)
  printf '%-14s %10s %10s %16s %15s %10s %7s\n' "$p" "${row[@]}" "$events"
done
