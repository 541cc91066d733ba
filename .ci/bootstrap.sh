# Sourced by ./noteminer and ./test.sh: make a fresh clone runnable. Installs the OCR engine on Debian/Ubuntu
# as root, builds the CLI when any source is newer than the build, and sets the native thread limits.
# shellcheck shell=bash

NM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NM_DLL="$NM_ROOT/src/NoteMiner.Cli/bin/Release/net10.0/noteminer.dll"
NM_TESSDATA_DIRS="/usr/share/tesseract-ocr/5/tessdata /usr/share/tesseract-ocr/4.00/tessdata /usr/share/tessdata"

# OpenMP threads inside Tesseract fight each other; NoteMiner parallelises across pages instead.
export OMP_THREAD_LIMIT=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

nm_have_ocr() {
  # Not grep -q: it stops reading at the first match, ldconfig dies of SIGPIPE, and under pipefail (test.sh)
  # the check then fails at random on a loaded machine.
  local libraries
  libraries="$(ldconfig -p 2>/dev/null)"
  grep 'libtesseract\.so\.5' >/dev/null <<<"$libraries" || return 1
  grep 'liblept\.so\.5' >/dev/null <<<"$libraries" || return 1
  local dir
  for dir in $NM_TESSDATA_DIRS; do
    [ -f "$dir/eng.traineddata" ] && [ -f "$dir/osd.traineddata" ] && return 0
  done
  return 1
}

# nm_apt_install PACKAGE… — installs Debian packages when running as root, quietly; returns 1 if it cannot.
nm_apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  if [ -z "${NM_APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
    NM_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1
}

nm_ensure_ocr() {
  nm_have_ocr && return 0
  echo "noteminer: installing the OCR engine (tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd)…" >&2
  if nm_apt_install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd && nm_have_ocr; then
    return 0
  fi
  echo "noteminer: the OCR engine is missing; install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd" >&2
  exit 3
}

nm_ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "noteminer: the .NET SDK 10 is missing; install it from https://dot.net and run again" >&2
    exit 3
  fi
}

# Builds the CLI (Release) when it is missing or any source, project or model file is newer than it.
nm_ensure_built() {
  if [ -f "$NM_DLL" ] && [ -z "$(find "$NM_ROOT/src" "$NM_ROOT/Directory.Build.props" "$NM_ROOT/Directory.Packages.props" \
        -newer "$NM_DLL" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.scriban' -o -name '*.json' \) \
        -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "noteminer: building (Release)…" >&2
  local log
  log="$(mktemp)"
  if ! dotnet build "$NM_ROOT/src/NoteMiner.Cli/NoteMiner.Cli.csproj" -c Release --nologo -v q -tl:off >"$log" 2>&1; then
    grep -E 'error|Error' "$log" | sort -u >&2
    rm -f "$log"
    echo "noteminer: the build failed" >&2
    exit 3
  fi
  rm -f "$log"
  touch "$NM_DLL"
}
