#!/usr/bin/env bash
# Builds Stichotrope (Release) and starts the live viewer, stichotrope-viewer,
# with its instrumented demo workload running. Extra arguments are passed to
# the viewer (see ./build/release/gui/stichotrope-viewer --help).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
install_missing_packages "${STICHOTROPE_PACKAGES[@]}"

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec ./build/release/gui/stichotrope-viewer "$@"
