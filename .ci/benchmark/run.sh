#!/usr/bin/env bash
# Benchmark (not a test) of parity on generated policy repositories (issue 8).
#
#   bash .ci/benchmark/run.sh [N...]          # default: 100 1000 10000 100000
#   bash .ci/benchmark/run.sh --rollup [N...] # only the rollup rows: N trust reports (default 60 250)
#
# 1. Installs what it needs if missing: libyaml-dev and the `time` package (apt-get).
# 2. Builds parity in release (`swift build -c release --scratch-path .build-bench`) and
#    the libyaml floor program (`cc -O2 .ci/benchmark/yaml_floor.c -lyaml`).
# 3. Generates each repository once with .ci/benchmark/generate.py into
#    $BENCH_CACHE/n<N>-s<SEED>-<hash of the generator> (default /tmp/parity-bench), and
#    checks that it loads without metadata errors.
# 4. For each N runs `parity check DIR --as-of 2024-04-15 --format json` and
#    `parity gap DIR --as-of 2024-04-15 --format json` under /usr/bin/time -v, 5 times
#    (3 for N > 10,000), after one untimed warm-up run, and the floor 3 times; then
#    `parity check policies --as-of 2024-04-15` on the example trust 20 times.
# 5. Runs the peer, .ci/benchmark/pyyaml_front_matter.py (PyYAML's C loader reading only
#    each document's front matter and checking two keys: what a user would script
#    instead), as many times on the same repository.
# 6. Counts instructions with callgrind for check, gap and the libyaml floor at 1,000
#    documents (generated if 1000 is not among the sizes): a figure that a busy machine
#    does not move, to compare runs on a noisy 2-core machine.
# 7. Prints one table: median wall time, median CPU time (user+sys), median peak RSS,
#    front matter throughput, time per document, the libyaml floor (read + event parse,
#    read + node load), parity's wall time as a multiple of the node-load floor, and the
#    peer's CPU time as a multiple of parity's; then the instruction counts.
#
# 8. Rollup rows (issue 16): generates N trusts' gap reports with
#    .ci/benchmark/generate_reports.py from the example trust's report (cached like the
#    repositories), and times `parity rollup DIR/*.json --format json` and `--format html`
#    the same way, for each N of ROLLUP_REPORTS (default "60 250": a region, and every
#    trust in England). `--rollup` runs only these rows.
#
# `parity check` exits 1 when it finds errors or overdue rules: that is not a failure
# here. Nothing is asserted about the timings. Each row says how much of the machine other
# processes used during its runs ("others %", from /proc/stat), and the notes give the load
# average, because another build on a 2-core machine makes numbers noisy.
#
# Environment: SEED (default 1), BENCH_CACHE (default /tmp/parity-bench), PARITY_BIN (use
# this parity binary instead of building one), RUNS (override the run count for every N).
set -euo pipefail
cd "$(dirname "$0")/../.."

SEED=${SEED:-1}
BENCH_CACHE=${BENCH_CACHE:-/tmp/parity-bench}
AS_OF=2024-04-15
ROLLUP_ONLY=0
if [ "${1:-}" = "--rollup" ]; then
    ROLLUP_ONLY=1
    shift
    if [ "$#" -gt 0 ]; then ROLLUP_REPORTS="$*"; fi
    set --
fi
ROLLUP=(${ROLLUP_REPORTS:-60 250})
if [ "$#" -gt 0 ]; then SIZES=("$@"); else SIZES=(100 1000 10000 100000); fi
[ "$ROLLUP_ONLY" = 1 ] && SIZES=()
for n in "${ROLLUP[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: a rollup N must be a positive integer, not '$n'" >&2; exit 2; }
done
for n in "${SIZES[@]+"${SIZES[@]}"}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: N must be a positive integer, not '$n'" >&2; exit 2; }
done

# --- tools --------------------------------------------------------------------------
need=()
[ -f /usr/include/yaml.h ] || need+=(libyaml-dev)
[ -x /usr/bin/time ] || need+=(time)
command -v valgrind > /dev/null || need+=(valgrind)
python3 -c 'import yaml; yaml.CSafeLoader' 2> /dev/null || need+=(python3-yaml)
if [ "${#need[@]}" -gt 0 ]; then
    echo "Installing ${need[*]}..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${need[@]}" >&2 || { apt-get update -q >&2 && apt-get install -y -q "${need[@]}" >&2; }
