#!/usr/bin/env bash
# Builds and runs the whole test suite: every test in the development build,
# then the engine's tests again under ThreadSanitizer and under
# AddressSanitizer + UndefinedBehaviorSanitizer. Any failure or sanitizer
# report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
install_missing_packages "${STICHOTROPE_PACKAGES[@]}"

jobs="$(nproc)"
for preset in dev tsan asan; do
  echo "=== ${preset}: configure and build"
  cmake --preset "${preset}" >/dev/null
  cmake --build --preset "${preset}" -j "${jobs}"
  echo "=== ${preset}: test"
  ctest --preset "${preset}" -j "${jobs}"
done
echo "All test suites passed (dev, ThreadSanitizer, AddressSanitizer+UBSan)."
