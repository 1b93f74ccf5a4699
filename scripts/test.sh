#!/usr/bin/env bash
# Builds and runs the whole test suite: every test in the development build
# (with the exported formats read by their real consumers under Node.js,
# installed here with `npm ci`; the installed CMake package built against by
# its consumers; the desktop file and AppStream metainfo validated), then the
# engine's tests again under ThreadSanitizer and under AddressSanitizer +
# UndefinedBehaviorSanitizer, then a short fuzzing run of the capture reader.
# Any failure or sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
install_missing_packages "${STICHOTROPE_PACKAGES[@]}"
command -v npm >/dev/null || install_missing_packages npm

echo "=== format consumers: npm ci (versions pinned by tests/consumers/package-lock.json)"
(cd tests/consumers && npm ci --no-audit --no-fund --loglevel=error)

jobs="$(nproc)"
for preset in dev tsan asan; do
  echo "=== ${preset}: configure and build"
  cmake --preset "${preset}" >/dev/null
  cmake --build --preset "${preset}" -j "${jobs}"
  echo "=== ${preset}: test"
  ctest --preset "${preset}" -j "${jobs}"
done
echo "=== fuzz: capture reader, ${STICHOTROPE_FUZZ_SECONDS:-30} s smoke run on the seed corpus"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${jobs}"
mkdir -p build/fuzz/corpus
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ./build/fuzz/tests/fuzz/capture_reader_fuzzer -max_total_time="${STICHOTROPE_FUZZ_SECONDS:-30}" \
  -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 build/fuzz/corpus tests/fuzz/corpus
echo "All test suites passed (dev, ThreadSanitizer, AddressSanitizer+UBSan, fuzz smoke run)."
