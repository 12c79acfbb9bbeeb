#!/usr/bin/env bash
# Proves both pre-commit hooks with the real pre-commit framework: in a scratch git
# repository whose policies are in a subfolder (policies/parity.yaml, `args: [policies]`),
# a commit with broken front matter is refused with its file, line and column, and the
# fixed commit goes through; the same for a repository at the top of the git repository
# with the hook's default arguments.
#
#   parity-check          built from this repository's HEAD by the framework (swift build)
#   parity-check-system   the parity on PATH: $PARITY_BINARY (CI passes the release
#                         binary from dist/), else .build/debug/parity
set -euo pipefail
parity_repo=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$parity_repo" rev-parse HEAD)
scratch=$(mktemp -d)
export PRE_COMMIT_HOME="$scratch/.pre-commit-cache"
trap 'rm -rf "$scratch"' EXIT

binary=${PARITY_BINARY:-}
if [ -z "$binary" ]; then
    (cd "$parity_repo" && swift build --product parity >/dev/null)
    binary="$parity_repo/.build/debug/parity"
fi
mkdir "$scratch/bin"
ln -s "$binary" "$scratch/bin/parity"
echo "parity-check-system runs $binary ($("$binary" --version))"

# The error the broken commit must show, named from the top of the git repository.
expected="policies/dignity.md:5:9: error: status 'aproved' is not one of draft, approved, retired"

# scenario HOOK-ID FOLDER [ARGS]: a fresh git repository with the policy repository in
# FOLDER ("." for the top), the hook configured with ARGS (none: the hook's default).
scenario() {
    local hook=$1 folder=$2 args=${3:-}
    local name="$hook in $folder${args:+ with args: $args}"
    local repo="$scratch/repo-$hook-${folder//\//_}"
    mkdir "$repo" && cd "$repo"
    git init -q -b main
    git config user.email ci@parity.invalid
    git config user.name "parity CI"

    cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $parity_repo
    rev: $rev
    hooks:
      - id: $hook
${args:+        args: $args}
YAML
    mkdir -p "$folder/rules" policies
    cat > "$folder/parity.yaml" <<'YAML'
version: 1
organisation: Scratch Community NHS Trust
packs: [rules/local.yaml]
YAML
    cat > "$folder/rules/local.yaml" <<'YAML'
version: 1
id: scratch
title: Scratch trust commitments
revision: "1"
source: CI
owners: [HR/OD]
kinds: [policy]
rules:
  - id: SCR.1
    title: A dignity at work policy
    desired_state: An approved dignity at work policy.
    owners: [HR/OD]
    deadline: ongoing
    severity: high
    source: CI scratch repository
    evidence:
      evidence: { kind: policy, claims: true }
      status: approved
    remediation: Approve one.
YAML
    cat > policies/dignity.md <<'MD'
---
id: POL-1
title: Dignity at Work Policy
kind: policy
status: aproved
approved_on: 2024-01-10
review_due: 2099-01-10
satisfies: [SCR.1]
---
# Dignity at Work Policy
MD

    # Only the system hook gets a parity on PATH; the swift hook runs the one it built.
    local path=$PATH
    if [ "$hook" = parity-check-system ]; then path="$scratch/bin:$PATH"; fi

    pre-commit install >/dev/null
    git add -A
    echo "=== $name"
    echo "--- a commit with broken front matter (status: aproved) must be refused"
    if PATH=$path git commit -q -m "broken front matter" > "$repo.refused.log" 2>&1; then
        cat "$repo.refused.log"
        echo "FAIL ($name): the commit with broken front matter was accepted"
        exit 1
    fi
    cat "$repo.refused.log"
    grep -q -- "^$expected" "$repo.refused.log" \
        || { echo "FAIL ($name): the refusal does not say: $expected"; exit 1; }
    # The error is the first thing parity prints, after pre-commit's own header lines.
    first=$(grep -v -e '^parity check\.\.\.' -e '^- ' -e '^\[INFO\]' -e '^$' "$repo.refused.log" | head -n 1)
    [[ "$first" == "$expected"* ]] \
        || { echo "FAIL ($name): the first line parity prints is not the error: $first"; exit 1; }

    echo "--- the fixed commit must pass"
    sed -i 's/status: aproved/status: approved/' policies/dignity.md
    git add -A
    PATH=$path git commit -q -m "fixed front matter" > "$repo.accepted.log" 2>&1 \
        || { cat "$repo.accepted.log"; echo "FAIL ($name): the fixed commit was refused"; exit 1; }
    cat "$repo.accepted.log"
    echo "$name: broken commit refused with file:line:column, fixed commit accepted."
}

# The policies in a subfolder, for both hooks.
scenario parity-check policies "[policies]"
scenario parity-check-system policies "[policies]"
# The policy repository at the top of the git repository, with the default `args: [.]`:
# a configuration without args works as it did when the hook's entry was `parity check .`.
scenario parity-check .
scenario parity-check-system .
echo "pre-commit hooks: parity-check and parity-check-system refuse a broken commit and accept the fixed one, with the policies in a subfolder and at the top."
