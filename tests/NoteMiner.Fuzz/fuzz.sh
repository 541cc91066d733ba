#!/usr/bin/env bash
# Fuzzes NoteMiner's entry points for a bounded time each (see SECURITY.md).
#
#   tests/NoteMiner.Fuzz/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]     default: 60 s each, targets pdf docx docx-xml image text
#
# With afl-fuzz (Debian: afl++) and the SharpFuzz instrumentation tool (SharpFuzz.CommandLine, installed here
# into out/tools), the extraction assemblies and the PDF and Word parsers are instrumented and afl-fuzz drives the
# harness: coverage-guided. Without them (or with FUZZ_ENGINE=mutate) the harness's own seeded mutation fuzzer
# runs instead: coverage-blind, and the summary says so. Every finding is replayed once to confirm it; confirmed
# inputs are copied to out/findings/TARGET/ (add each to tests/NoteMiner.Security.Tests/FuzzRegressions/TARGET/
# with its fix). Exit 0 when no target produced a confirmed finding, 1 otherwise.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../.ci/bootstrap.sh
source "$here/../../.ci/bootstrap.sh"
nm_ensure_dotnet

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pdf docx docx-xml image text)
out="${FUZZ_OUT:-$here/out}"
bin="$out/bin"
# Instrumented assemblies only run under afl-fuzz (they write coverage to its shared memory), so seeds and
# replays use the plain build and afl-fuzz a copy.
afl_bin="$out/bin-afl"
engine="${FUZZ_ENGINE:-auto}"
mkdir -p "$out"

echo "fuzz: building the harness…" >&2
rm -rf "$bin" "$afl_bin"
if ! dotnet publish "$here/NoteMiner.Fuzz.csproj" -c Release -o "$bin" --nologo -v q -tl:off >"$out/build.log" 2>&1; then
  grep -E 'error' "$out/build.log" | sort -u >&2
  echo "fuzz: the build failed" >&2
  exit 3
fi

if [ "$engine" != mutate ]; then
  command -v afl-fuzz >/dev/null 2>&1 || nm_apt_install afl++ || true
  if [ ! -x "$out/tools/sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$out/tools" >"$out/tool.log" 2>&1 || true
  fi
  if command -v afl-fuzz >/dev/null 2>&1 && [ -x "$out/tools/sharpfuzz" ]; then
    engine=afl
    cp -r "$bin" "$afl_bin"
    for dll in "$afl_bin"/NoteMiner.Extraction.dll "$afl_bin"/NoteMiner.Core.dll "$afl_bin"/UglyToad.PdfPig*.dll "$afl_bin"/DocumentFormat.OpenXml*.dll; do
      [ -f "$dll" ] || continue
      "$out/tools/sharpfuzz" "$dll" >/dev/null 2>>"$out/instrument.log" || { echo "fuzz: could not instrument $(basename "$dll")" >&2; exit 3; }
    done
  else
    echo "fuzz: afl-fuzz or the SharpFuzz tool is missing; falling back to the built-in mutation fuzzer (coverage-blind)" >&2
    engine=mutate
  fi
fi

export OMP_THREAD_LIMIT=1 DOTNET_TieredPGO=0 DOTNET_gcServer=0
# The harness's input files (one folder per process; afl-fuzz kills processes, so they are not cleaned) stay here.
export TMPDIR="$out/tmp"
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
# A runaway allocation should be a finding, not a machine brought to its knees.
export DOTNET_GCHeapHardLimit=0x60000000
harness=(dotnet "$bin/NoteMiner.Fuzz.dll")
confirmed_total=0
summary=()
for target in "${targets[@]}"; do
  seeds="$out/seeds/$target"
  rm -rf "$seeds" "$out/$engine/$target" "$out/findings/$target"
  mkdir -p "$out/findings/$target" "$out/$engine"
  "${harness[@]}" "$target" --seeds "$seeds" || exit 3
  candidates=()
  if [ "$engine" = afl ]; then
    dictionary=()
    [ -f "$here/dictionaries/$target.dict" ] && dictionary=(-x "$here/dictionaries/$target.dict")
    AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
      AFL_FORKSRV_INIT_TMOUT=120000 \
      afl-fuzz -i "$seeds" -o "$out/afl/$target" -V "$seconds" -t 20000 -m none "${dictionary[@]}" -- dotnet "$afl_bin/NoteMiner.Fuzz.dll" "$target" \
      >"$out/afl-$target.log" 2>&1
    stats="$out/afl/$target/default/fuzzer_stats"
    if [ ! -f "$stats" ]; then
      echo "fuzz: $target: afl-fuzz did not start; see $out/afl-$target.log" >&2
      tail -5 "$out/afl-$target.log" >&2
      exit 3
    fi
    execs=$(awk -F': *' '$1 ~ /^execs_done/ {print $2}' "$stats")
    paths=$(awk -F': *' '$1 ~ /^(corpus_count|paths_total)/ {print $2}' "$stats" | head -1)
    edges=$(awk -F': *' '$1 ~ /^edges_found/ {print $2}' "$stats")
    for f in "$out/afl/$target/default/crashes"/id:* "$out/afl/$target/default/hangs"/id:*; do
      [ -f "$f" ] && candidates+=("$f")
    done
    detail="$execs executions, $paths queue entries, $edges edges"
  else
    mkdir -p "$out/mutate/$target/crashes"
    start=$(date +%s)
    execs=0
    round=1
    # A crash kills the harness; file the input it was running and go on for the rest of the time.
    while [ $(( $(date +%s) - start )) -lt "$seconds" ]; do
      left=$(( seconds - ($(date +%s) - start) ))
      line=$("${harness[@]}" "$target" --mutate "$left" "$out/mutate/$target" "$seeds" "$round" 2>>"$out/mutate-$target.log" | tail -1)
      execs=$(( execs + $(echo "$line" | awk '{print $3}' | grep -E '^[0-9]+$' || echo 0) ))
      if [ -f "$out/mutate/$target/current" ]; then
        mv "$out/mutate/$target/current" "$out/mutate/$target/crashes/$target-crash-$round"
      fi
      round=$(( round + 1 ))
    done
    for f in "$out/mutate/$target/crashes"/*; do
      [ -f "$f" ] && candidates+=("$f")
    done
    detail="$execs executions (mutation, coverage-blind)"
  fi

  confirmed=0
  for f in "${candidates[@]}"; do
    # A hang under a loaded machine may not repeat; only what fails again alone counts.
    if ! timeout 120 "${harness[@]}" "$target" --replay "$f" >>"$out/replay-$target.log" 2>&1; then
      confirmed=$(( confirmed + 1 ))
      cp "$f" "$out/findings/$target/$(basename "$f" | tr ':,' '__')"
    fi
  done
  confirmed_total=$(( confirmed_total + confirmed ))
  summary+=("fuzz: $target: ${seconds} s, $detail; ${#candidates[@]} crashes/hangs reported, $confirmed confirmed on replay")
done

printf '%s\n' "${summary[@]}"
echo "fuzz: engine $engine; findings in $out/findings"
[ "$confirmed_total" = 0 ]
