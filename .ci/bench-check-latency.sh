#!/usr/bin/env bash
# Benchmark (not a test): how long `parity check` and `parity gap` take on the example
# trust with a release build, as a pre-commit hook would run them. Needs hyperfine
# (apt-get install hyperfine). Prints hyperfine's table; nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release > /dev/null
bin=.build/release/parity
hyperfine --warmup 5 --runs 50 --ignore-failure --export-markdown /dev/stdout \
    "$bin check policies --as-of 2024-04-15" \
    "cd policies && ../$bin check . policies/dignity-at-work-policy.md --as-of 2024-04-15" \
    "$bin gap policies --as-of 2024-04-15 --format json"
