#!/usr/bin/env bash
# Builds the release binary of parity for this platform, one file that runs without
# Swift installed, and proves it does:
#
#   bash .ci/release.sh [OUTPUT-DIR]        # default: dist/ (git-ignored)
#
# writes OUTPUT-DIR/parity-<version>-<os>-<arch> (stripped; the Swift runtime and
# Foundation linked in statically) and OUTPUT-DIR/parity-<version>-<os>-<arch>.sha256
# (`sha256sum -c` reads it), then smoke-tests the copy in an empty folder with an empty
# environment: `--version` prints the version and the README's example (`gap` on a copy
# of policies/ as of 2024-04-15) exits 0. Fails when the binary links any Swift or
# Foundation shared library (ldd). .ci/Containerfile runs this script too.
#
# Linux only: on macOS the Swift runtime is part of the system; build from source there.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(uname -s)" = Linux ] || { echo "release.sh builds Linux binaries; on $(uname -s) build from source (docs/install.md)"; exit 2; }
repo=$(pwd)
output=${1:-dist}
flags=(-c release --static-swift-stdlib --product parity)

started=$SECONDS
echo "--- swift build ${flags[*]}"
swift build "${flags[@]}"
built=$(swift build "${flags[@]}" --show-bin-path)/parity
build_seconds=$((SECONDS - started))

version=$("$built" --version)
os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
name="parity-$version-$os-$arch"

mkdir -p "$output"
strip -o "$output/$name" "$built"
chmod 755 "$output/$name"
(cd "$output" && sha256sum "$name" > "$name.sha256")

echo "--- ldd $name"
linked=$(ldd "$output/$name" 2>&1 || true)
echo "$linked"
if grep -E 'lib(swift|Foundation)[^ ]*\.so' <<< "$linked"; then
    echo "FAIL: $name links the Swift or Foundation shared libraries above; it needs --static-swift-stdlib"
    exit 1
fi

# What the binary needs of the system it runs on: the newest symbol versions it uses.
needs=$(objdump -T "$output/$name" | grep -oE '(GLIBC|GLIBCXX)_[0-9.]+' | sort -uV \
    | awk -F_ '{ newest[$1] = $0 } END { print newest["GLIBC"], newest["GLIBCXX"] }')
echo "needs: $needs (glibc, libstdc++)"

echo "--- smoke test: an empty folder, an empty environment"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$output/$name" "$scratch/parity"
cp -R policies "$scratch/policies"
cd "$scratch"
said=$(env -i ./parity --version)
[ "$said" = "$version" ] || { echo "FAIL: --version printed '$said', expected '$version'"; exit 1; }
echo "parity --version: $said"
env -i ./parity gap policies --as-of 2024-04-15 > gap.txt 2> gap.err \
    || { cat gap.err; echo "FAIL: parity gap policies --as-of 2024-04-15 did not exit 0"; exit 1; }
head -n 1 gap.txt
grep -q "gap analysis as of 2024-04-15" gap.txt || { echo "FAIL: no gap analysis in the output"; exit 1; }
cd "$repo"

bytes=$(stat -c %s "$output/$name")
echo "--- release"
cat "$output/$name.sha256"
echo "$output/$name: $bytes bytes ($((bytes / 1024 / 1024)) MiB); release build ${build_seconds}s, whole script $((SECONDS - started))s"
