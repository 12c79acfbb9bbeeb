#!/usr/bin/env python3
"""Generate a synthetic NHS trust equality policy repository for benchmarking parity.

    python3 .ci/benchmark/generate.py --documents N --seed S --out DIR

writes into DIR (which must not exist, or be empty):

    parity.yaml            the example trust's packs (hia6, one-year-plan, hr-accountability)
                           and its local pack, copied to rules/local.yaml
    inventory.yaml         a manifest of non-Markdown evidence (CSV exports, scanned PDFs),
                           about 5% of N, each file also written
    **/*.md                N Markdown documents with front matter like the example trust's
                           (policies/, procedures/, guidance/, governance/minutes/, reports/,
                           surveys/, training/, action-plans/, communications/, programmes/,
                           steering-committee/, staff-networks/), plus a few README.md files
                           without front matter, which parity ignores

The output depends only on N, the seed and this file (and policies/rules/local.yaml): the
same arguments give byte-identical files. Only random.Random.random() is used, whose
sequence Python guarantees for a given seed across versions. Standard library only.

Every document is valid for parity: unique ids, declared kinds, known rule ids in
`satisfies`, ISO dates, approved items with approved_on, last_reviewed never before
approved_on, done_on only on done actions. Rules past their deadline and dates after the
as-of date produce findings, as in a real repository; invalid metadata does not.
"""

import argparse
import datetime
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOCAL_PACK = os.path.join(HERE, "..", "..", "policies", "rules", "local.yaml")

FIRST_DAY = datetime.date(2019, 1, 1)
LAST_DAY = datetime.date(2024, 12, 31)
# parity refuses files over 5,000,000 bytes; keep the manifest well below.
MANIFEST_LIMIT = 4_500_000


