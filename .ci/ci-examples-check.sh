#!/usr/bin/env bash
# The CI examples docs/ci.md shows are valid for the systems that read them: the GitHub
# Actions workflow against GitHub's workflow schema and the GitLab job against GitLab's,
# both as check-jsonschema ships them (CI installs it with pip).
set -euo pipefail
cd "$(dirname "$0")/.."
check-jsonschema --builtin-schema vendor.github-workflows docs/examples/github-workflow.yml
check-jsonschema --builtin-schema vendor.gitlab-ci docs/examples/gitlab-ci.yml
echo "CI examples: the GitHub workflow and the GitLab job validate against their schemas."
