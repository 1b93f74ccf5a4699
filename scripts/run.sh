#!/usr/bin/env bash
# Builds Stichotrope (Release) and runs the instrumented example, which prints
# its results table. Extra arguments are passed to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
install_missing_packages "${STICHOTROPE_PACKAGES[@]}"

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec ./build/release/engine/examples/stichotrope-example "$@"