class Rng:
    """Choices built on random() alone, so the sequence is stable across Python versions."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def random(self):
        return self.r.random()

    def below(self, n):
        return min(int(self.r.random() * n), n - 1)

    def between(self, lo, hi):  # inclusive
        return lo + self.below(hi - lo + 1)

    def chance(self, p):
        return self.r.random() < p

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        x = self.r.random() * total
        for value, w in pairs:
            x -= w
            if x < 0:
                return value
        return pairs[-1][0]

    def sample(self, seq, k):
        pool = list(seq)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(self.below(len(pool))))
        return out

    def date(self, lo=FIRST_DAY, hi=LAST_DAY):
        return lo + datetime.timedelta(days=self.below((hi - lo).days + 1))


# ---------------------------------------------------------------------------------------
# Vocabulary, from the example trust (policies/) and the built-in packs (rules/).

CHARACTERISTICS = [
    "age", "disability", "gender-reassignment", "marriage-and-civil-partnership",
    "pregnancy-and-maternity", "race", "religion-or-belief", "sex", "sexual-orientation",
]
TOPICS = ["bullying", "harassment", "discrimination", "violence"]
HR1_TOPICS = ["discrimination-complaints", "investigations", "empathy", "cultural-competency",
              "emotional-intelligence", "wres", "supporting-affected-staff"]
OTHER_TOPICS = ["diversity", "inclusion", "speaking-up", "wellbeing", "recruitment", "progression",
                "pay-gap", "flexible-working", "civility"]
NOISE_TAGS = ["employee-relations", "wres", "wdes", "benchmarks", "campaign", "wellbeing",
              "staff-experience", "board", "people-committee", "directorate", "quarterly",
              "annual", "equality-metrics", "hotspots", "staff-side", "inclusion", "pilot"]

OWNERS = [
    "Director of People", "Deputy Director of People", "Head of Employee Relations",
    "Head of Equality, Diversity and Inclusion", "Head of Organisational Development",
    "Head of Workforce Information", "Head of Communications", "Head of Occupational Health and Wellbeing",
    "Director of Corporate Affairs", "Trust Secretary", "Freedom to Speak Up Guardian",
    "Race Equality Network chair", "Disability and Wellbeing Network chair", "Head of Legal Services",
    "Head of Learning and Development", "Chief Nurse", "Medical Director", "Head of Recruitment",
]
BODIES = [
    ("Board", 12), ("People Committee", 20), ("Workforce Assurance Committee", 10),
    ("Executive Management Team", 10), ("Race Equality Steering Committee", 10),
    ("Joint Negotiating and Consultative Committee", 6), ("Workforce Education Group", 6),
    ("Head of Communications", 4), ("Chief Executive", 3), ("Director of People", 5),
    ("Race Equality Network", 3), ("Workforce Committee", 3),
]
COMMITTEES = [
    ("board", "Trust Board", "Board"),
    ("people-committee", "People Committee", "People Committee"),
    ("workforce-assurance", "Workforce Assurance Committee", "Workforce Assurance Committee"),
    ("emt", "Executive Management Team", "Executive Management Team"),
    ("jncc", "Joint Negotiating and Consultative Committee", "Joint Negotiating and Consultative Committee"),
    ("workforce-education", "Workforce Education Group", "Workforce Education Group"),
    ("quality", "Quality Committee", "Board"),
    ("health-and-wellbeing", "Health and Wellbeing Group", "People Committee"),
]
NETWORKS = [
    ("race-equality", "Race Equality Network"),
    ("disability-and-wellbeing", "Disability and Wellbeing Network"),
    ("lgbtq", "LGBTQ+ Network"),
    ("womens", "Women's Network"),
    ("armed-forces", "Armed Forces Network"),
    ("faith-and-belief", "Faith and Belief Network"),
]
DIRECTORATES = [
    ("surgery", "Surgery"), ("medicine", "Medicine"), ("womens-and-childrens", "Women's and Children's"),
    ("estates-and-facilities", "Estates and Facilities"), ("corporate", "Corporate Services"),
    ("community", "Community Services"), ("mental-health", "Mental Health"),
    ("diagnostics", "Diagnostics and Clinical Support"), ("emergency-care", "Emergency Care"),
    ("pharmacy", "Pharmacy"), ("older-people", "Older People's Services"), ("theatres", "Theatres and Critical Care"),
]
SUBJECTS = [
    "Dignity at Work", "Freedom to Speak Up", "Resolution", "Disciplinary", "Equality, Diversity and Human Rights",
    "Recruitment and Selection", "Flexible Working", "Reasonable Adjustments", "Menopause", "Supporting Attendance",
    "Managing Performance", "Acting Up and Secondment", "Appraisal", "Professional Registration",
    "Violence and Aggression", "Lone Working", "Social Media", "Religion and Belief at Work", "Trans Staff",
    "Maternity, Paternity and Adoption", "Pay Protection", "Organisational Change", "Grievance",
]

# Evidence profiles: (rule claimed or None, kind, tags needed by a leaf of that rule,
# weight). Taken from the leaves of the built-in packs and the local pack, so the
# generated items exercise the same selections the example trust does.
PROFILES = [
    ("HIA6.1", "data-review", ["wres"], 3), ("HIA6.1", "survey", ["staff-survey"], 2),
    ("HIA6.2", "action-plan", ["staff-experience"], 2), ("HIA6.2", "action-plan", ["reduction-targets"], 1),
    ("HIA6.2", "data-review", ["year-on-year"], 2),
    ("HIA6.3", "policy", ["disciplinary"], 2), ("HIA6.3", "policy", ["grievance", "resolution"], 2),
    ("HIA6.3", "procedure", ["disciplinary"], 2), ("HIA6.3", "report", ["disciplinary-review"], 2),
    ("HIA6.4", "report", ["formal-process-assurance"], 2), ("HIA6.4", "procedure", ["pre-formal-check"], 1),
    ("HIA6.4", "training-record", ["investigator-training"], 3),
    ("HIA6.5", "data-review", ["consistency-review"], 2), ("HIA6.5", "action-plan", ["disciplinary-gap"], 1),
    ("HIA6.6", "minutes", ["board"], 3), ("HIA6.6", "minutes", ["staff-network-input", "staff-network"], 3),
    ("HIA6.6", "survey", ["speak-up"], 1),
    ("HIA6.7", "procedure", ["psychological-support"], 1), ("HIA6.7", "communication", ["psychological-support"], 2),
    ("HIA6.8", "policy", ["freedom-to-speak-up"], 1), ("HIA6.8", "minutes", ["freedom-to-speak-up", "staff-side"], 2),
    ("HIA6.8", "procedure", ["detriment"], 1),
    ("PLAN.1.1", "survey", ["anonymous", "organisation-wide"], 1), ("PLAN.1.1", "report", ["hotspots"], 1),
    ("PLAN.1.2", "report", ["policy-gap-review"], 1),
    ("PLAN.1.3", "terms-of-reference", ["steering-committee"], 1), ("PLAN.1.3", "minutes", ["steering-committee"], 3),
    ("PLAN.2.1", "communication", ["poster", "campaign"], 2), ("PLAN.2.1", "communication", ["email", "campaign"], 2),
    ("PLAN.2.1", "communication", ["social-media", "campaign"], 2),
    ("PLAN.2.2", "programme", ["safe-space"], 1), ("PLAN.2.2", "report", ["safe-space-session"], 1),
    ("PLAN.2.2", "minutes", ["safe-space-session"], 1),
    ("PLAN.2.3", "programme", ["workshops"], 1), ("PLAN.2.3", "training-record", ["workshops"], 3),
    ("PLAN.3.1", "policy", ["non-discrimination"], 2), ("PLAN.3.1", "policy", ["harassment"], 1),
    ("PLAN.3.1", "procedure", ["grievance"], 1), ("PLAN.3.1", "guidance", ["easy-read"], 1),
    ("PLAN.3.2", "procedure", ["confidential-reporting"], 1), ("PLAN.3.2", "communication", ["confidential-reporting"], 1),
    ("PLAN.3.3", "guidance", ["consequences"], 1), ("PLAN.3.3", "report", ["consequences-monitoring"], 1),
    ("PLAN.4.1", "programme", ["mentoring"], 1), ("PLAN.4.1", "programme", ["sponsorship"], 1),
    ("PLAN.4.1", "training-record", ["pairings"], 1),
    ("PLAN.4.2", "survey", ["pulse"], 2), ("PLAN.4.2", "minutes", ["staff-network"], 3),
    ("PLAN.4.2", "minutes", ["steering-committee"], 2),
    ("PLAN.5.1", "survey", ["follow-up"], 1), ("PLAN.5.1", "report", ["baseline-comparison"], 1),
    ("PLAN.5.2", "report", ["evaluation"], 1), ("PLAN.5.2", "action-plan", ["evaluation"], 1),
    ("PLAN.5.3", "policy", ["long-term-commitment"], 1), ("PLAN.5.3", "communication", ["you-said-we-did"], 1),
    ("HR.1", "programme", ["hr-development"], 1), ("HR.1", "training-record", ["hr-development"], 3),
    ("HR.2", "report", ["recruitment-review"], 1), ("HR.2", "report", ["promotion-review"], 1),
    ("HR.2", "report", ["appraisal-review"], 1),
    ("HR.3", "procedure", ["case-timeliness"], 1), ("HR.3", "data-review", ["case-timeliness"], 2),
    ("HR.4", "report", ["equality-metrics"], 4), ("HR.4", "action-plan", ["benchmarks"], 1),
    ("HR.5", "survey", ["staff-survey"], 2), ("HR.5", "report", ["you-said-we-did"], 1),
    ("KV.1", "programme", ["active-bystander"], 1), ("KV.1", "training-record", ["active-bystander"], 2),
    ("KV.1", "report", ["evaluation", "active-bystander"], 1),
    ("KV.2", "guidance", ["patient-racism"], 1), ("KV.2", "communication", ["patient-racism"], 1),
    # Documents that claim nothing: routine minutes, reports, records.
    (None, "minutes", [], 30), (None, "report", [], 12), (None, "training-record", [], 10),
    (None, "communication", [], 6), (None, "policy", [], 5), (None, "procedure", [], 4),
    (None, "data-review", [], 4), (None, "guidance", [], 2), (None, "survey", [], 2),
]
RULE_IDS = sorted({p[0] for p in PROFILES if p[0]})

ID_PREFIX = {
    "policy": "POL", "procedure": "PROC", "guidance": "GUI", "minutes": "MIN", "report": "RPT",
    "data-review": "DATA", "survey": "SUR", "training-record": "TRN", "action-plan": "ACT",
    "communication": "COM", "programme": "PRG", "terms-of-reference": "TOR",
}
REVIEW_YEARS = {"policy": 3, "procedure": 3, "guidance": 2, "programme": 2, "terms-of-reference": 1,
                "action-plan": 1}

ACTION_WHATS = [
    "Publish the {thing} on the intranet",
    "Report progress on the {thing} to the {committee}",
    "Break down the {thing} by every protected characteristic",
    "Equality impact assessment of the {thing}",
    "Consult staff side and the staff networks on the {thing}",
    "Agree directorate benchmarks for {directorate}",
    "Train managers in {directorate} on fair and just decision-making",
    "Review every open case in {directorate} with the Head of Employee Relations",
    "Share the findings of the {thing} with the {network}",
    "Bring the {thing} back to the {committee} for approval",
    "Recruit Freedom to Speak Up champions in {directorate}",
    "Update the {thing} after legal review",
]
THINGS = ["policy", "procedure", "action plan", "report", "survey results", "training programme",
          "data review", "terms of reference", "communication plan", "evaluation", "metrics report",
          "reduction targets", "consequences framework"]

PARAGRAPHS = {
    "purpose": [
        "This {doc} sets out how {org} meets its duties under the Equality Act 2010 and the Public Sector "
        "Equality Duty in {area}. It applies to all employees, bank and agency workers, students, "
        "volunteers and contractors, and covers every protected characteristic.",
        "The {doc} was written with the {network} and staff side representatives. It responds to the "
        "{year} staff survey, in which {pct}% of black and minority ethnic staff in {directorate} reported "
        "discrimination from a manager or colleague.",
        "{org} wants every member of staff to be treated with dignity and respect. This {doc} explains "
        "what is expected of managers and staff in {area}, how concerns are raised and how they are "
        "dealt with, fairly and promptly.",
    ],
    "body": [
        "Managers must act on every report of bullying, harassment, discrimination or violence within "
        "{days} working days, record the outcome and tell the person who raised the concern what has "
        "happened. Employee Relations reviews a sample of {count} cases every quarter.",
        "The {committee} reviewed the figures for {directorate}: {count} formal cases were opened in the "
        "period, {pct}% of them involving black and minority ethnic staff, against {pct2}% of the "
        "workforce. The relative likelihood of entering the formal process was {ratio}.",
        "Staff told us, through the {network} and the pulse survey, that they do not always know how to "
        "report racism from patients and visitors, and that they are not told what happened after they "
        "spoke up. Of {count} respondents, {pct}% said they would feel safe to speak up.",
        "Completion of the programme in {directorate} reached {pct}% by the end of the quarter, with "
        "{count} staff attending at least one workshop. Evaluation forms show confidence to intervene "
        "rising from {pct2}% before the workshop to {pct}% after it.",
        "The {committee} noted that the proportion of staff who experienced harassment, bullying or "
        "abuse from colleagues fell from {pct}% to {pct2}%, but rose in {directorate}. It asked the "
        "{owner} to report back with a recovery plan.",
        "Every outcome is recorded by Employee Relations with the level, the directorate and the "
        "ethnicity of both parties, and reported to the {committee} every six months, so that "
        "inconsistent responses can be seen and challenged.",
        "Concerns can be raised with a line manager, a senior manager, the Freedom to Speak Up "
        "Guardian, one of {count} champions, or the non-executive director for speaking up, openly, "
        "confidentially or anonymously. Nobody will suffer detriment for speaking up.",
    ],
    "close": [
        "This {doc} is reviewed every {years} years, or sooner if the law or national guidance "
        "changes. The {owner} is responsible for keeping it up to date.",
        "Progress is reported quarterly to the {committee} and the Race Equality Steering Committee "
        "through the workforce equality metrics report.",
        "Agreed: the {owner} will bring an update to the next meeting of the {committee}, with the "
        "{network}'s comments.",
        "Approved for publication on the trust's website and intranet. Questions to the {owner}.",
    ],
}
HEADINGS = {
    "purpose": ["Purpose", "Why", "Background", "Scope", "Introduction"],
    "body": ["What we found", "Discussion", "Responsibilities", "The process", "Findings", "Actions",
             "Monitoring", "Detail", "Data"],
    "close": ["Review", "Status", "Next steps", "Reporting", "Decision"],
}

PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.()/'+&-]*$")
RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def yaml_str(s):
    """A scalar YAML reads back as this string: plain when safe, else double-quoted."""
    if PLAIN.match(s) and s.lower() not in RESERVED and not s.endswith(" ") and " #" not in s:
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def fmt(template, rng, ctx):
    values = dict(ctx)
    values.update(
        days=rng.between(3, 20), count=rng.between(4, 480), pct=rng.between(3, 97),
        pct2=rng.between(3, 97), ratio="%.2f" % (0.7 + rng.random() * 1.3), years=rng.between(2, 3),
        directorate=rng.choice(DIRECTORATES)[1], network=rng.choice(NETWORKS)[1],
        committee=rng.choice(COMMITTEES)[1], owner=rng.choice(OWNERS),
    )
    return template.format(**values)


class Generator:
    def __init__(self, n, seed, org):
        self.n = n
        self.rng = Rng(seed)
        self.org = org
        self.counters = {}
        self.used_paths = set()

    def next_id(self, prefix, year):
        key = (prefix, year)
        self.counters[key] = self.counters.get(key, 0) + 1
        if prefix in ("MIN", "TRN", "COM", "SUR", "DATA", "RPT"):
            return "%s-%d-%05d" % (prefix, year, self.counters[key])
        return "%s-%05d" % (prefix, self.counters[key]) if year == 0 else "%s-%d-%05d" % (prefix, year, self.counters[key])

    # -- one evidence item's fields ----------------------------------------------------

    def item(self, rule, kind, needed_tags, for_manifest=False):
        rng = self.rng
        date = rng.date()
        year = date.year
        status = rng.weighted([("approved", 75), ("draft", 17), ("retired", 8)])
        directorate_slug, directorate = rng.choice(DIRECTORATES)
        fields = {}
        prefix = ID_PREFIX[kind]
        dated_id = kind in ("minutes", "training-record", "communication", "survey", "data-review", "report")
        fields["id"] = self.next_id(prefix, year if dated_id else 0)
        title, folder, ctx = self.title_and_folder(kind, rule, needed_tags, date, directorate, directorate_slug)
        fields["title"] = title
        fields["kind"] = kind
        fields["owner"] = ctx["owner"]
        fields["status"] = status
        if status in ("approved", "retired") or rng.chance(0.1):
            approved_on = date + datetime.timedelta(days=rng.between(0, 75))
            if status == "draft":
                approved_on = None
            if approved_on is not None:
                fields["approved_by"] = ctx["body"]
                fields["approved_on"] = approved_on
                if kind in REVIEW_YEARS:
                    if rng.chance(0.35):
                        reviewed = approved_on + datetime.timedelta(days=rng.between(180, 1100))
                        if reviewed <= LAST_DAY:
                            fields["last_reviewed"] = reviewed
                    base = fields.get("last_reviewed", approved_on)
                    fields["review_due"] = base.replace(year=base.year + REVIEW_YEARS[kind], day=min(base.day, 28))
        if rng.chance(0.95):
            fields["date"] = date
        claims = []
        if rule and rng.chance(0.9):
            claims.append(rule)
        if rng.chance(0.12):
            extra = rng.choice(RULE_IDS)
            if extra not in claims:
                claims.append(extra)
        if claims or rng.chance(0.5):
            fields["satisfies"] = claims
        # Characteristics, topics, tags.
        if rng.chance(0.6):
            if rng.chance(0.45):
                fields["characteristics"] = "all"
            else:
                chosen = set(rng.sample(CHARACTERISTICS, rng.between(1, 5)))
                if rng.chance(0.7):
                    chosen.add("race")
                fields["characteristics"] = [c for c in CHARACTERISTICS if c in chosen]
        if rule == "HR.1" and kind == "programme":
            fields["topics"] = list(HR1_TOPICS)
        elif rng.chance(0.5):
            if rng.chance(0.5):
                fields["topics"] = list(TOPICS)
            else:
                fields["topics"] = rng.sample(TOPICS + OTHER_TOPICS, rng.between(1, 4))
        tags = list(needed_tags)
        for t in rng.sample(NOISE_TAGS, rng.between(0 if tags else 1, 2)):
            if t not in tags:
                tags.append(t)
        if kind == "minutes" and ctx.get("committee_tag") and ctx["committee_tag"] not in tags:
            tags.append(ctx["committee_tag"])
        fields["tags"] = tags
        # Action items: work in progress.
        n_actions = rng.weighted([(0, 55 if not for_manifest else 85), (1, 18), (2, 14), (3, 9), (4, 4)])
        actions = []
        for _ in range(n_actions):
            what = fmt(rng.choice(ACTION_WHATS), rng, {"thing": rng.choice(THINGS)})
            action = {"what": what}
            if rng.chance(0.95):
                action["owner"] = rng.choice(OWNERS)
            due = date + datetime.timedelta(days=rng.between(14, 300))
            if rng.chance(0.95):
                action["due"] = due
            a_status = rng.weighted([("done", 50), ("open", 45), (None, 5)])
            if a_status:
                action["status"] = a_status
            if a_status == "done" and rng.chance(0.9):
                action["done_on"] = min(due + datetime.timedelta(days=rng.between(-60, 60)), LAST_DAY)
            actions.append(action)
        if actions:
            fields["actions"] = actions
        return fields, folder, ctx

    def title_and_folder(self, kind, rule, tags, date, directorate, directorate_slug):
        rng = self.rng
        owner = rng.choice(OWNERS)
        body = rng.weighted(BODIES)
        year = date.year
        fy = "%d/%02d" % (year, (year + 1) % 100) if date.month >= 4 else "%d/%02d" % (year - 1, year % 100)
        ctx = {"owner": owner, "body": body, "directorate": directorate, "area": "workforce equality",
               "doc": kind.replace("-", " ")}
        tagline = tags[0].replace("-", " ") if tags else ""
        if kind in ("policy", "procedure", "guidance"):
            subject = rng.choice(SUBJECTS)
            word = {"policy": "Policy", "procedure": "Procedure", "guidance": "Guidance"}[kind]
            title = "%s %s" % (subject, word)
            if tagline and rng.chance(0.5):
                title += " (%s)" % tagline
            if rng.chance(0.3):
                title += ", %s" % directorate
            ctx["area"] = subject.lower()
            folder = "%ss/%s" % (kind, directorate_slug) if kind != "guidance" else "guidance/%s" % directorate_slug
            folder = folder.replace("policys", "policies")
        elif kind == "minutes":
            if "steering-committee" in tags:
                name, approver, committee_tag = "Race Equality Steering Committee", "Race Equality Steering Committee", None
                folder = "steering-committee/minutes/%d" % year
            elif "staff-network" in tags or "staff-network-input" in tags or rng.chance(0.2):
                net_slug, name = rng.choice(NETWORKS)
                approver, committee_tag = name, "staff-network"
                folder = "staff-networks/%s/%d" % (net_slug, year)
            else:
                c_slug, name, approver = rng.choice(COMMITTEES)
                if "board" in tags:
                    c_slug, name, approver = COMMITTEES[0]
                committee_tag = "board" if c_slug == "board" else None
                folder = "governance/minutes/%d/%s" % (year, c_slug)
            ctx["body"] = approver
            ctx["committee_tag"] = committee_tag
            title = "%s, %d %s %d, minutes" % (name, date.day, date.strftime("%B"), year)
            if tagline:
                title += " (%s)" % tagline
        elif kind == "report":
            what = tagline.capitalize() if tagline else rng.choice(["Workforce equality report", "Employee relations case review",
                                                                    "Equality metrics report", "WRES annual report",
                                                                    "Staff survey findings", "Inclusion dashboard"])
            title = "%s %s, %s" % (what, fy, directorate)
            folder = "reports/%d/%s" % (year, directorate_slug)
        elif kind == "data-review":
            what = tagline.capitalize() if tagline else rng.choice(["WRES indicator data", "WDES indicator data",
                                                                    "Incident data by ethnicity", "Case data"])
            title = "%s review %s, %s" % (what, fy, directorate)
            folder = "reports/data-reviews/%d" % year
        elif kind == "survey":
            what = tagline if tagline else rng.choice(["staff survey", "pulse survey", "exit survey"])
            title = "%s results %d, %s" % (what.capitalize(), year, directorate)
            folder = "surveys/%d" % year
        elif kind == "training-record":
            what = tagline if tagline else rng.choice(["mandatory equality training", "civility and respect",
                                                       "recruitment panel training", "inclusive leadership"])
            title = "%s attendance, %s, %s" % (what.capitalize(), date.strftime("%B %Y"), directorate)
            folder = "training/%d/%s" % (year, directorate_slug)
        elif kind == "action-plan":
            what = tagline if tagline else rng.choice(["staff experience", "WRES", "WDES", "inclusion"])
            title = "%s action plan %s, %s" % (what.capitalize(), fy, directorate)
            folder = "action-plans/%d" % year
        elif kind == "communication":
            what = tagline if tagline else rng.choice(["staff bulletin", "team brief", "intranet news", "all-staff email"])
            title = "%s, %s" % (what.capitalize(), date.isoformat())
            folder = "communications/%d" % year
        elif kind == "programme":
            what = tagline if tagline else rng.choice(["leadership", "inclusion", "coaching"])
            title = "%s programme, %s" % (what.capitalize(), directorate)
            folder = "programmes/%s" % directorate_slug
        elif kind == "terms-of-reference":
            title = "%s, terms of reference (%d)" % (rng.choice(COMMITTEES)[1], year)
            folder = "governance/terms-of-reference"
        else:
            raise ValueError(kind)
        return title, folder, ctx

    # -- writing -----------------------------------------------------------------------

    @staticmethod
    def front_matter(fields, indent=""):
        out = []
        for key in ("id", "path", "title", "kind", "owner", "status", "approved_by", "approved_on",
                    "last_reviewed", "review_due", "date", "satisfies", "characteristics", "topics", "tags"):
            if key not in fields:
                continue
            value = fields[key]
            if isinstance(value, list):
                value = "[" + ", ".join(value) + "]"
            elif isinstance(value, datetime.date):
                value = value.isoformat()
            elif key in ("title", "owner", "approved_by", "path"):
                value = yaml_str(value)
            out.append("%s%s: %s" % (indent, key, value))
        if "actions" in fields:
            out.append("%sactions:" % indent)
            for action in fields["actions"]:
                first = True
                for key in ("what", "owner", "due", "status", "done_on"):
                    if key not in action:
                        continue
                    value = action[key]
                    value = value.isoformat() if isinstance(value, datetime.date) else yaml_str(value)
                    out.append("%s%s %s: %s" % (indent, "  -" if first else "   ", key, value))
                    first = False
        return out

    def body(self, fields):
        rng = self.rng
        ctx = {"org": self.org, "doc": fields["kind"].replace("-", " "), "area": "workforce equality",
               "year": fields.get("date", FIRST_DAY).year}
        lines = ["# " + fields["title"], ""]
        parts = ["purpose"] + ["body"] * rng.between(1, 3) + ["close"]
        for part in parts:
            if rng.chance(0.8):
                lines += ["## " + rng.choice(HEADINGS[part]), ""]
            text = fmt(rng.choice(PARAGRAPHS[part]), rng, ctx)
            lines += wrap(text) + [""]
        if rng.chance(0.15):
            lines += ["| measure | %d | %d |" % (ctx["year"] - 1, ctx["year"]), "|---|---|---|"]
            for _ in range(rng.between(2, 5)):
                lines.append("| %s | %d%% | %d%% |" % (rng.choice(THINGS), rng.between(3, 60), rng.between(3, 60)))
            lines.append("")
        return lines

    def unique_path(self, folder, name, ext):
        path = "%s/%s.%s" % (folder, name, ext)
        assert path not in self.used_paths, path
        self.used_paths.add(path)
        return path

    def run(self, out):
        files = {}
        rng = self.rng
        for _ in range(self.n):
            rule, kind, tags, _w = rng.weighted([(p, p[3]) for p in PROFILES])
            fields, folder, _ctx = self.item(rule, kind, tags)
            name = "%s-%s" % (slug(fields["id"]), slug(fields["title"])[:60].strip("-"))
            path = self.unique_path(folder, name, "md")
            lines = ["---"] + self.front_matter(fields) + ["---"] + self.body(fields)
            files[path] = "\n".join(lines) + "\n"

        # Non-Markdown evidence listed in the manifest.
        manifest = ["# Evidence that is not a Markdown document: data exports, survey results,",
                    "# training records and scanned signed minutes.", "version: 1", "items:"]
        n_manifest = max(3, round(self.n * 0.05))
        for i in range(n_manifest):
            rule, kind, tags, _w = rng.weighted([(p, p[3]) for p in PROFILES
                                                 if p[1] in ("survey", "data-review", "training-record", "minutes", "report")])
            fields, folder, _ctx = self.item(rule, kind, tags, for_manifest=True)
            ext = "pdf" if kind in ("minutes", "report") else "csv"
            name = "%s-%s" % (slug(fields["id"]), slug(fields["title"])[:50].strip("-"))
            path = self.unique_path("documents/" + folder, name, ext)
            fields["path"] = path
            files[path] = self.attachment(ext, fields)
            entry = self.front_matter(fields, indent="    ")
            entry[0] = "  - " + entry[0][4:]
            manifest += entry + [""]
        files["inventory.yaml"] = "\n".join(manifest)
        assert len(files["inventory.yaml"]) < MANIFEST_LIMIT, "manifest too large for parity"

        files["parity.yaml"] = PARITY_YAML.format(org=self.org, n=self.n)
        with open(LOCAL_PACK, encoding="utf-8") as f:
            files["rules/local.yaml"] = f.read()
        files["README.md"] = README.format(org=self.org, n=self.n, m=n_manifest)
        for top in sorted({p.split("/")[0] for p in files if "/" in p}):
            if top not in ("rules",):
                files[top + "/README.md"] = "# %s\n\nDocuments of %s. This file has no front matter, so parity ignores it.\n" % (top, self.org)

        for path in sorted(files):
            full = os.path.join(out, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            data = files[path]
            with open(full, "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return len(files)

    def attachment(self, ext, fields):
        rng = self.rng
        if ext == "pdf":
            text = "%s (%s)" % (fields["title"], fields["id"])
            return ("%%PDF-1.4\n%% synthetic placeholder for %s\n%%%%EOF\n" % text).encode("utf-8")
        rows = ["directorate,staff_group,headcount,bme_pct,measure_pct,previous_pct"]
        for d_slug, d in DIRECTORATES[: rng.between(4, len(DIRECTORATES))]:
            rows.append('"%s",%s,%d,%d,%d,%d' % (d, rng.choice(["Nursing and midwifery", "Medical and dental",
                                                                 "Allied health professionals", "Admin and clerical",
                                                                 "Estates and ancillary"]),
                                                 rng.between(20, 900), rng.between(5, 60), rng.between(2, 40),
                                                 rng.between(2, 40)))
        return "\n".join(rows) + "\n"


def wrap(text, width=90):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines


PARITY_YAML = """# parity configuration for {org} (synthetic, {n} documents; generated by
# .ci/benchmark/generate.py for benchmarking).
version: 1
organisation: {org}
plan_start: 2023-09-01
packs:
  - hia6
  - one-year-plan
  - hr-accountability
  - rules/local.yaml
due_soon_days: 60
overrides:
  HR.5:
    severity: low
"""

README = """# {org}

A synthetic policy repository generated by `.ci/benchmark/generate.py` for benchmarking
parity: {n} Markdown documents and {m} manifest items. Nothing here is real.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, required=True, help="number of Markdown evidence documents")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", required=True, help="output directory; must not exist or be empty")
    args = parser.parse_args()
    if args.documents < 1:
        parser.error("--documents must be at least 1")
    if os.path.exists(args.out) and os.listdir(args.out):
        parser.error("%s exists and is not empty" % args.out)
    org = "Synthetic Valley NHS Trust"
    count = Generator(args.documents, args.seed, org).run(args.out)
    print("wrote %d files to %s" % (count, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
