import Foundation

/// What `parity init` writes: a `parity.yaml` and one example document that pass
/// `parity check`, for a trust to grow from.
public enum Scaffold {
    public static let exampleDocument = "policies/resolution-procedure.md"

    public static func files(organisation: String, planStart: CivilDate) -> [(path: String, text: String)] {
        let due = planStart.adding(months: 3).adding(days: -1)
        let config = """
            # parity configuration: docs/repository.md in parity's source gives every key.
            version: 1
            organisation: \(yamlQuoted(organisation))
            # Month 1 of the one-year plan to address discrimination begins on this date.
            plan_start: \(planStart)
            packs:
              - one-year-plan
              - hr-accountability
              # High Impact Action 6 of the EDI Improvement Plan. Its deadlines of 31 March 2024
              # have passed, so `parity check` reports each of its rules as overdue until the
              # evidence is recorded. Uncomment it once the HIA6 documents are in the repository.
              # - hia6
              # The nine WRES indicators, judged on the trust's own figures. Uncomment it once
              # the figures are listed under `measures:` in inventory.yaml (docs/repository.md, "Measures").
              # - wres
              # High Impact Actions 1-5 of the EDI Improvement Plan, due from October 2023 to
              # March 2026 (several by 31 March 2024, so overdue until their evidence is in):
              # board EDI objectives, fair recruitment and talent management, pay gaps,
              # workforce health inequalities, internationally recruited staff.
              # - hia1
              # - hia2
              # - hia3
              # - hia4
              # - hia5
              # The ten WDES metrics, judged on the trust's figures as wres is.
              # - wdes
              # Advisory good practice from the case studies (severity low, no deadlines).
              # - good-practice
            due_soon_days: 60
            # The board paper's cover sheet (parity gap --format docx, html or markdown); every
            # key is optional, and what is left out reads "Not stated". docs/repository.md,
            # "The board paper's particulars", gives every key.
            # paper:
            #   meeting: Trust Board, meeting in public
            #   agenda_item: "9.2"
            #   executive_lead: {name: Your Name, role: Director of People}
            #   author: {name: Your Name, role: Head of Equality, Diversity and Inclusion}
            #   baf_risks:
            #     - {reference: BAF 4, title: Workforce equality}
            #   previously_considered:
            #     - {body: People Committee, date: \(planStart)}
            #   accountable:                  # owner roles in the packs -> who answers to the Board
            #     HR/OD: Director of People
            #     Board: Chief Executive
            #     Staff networks: contributor

            """
        let document = """
            ---
            id: PROC-001
            title: Resolution procedure for discrimination complaints
            kind: procedure
            owner: Director of People
            status: draft
            date: \(planStart)
            satisfies: [HR.3]
            characteristics: all
            topics: [bullying, harassment, discrimination, violence]
            actions:
              - what: Consult staff side and the staff networks on the draft
                owner: Head of Employee Relations
                due: \(due)
                status: open
            ---
            # Resolution procedure for discrimination complaints

            Replace this text with the trust's procedure. The front matter above is what parity
            reads: once the procedure is approved, set `status: approved`, `approved_by` and
            `approved_on`, and a `review_due` date.

            """
        return [(TrustConfig.fileName, config), (exampleDocument, document)]
    }

    private static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