fi

# --- builds -------------------------------------------------------------------------
mkdir -p .build-bench
if [ -n "${PARITY_BIN:-}" ]; then
    bin=$PARITY_BIN
else
    echo "Building parity (release, .build-bench)..." >&2
    swift build -c release --scratch-path .build-bench >&2
    bin="$(swift build -c release --scratch-path .build-bench --show-bin-path)/parity"
fi
floor=.build-bench/yaml_floor
cc -O2 -o "$floor" .ci/benchmark/yaml_floor.c -lyaml

# --- repositories ---------------------------------------------------------------------
key=$(cat .ci/benchmark/generate.py policies/rules/local.yaml | sha256sum | cut -c1-12)
mkdir -p "$BENCH_CACHE"
repos=()
# The callgrind counts run on 1,000 documents, whatever the sizes asked for.
callgrind=()
[ "$ROLLUP_ONLY" = 0 ] && callgrind=(1000)
for n in "${SIZES[@]+"${SIZES[@]}"}" "${callgrind[@]+"${callgrind[@]}"}"; do
    dir="$BENCH_CACHE/n$n-s$SEED-$key"
    if [ ! -f "$dir/parity.yaml" ]; then
        echo "Generating $n documents into $dir..." >&2
        rm -rf "$dir.tmp"
        python3 .ci/benchmark/generate.py --documents "$n" --seed "$SEED" --out "$dir.tmp"
        rm -rf "$dir"
        mv "$dir.tmp" "$dir"
    fi
    repos+=("$dir")
done

# --- rollup: N trusts' gap reports -------------------------------------------------------
rollup_dirs=()
template="$BENCH_CACHE/example-gap-$AS_OF.json"
"$bin" gap policies --as-of "$AS_OF" --format json > "$template"
rkey=$(cat .ci/benchmark/generate_reports.py "$template" | sha256sum | cut -c1-12)
for n in "${ROLLUP[@]}"; do
    dir="$BENCH_CACHE/reports$n-s$SEED-$rkey"
    if [ ! -f "$dir/trust-$(printf %03d "$n").json" ]; then
        echo "Generating $n trust reports into $dir..." >&2
        rm -rf "$dir"
        python3 .ci/benchmark/generate_reports.py --reports "$n" --seed "$SEED" --template "$template" --out "$dir"
    fi
    rollup_dirs+=("$dir")
done

if [ "$ROLLUP_ONLY" = 0 ]; then
# --- measurements and table -------------------------------------------------------------
python3 - "$bin" "$floor" "$AS_OF" "${RUNS:-}" "${SIZES[@]}" -- "${repos[@]}" <<'PY'
import json, os, re, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, ".ci/benchmark")
from timing import medians, timed

args = sys.argv[1:]
bin_, floor, as_of, runs_override = args[:4]
split = args.index("--")
sizes = [int(n) for n in args[4:split]]
repos = args[split + 1:]
callgrind_repo = repos.pop()  # the 1,000-document repository, last in the list
peer = os.path.join(os.path.dirname(os.path.abspath(".ci/benchmark/run.sh")), "pyyaml_front_matter.py")


def floor_run(repo):
    out = subprocess.run([floor, repo, "--mode", "both"], check=True, capture_output=True, text=True).stdout
    vals = {}
    for line in out.splitlines():
        parts = line.split()
        kv = dict(p.split("=") for p in parts[1:])
        vals[parts[0]] = kv
    return (int(vals["read"]["files"]), int(vals["read"]["front_matter_bytes"]), float(vals["read"]["seconds"]),
            float(vals["events"]["seconds"]), float(vals["load"]["seconds"]))


def loadavg():
    return open("/proc/loadavg").read().split()[0]


