#!/usr/bin/env python3
"""Generate N trusts' gap reports (parity gap --format json) for benchmarking parity rollup.

    python3 .ci/benchmark/generate_reports.py --reports N --seed S --template GAP.json --out DIR

writes DIR/trust-001.json ... DIR/trust-NNN.json: each is the template report (the example
trust's, `parity gap policies --as-of 2024-04-15 --format json`, about 370 KB) with its own
organisation name and its own verdicts and figures: every rule's status drawn at random
(its RAG, days overdue and the pack scores following), and every indicator's latest and
previous figures moved by a few percent, one in twenty marked low confidence. So N reports
weigh what N real ones would, and the rollup has real medians, spreads and suppressions to
work out. As generate.py: the output depends only on N, the seed, the template and this
file; only random.Random.random() is used; standard library only. Every file stays valid
against rules/schemas/gap-report.schema.json.
"""

import argparse
import copy
import json
import os
import random
import sys

STATUSES = ["met", "partial", "not_met"]


def rag(status, timing):
    if status in ("not_applicable", "waived"):
        return "grey"
    if status == "met":
        return "green"
    if timing == "passed" or (status == "not_met" and timing == "no_deadline"):
        return "red"
    return "amber"


def vary_point(point, rng, scale, decimals):
    if point is None or point.get("value") is None:
        return
    point["value"] = round(point["value"] * (1 + (rng.random() - 0.5) * scale), decimals)


def report(template, index, rng):
    data = copy.deepcopy(template)
    data["organisation"] = "Generated Trust %03d NHS Trust" % index
    packs = {}
    for rule in data["rules"]:
        if rule["status"] in STATUSES:
            status = STATUSES[int(rng.random() * 3)]
            rule["status"] = status
            rule["rag"] = rag(status, rule["timing"])
            if status == "met":
                rule["days_overdue"] = None
            elif rule["timing"] == "passed":
                rule["days_overdue"] = 1 + int(rng.random() * 200)
        for measure in rule["measures"]:
            decimals = measure["decimals"]
            vary_point(measure["latest"], rng, 0.3, decimals)
            vary_point(measure["previous"], rng, 0.3, decimals)
            if measure["latest"] is not None:
                measure["latest"]["low_confidence"] = rng.random() < 0.05
                latest, previous = measure["latest"]["value"], (measure["previous"] or {}).get("value")
                measure["change"] = round(latest - previous, decimals) if latest is not None and previous is not None else None
        counts = packs.setdefault(rule["pack"], [0, 0, 0])
        counts[0] += rule["status"] == "met"
        counts[1] += rule["status"] == "partial"
        counts[2] += rule["status"] in STATUSES
    for pack in data["packs"]:
        met, partial, applicable = packs.get(pack["info"]["id"], [0, 0, 0])
        pack["score"] = round((met * 2 + partial) * 500 / applicable) / 10 if applicable else None
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--template", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.reports < 1:
        sys.exit("generate_reports.py: --reports must be at least 1")
    template = json.load(open(args.template, encoding="utf-8"))
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    for index in range(1, args.reports + 1):
        path = os.path.join(args.out, "trust-%03d.json" % index)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(report(template, index, rng), f, indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
