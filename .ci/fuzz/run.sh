#!/usr/bin/env bash
# Fuzzes parity's readers (rule packs, parity.yaml, front matter, the manifest, measures
# CSV and YAML, the gap reports rollup reads, and Excel workbooks) with libFuzzer and AddressSanitizer for
# a bounded time.
#
#   .ci/fuzz/run.sh [SECONDS]      # default 600
#
# Seeds are the example trust's files (policies/, rules/), each prefixed with the byte
# that picks its loader (see Target in FuzzLoaders.swift), plus every saved case in
# .ci/fuzz/crashes/. Exits non-zero when libFuzzer finds a crash, sanitizer report, leak,
# timeout or OOM; the reproducer is left in .ci/fuzz/crashes/ to be turned into a test.
# Reproduce one case:  .build-fuzz/fuzz-loaders .ci/fuzz/crashes/crash-<sha1>
# Everything built or generated goes to .build-fuzz/ (git-ignored).
set -euo pipefail

duration="${1:-600}"
[[ "$duration" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS]" >&2; exit 2; }

cd "$(dirname "$0")/../.."
root="$PWD"
here=.ci/fuzz
scratch=.build-fuzz
work="$scratch/fuzz"
crashes="$here/crashes"
binary="$scratch/fuzz-loaders"

# 1. ParityKit, Yams and CYaml with coverage instrumentation and ASan. The harness, not
#    the package, is linked with -sanitize=fuzzer: SwiftPM passes -Xswiftc flags to the
#    EmbedRules plugin tool too, and an executable linked with libFuzzer would have
#    libFuzzer's main. The coverage flags are what -sanitize=fuzzer turns on when compiling.
echo "== building ParityKit (ASan + fuzzer coverage) into $scratch"
# The plugin tool is built with ASan too; do not let leak checks fail its run.
mkdir -p "$work"
# Sources edited while SwiftPM builds fail the build ("modified during the build"): retry.
for attempt in 1 2 3; do
    build=0
    ASAN_OPTIONS=detect_leaks=0 swift build --target ParityKit --scratch-path "$scratch" \
        -Xswiftc -sanitize=address \
        -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
        -Xswiftc -enable-testing \
        -Xcc -fsanitize=fuzzer-no-link,address \
        > "$work/build.log" 2>&1 || build=$?
    [[ "$build" != 0 ]] && grep -q "was modified during the build" "$work/build.log" || break
    echo "(a source file changed during the build; building again)"
done
grep -v "Cannot export local symbol" "$work/build.log" | tail -20 || true
[[ "$build" == 0 ]] || { echo "error: building ParityKit failed (exit $build); see $work/build.log" >&2; exit 1; }
products="$scratch/debug"

echo "== linking $binary"
cyaml="$scratch/checkouts/Yams/Sources/CYaml/include"
# ZIPFoundation (the Word and Excel writers) brings zlib's module; the harness links -lz.
czlib="$scratch/checkouts/ZIPFoundation/Sources/CZLib"
# The Swift objects the build's output file maps name (not every .o lying in the folder:
# a source removed since an earlier build leaves its object behind), and libyaml's.
mapfile -t objects < <(
    sed -n 's/^ *"object": *"\(.*\)",\{0,1\}$/\1/p' "$products/ParityKit.build/output-file-map.json" \
        "$products/Yams.build/output-file-map.json" "$products/ZIPFoundation.build/output-file-map.json"
    find "$products/CYaml.build" -name '*.o' | sort)
rm -f "$binary"
swiftc -sanitize=fuzzer,address -parse-as-library -g -swift-version 6 \
    -I "$products/Modules" -Xcc -fmodule-map-file="$cyaml/module.modulemap" -Xcc -I -Xcc "$cyaml" \
    -Xcc -fmodule-map-file="$czlib/module.modulemap" -Xcc -I -Xcc "$czlib" -lz \
    "$here/FuzzLoaders.swift" "${objects[@]}" "$products/Modules/ParityKit.o" "$products/Modules/Yams.o" \
    "$products/Modules/ZIPFoundation.o" -o "$binary" > "$work/link.log" 2>&1 || build=$?
grep -v "Cannot export local symbol" "$work/link.log" | tail -20 || true
[[ "$build" == 0 && -x "$binary" ]] || { echo "error: building the harness failed; see $work/link.log" >&2; exit 1; }

# 2. Seeds. Selector bytes: 0 rule pack, 1 parity.yaml, 2 front matter (text),
#    3 manifest (text), 4 Markdown file, 5 manifest file, 6 measures CSV, 7 measures YAML,
#    8 a gap report (JSON) as rollup reads it: the example's report at two dates and the
#    rollup fixtures' own.
rm -rf "$work/seeds" "$work/corpus" "$work/tmp"
mkdir -p "$work/seeds" "$work/corpus" "$work/tmp" "$crashes"
seed() {  # seed SELECTOR FILE
    local name
    name="$(printf '%s' "$2" | tr '/' '_')"
    { printf "\\x$(printf '%02x' "$1")"; cat "$2"; } > "$work/seeds/$1-$name"
}
shopt -s nullglob globstar
for file in policies/**/*.md; do seed 2 "$file"; seed 4 "$file"; done
for file in policies/**/*.csv; do seed 6 "$file"; done
for file in policies/data/*.yaml; do seed 7 "$file"; done
for file in Tests/ParityKitTests/Golden/example-*.json Tests/ParityKitTests/Fixtures/rollup/**/*.json; do seed 8 "$file"; done
# Action logs as parity writes them and as openpyxl and LibreOffice save them.
for file in Tests/ParityKitTests/Fixtures/xlsx/*.xlsx; do seed 9 "$file"; done
for file in policies/*.yaml policies/rules/*.yaml rules/*.yaml; do
    case "$(basename "$file")" in
        parity.yaml) seed 1 "$file" ;;
        inventory.yaml) seed 3 "$file"; seed 5 "$file" ;;
        *) seed 0 "$file" ;;
    esac
done
saved=0
for file in "$crashes"/*; do
    [[ "$(basename "$file")" == README* ]] && continue
    cp "$file" "$work/seeds/saved-$(basename "$file")"
    saved=$((saved + 1))
done
echo "== $(ls "$work/seeds" | wc -l) seeds ($saved saved cases from $crashes)"

# A dictionary of the tokens the loaders look for, so mutations find them sooner.
{
    for token in '---' '...' ': ' '- ' '&a ' '*a' '<<: ' '!!str ' '!!map' '{' '}' '[' ']' '"' "'" '|' '>' '#' '\x0d\x0a' '\x09' '\xef\xbb\xbf' \
        version id title revision source owners kinds rules desired_state deadline severity evidence remediation \
        status approved_by approved_within reviewed_within approved_by_deadline in_review_date characteristics topics \
        min_count describe all any not at_least rule plan_months ongoing organisation plan_start packs due_soon_days \
        overrides applies reason kind owner approved_on last_reviewed review_due date satisfies tags actions what due \
        done_on items path approved draft done open null true false 2024-02-29 2024-02-30 P1Y 12 months \
        measures observations targets indicator period group value numerator denominator published fraction_ok \
        note baseline target by set_on 2023-24 2024-Q1 '",' '""' '=' '%' \
        schema_version as_of organisation rules rag red amber green met partial not_met; do
        printf '"%s"\n' "${token//\"/\\\"}"
    done
} > "$work/yaml.dict"

# Leaks are checked per input by libFuzzer, not again at exit: the harness's long-lived
# globals are exempt from leak checks (see initialize in FuzzLoaders.swift), and an exit
# check would only repeat the per-input ones.
# No suppressions: parity reads files with open/read (SourceFile), not Foundation's
# Data(contentsOf:), whose 4 KB buffer for an empty file once needed one.
: > "$work/lsan.supp"

# 3. Fuzz. The harness makes its scratch repository under TMPDIR.
echo "== fuzzing for $duration s"
status=0
TMPDIR="$root/$work/tmp" \
ASAN_OPTIONS="detect_leaks=1:leak_check_at_exit=0:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
LSAN_OPTIONS="suppressions=$root/$work/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
    "$binary" "$work/corpus" "$work/seeds" \
    -max_total_time="$duration" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -dict="$work/yaml.dict" -artifact_prefix="$crashes/" \
    2>&1 | tee "$work/fuzz.log" | grep -v -E '^(#[0-9]+.*(NEW|REDUCE|pulse)|\s+NEW_FUNC)' || status=${PIPESTATUS[0]}
rm -rf "$work/tmp"

executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -1)"
rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log" | tail -1)"
echo "== executions: ${executions:-unknown} in $duration s (${rate:-unknown} exec/s); corpus: $(ls "$work/corpus" | wc -l) inputs; log: $work/fuzz.log"
if [[ "$status" != 0 ]] || grep -q -E '^(==[0-9]+==ERROR|SUMMARY: |artifact_prefix=)' "$work/fuzz.log"; then
    echo "== FAILED (libFuzzer exit $status): reproducer(s) in $crashes/:" >&2
    grep -E 'Test unit written to|SUMMARY:' "$work/fuzz.log" >&2 || true
    exit 1
fi
echo "== no crash, leak, timeout or OOM"
