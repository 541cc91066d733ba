#!/usr/bin/env bash
# Runs every test. Same bootstrap as ./noteminer, plus the reference tools tests compare against
# (poppler-utils, chromium). Last line: "N passed, N failed, N skipped".
set -uo pipefail
# shellcheck source=.ci/bootstrap.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.ci/bootstrap.sh"
nm_ensure_dotnet
nm_ensure_ocr
command -v pdftotext >/dev/null 2>&1 || nm_apt_install poppler-utils || echo "test.sh: poppler-utils missing; reference tests will skip" >&2
command -v chromium >/dev/null 2>&1 || nm_apt_install chromium || echo "test.sh: chromium missing; the HTML report browser tests will skip" >&2
cd "$NM_ROOT"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet build NoteMiner.sln -c Release --nologo -v q -clp:ErrorsOnly 2>&1 | tee "$log"
build_rc=${PIPESTATUS[0]}
if [ "$build_rc" != 0 ]; then
  echo "test.sh: the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test NoteMiner.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log"
test_rc=${PIPESTATUS[0]}

# Sum xunit's per-assembly summaries: "Passed!  - Failed: 0, Passed: 12, Skipped: 1, Total: 13, …".
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed: / {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")
if [ "$test_rc" != 0 ] && [ "$failed" = 0 ]; then
  failed=1 # a test host crashed or an assembly did not run
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