def busy_seconds():
    """CPU seconds the whole machine has spent busy (all cores), from /proc/stat."""
    fields = [int(x) for x in open("/proc/stat").readline().split()[1:9]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def measured(cmd, ok, runs):
    """Medians of `runs` timed runs, and the share of the machine (all cores) that other
    processes used meanwhile: a contended row is noisy."""
    before = busy_seconds()
    samples = [timed(cmd, ok) for _ in range(runs)]
    others = busy_seconds() - before - sum(s[1] for s in samples)
    share = max(0.0, others) / (sum(s[0] for s in samples) * (os.cpu_count() or 1)) * 100
    return medians(samples) + (share,)


rows, notes = [], []
for n, repo in zip(sizes, repos):
    runs = int(runs_override) if runs_override else (5 if n <= 10_000 else 3)
    check = [bin_, "check", repo, "--as-of", as_of, "--format", "json"]
    gap = [bin_, "gap", repo, "--as-of", as_of, "--format", "json"]
    # Warm-up (page cache) and a sanity check: no metadata errors in the generated repository.
    p = subprocess.run(check, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit("benchmark: parity check %s exited %d:\n%s" % (repo, p.returncode, p.stderr[-2000:]))
    report = json.loads(p.stdout)
    bad = [d for d in report["diagnostics"] if d["severity"] == "error" and not d.get("overdue")]
    if bad:
        sys.exit("benchmark: %s has %d metadata errors, e.g. %s" % (repo, len(bad), bad[0]))
    load_before = loadavg()
    f = [floor_run(repo) for _ in range(3)]
    files, fm_bytes = f[0][0], f[0][1]
    read_s = statistics.median(x[2] for x in f)
    ev_s = read_s + statistics.median(x[3] for x in f)
    load_s = read_s + statistics.median(x[4] for x in f)
    print("N=%d PyYAML peer: %d runs..." % (n, runs), file=sys.stderr, flush=True)
    peer_wall, peer_cpu, peer_rss, peer_others = measured(["python3", peer, repo], (0,), runs)
    for name, cmd, ok in (("check", check, (0, 1)), ("gap --format json", gap, (0,))):
        print("N=%d %s: %d runs..." % (n, name, runs), file=sys.stderr, flush=True)
        wall, cpu, rss, others = measured(cmd, ok, runs)
        rows.append((n, name, runs, wall, cpu, rss, fm_bytes / 1e6 / wall, wall / n * 1e6, cpu / n * 1e6,
                     ev_s, load_s, wall / load_s, peer_cpu / cpu, others))
    rows.append((n, "PyYAML front matter (peer)", runs, peer_wall, peer_cpu, peer_rss, fm_bytes / 1e6 / peer_wall,
                 peer_wall / n * 1e6, peer_cpu / n * 1e6, ev_s, load_s, peer_wall / load_s, 1.0, peer_others))
    notes.append("N=%d: %d YAML files, %.1f MB of front matter; floor read %.3f s; load average %s before, %s after"
                 % (n, files, fm_bytes / 1e6, read_s, load_before, loadavg()))

# The example trust, as a pre-commit hook runs it.
example = [bin_, "check", "policies", "--as-of", as_of]
timed(example, (0, 1))
ex = measured(example, (0, 1), 20)

head = ("N", "command", "runs", "wall s", "CPU s", "peak RSS MB", "FM MB/s", "wall us/doc", "CPU us/doc",
        "floor ev s", "floor load s", "x floor", "peer CPU / CPU", "others %")
fmt = "| %s |" % " | ".join(["%s"] * len(head))
print()
print(fmt % head)
print("|" + "|".join("---:" if i != 1 else "---" for i in range(len(head))) + "|")
for r in rows:
    print(fmt % ("{:,}".format(r[0]), r[1], r[2], "%.3f" % r[3], "%.3f" % r[4], "%.0f" % r[5], "%.2f" % r[6],
                 "%.0f" % r[7], "%.0f" % r[8], "%.4f" % r[9], "%.4f" % r[10], "%.1f" % r[11], "%.1f" % r[12],
                 "%.0f" % r[13]))
print()
print("example trust (policies/): parity check --as-of %s, median of 20: wall %.1f ms, CPU %.1f ms, peak RSS %.0f MB"
      " (others %.0f%%)" % (as_of, ex[0] * 1000, ex[1] * 1000, ex[2], ex[3]))


def instructions(cmd, ok):
    """Instructions executed (all threads), as callgrind counts them."""
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode not in ok:
        sys.exit("benchmark: callgrind of %s exited %d:\n%s" % (" ".join(cmd), p.returncode, p.stderr[-2000:]))
    return int(re.search(r"Collected : ([0-9]+)", p.stderr).group(1))


print("Counting instructions with callgrind at 1,000 documents...", file=sys.stderr, flush=True)
# Valgrind cannot read the DWARF 5 the Swift toolchain writes ("possibly corrupted
# debuginfo"): count a stripped copy, which runs the same instructions.
stripped = os.path.join(tempfile.mkdtemp(), "parity")
subprocess.run(["strip", "-o", stripped, bin_], check=True)
bin_ = stripped
counts = [(name, instructions(cmd, ok)) for name, cmd, ok in (
    ("check", [bin_, "check", callgrind_repo, "--as-of", as_of, "--format", "json"], (0, 1)),
    ("gap --format json", [bin_, "gap", callgrind_repo, "--as-of", as_of, "--format", "json"], (0,)),
    ("libyaml floor (read + node load)", [floor, callgrind_repo, "--mode", "load"], (0,)),
    ("example trust check", [bin_, "check", "policies", "--as-of", as_of], (0, 1)),
)]
print()
print("instructions at 1,000 documents (callgrind, all threads; repeatable on a busy machine):")
floor_count = counts[2][1]
for name, count in counts:
    print("  %-34s %8.1f M  (%.1f x floor)" % (name, count / 1e6, count / floor_count))
print()
print("wall, CPU, RSS: medians of the runs under /usr/bin/time -v (wall by this script's clock, CPU user+sys")
print("from wait4, peak RSS from time -v). FM MB/s: front-matter bytes (as the floor extracts them, plus")
print("parity.yaml and inventory.yaml) / parity's wall time. us/doc: wall or CPU time / N. floor ev: the libyaml")
print("floor's read + yaml_parser_parse to STREAM_END; floor load: read + yaml_parser_load (node tree), medians")
print("of 3; x floor: parity's wall time / floor load. others %: the share of the machine's cores that other")
print("processes used during the row's runs (from /proc/stat); above a few percent the row is noisy.")
print("peer CPU / CPU: the PyYAML front-matter script's CPU time over parity's, on the same repository.")
for note in notes:
    print(note)
PY
fi

# --- rollup rows ----------------------------------------------------------------------------
python3 - "$bin" "${RUNS:-}" "${ROLLUP[@]}" -- "${rollup_dirs[@]}" <<'PY'
import glob, os, statistics, sys

sys.path.insert(0, ".ci/benchmark")
from timing import timed

args = sys.argv[1:]
bin_, runs_override = args[:2]
split = args.index("--")
sizes = [int(n) for n in args[2:split]]
dirs = args[split + 1:]


print()
print("| reports | command | runs | input MB | wall s | CPU s | peak RSS MB | ms/report |")
print("|---:|---|---:|---:|---:|---:|---:|---:|")
for n, directory in zip(sizes, dirs):
    files = sorted(glob.glob(os.path.join(directory, "*.json")))[:n]
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6
    runs = int(runs_override) if runs_override else 5
    for fmt in ("json", "html"):
        cmd = [bin_, "rollup"] + files + ["--format", fmt]
        timed(cmd)  # warm-up: page cache
        samples = [timed(cmd) for _ in range(runs)]
        wall, cpu, rss = (statistics.median(s[i] for s in samples) for i in range(3))
        print("| %d | rollup --format %s | %d | %.1f | %.3f | %.3f | %.0f | %.1f |" % (n, fmt, runs, megabytes, wall, cpu, rss, wall / n * 1000))
print()
print("rollup rows: N generated trust reports (generate_reports.py, from the example trust's gap report);")
print("wall, CPU (user+sys) and peak RSS are medians under /usr/bin/time -v; cores: %d; load average %s"
      % (os.cpu_count() or 1, open("/proc/loadavg").read().split()[0]))
PY
