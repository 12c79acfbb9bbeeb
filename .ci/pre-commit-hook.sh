#!/usr/bin/env bash
# Proves the pre-commit hook with the real pre-commit framework: in a scratch policy
# repository, a commit with broken front matter is refused with its file and line, and
# the fixed commit goes through.
set -euo pipefail
parity_repo=$(cd "$(dirname "$0")/.." && pwd)
rev=$(git -C "$parity_repo" rev-parse HEAD)
scratch=$(mktemp -d)
export PRE_COMMIT_HOME="$scratch/.pre-commit-cache"
trap 'rm -rf "$scratch"' EXIT

cd "$scratch"
mkdir repo && cd repo
git init -q -b main
git config user.email ci@parity.invalid
git config user.name "parity CI"

cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $parity_repo
    rev: $rev
    hooks:
      - id: parity-check
YAML
cat > parity.yaml <<'YAML'
version: 1
organisation: Scratch Community NHS Trust
packs: [rules/local.yaml]
YAML
mkdir -p rules policies
cat > rules/local.yaml <<'YAML'
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

pre-commit install >/dev/null
git add -A
echo "--- a commit with broken front matter (status: aproved) must be refused"
if git commit -q -m "broken front matter" > "$scratch/refused.log" 2>&1; then
    cat "$scratch/refused.log"
    echo "FAIL: the commit with broken front matter was accepted"
    exit 1
fi
cat "$scratch/refused.log"
grep -q "policies/dignity.md:5:9: error: status 'aproved' is not one of draft, approved, retired" "$scratch/refused.log" \
    || { echo "FAIL: the refusal does not name policies/dignity.md:5:9"; exit 1; }

echo "--- the fixed commit must pass"
sed -i 's/status: aproved/status: approved/' policies/dignity.md
git add -A
git commit -q -m "fixed front matter" > "$scratch/accepted.log" 2>&1 || { cat "$scratch/accepted.log"; echo "FAIL: the fixed commit was refused"; exit 1; }
cat "$scratch/accepted.log"
echo "pre-commit hook: broken commit refused with file:line:column, fixed commit accepted."
