#!/usr/bin/env python3
"""The yardstick a user might script instead of parity: walk a policy repository, read
each Markdown file's front matter with PyYAML's C loader (libyaml), and check that two
keys are there. It judges nothing, so parity should beat it by doing less per document,
not by doing less work overall.

    python3 .ci/benchmark/pyyaml_front_matter.py DIR

Prints one line: files, documents with front matter, and documents missing id or status.
"""
import os
import sys

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:
    sys.exit("pyyaml_front_matter.py: this PyYAML has no C loader (libyaml); install python3-yaml")


def front_matter(text):
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            return "\n".join(lines[1:number])
    return None


def main(root):
    files = documents = missing = 0
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in (".build", "node_modules"))
        for name in sorted(names):
            if not name.lower().endswith(".md") or name.startswith("."):
                continue
            files += 1
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                yaml_text = front_matter(handle.read())
            if yaml_text is None:
                continue
            data = yaml.load(yaml_text, Loader=Loader)
            documents += 1
            if not isinstance(data, dict) or "id" not in data or "status" not in data:
                missing += 1
    print("files=%d documents=%d missing=%d" % (files, documents, missing))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
