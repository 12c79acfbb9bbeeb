/// What a condition lacks, kept as structure until `GapWords` turns it into sentences, so
/// that `any`, `at_least` and `not` read as English on every surface instead of as
/// sentences glued together.
indirect enum Gap: Hashable, Sendable {
    /// A leaf selected nothing: `sought` is what it looks for, as a noun phrase.
    /// - Parameter due: for a response, the day it must be agreed by.
    case absent(sought: String, due: CivilDate?)
    /// A leaf selected items, but fewer than it needs pass its constraints.
    case unqualified(sought: String, passed: Int, needed: Int, refused: [Refusal], due: CivilDate?)
    /// A `not:` found what it forbids: `what` is its condition as a noun phrase; `partly`
    /// the items that come close without meeting it in full, with why.
    case forbidden(what: String, items: [Sighting], partly: [Refusal])
    /// An `any` none of whose alternatives is met: the gaps of each alternative judged.
    case alternatives([[Gap]])
    /// An `at_least` with too few parts met: `parts` are the gaps of the parts not met.
    case atLeast(needed: Int, of: Int, met: Int, parts: [[Gap]])
    /// Already a sentence (figures, another rule): `need` is what the condition asks for as
    /// a noun phrase, when it says, for use inside alternatives.
    case stated(String, need: String?)

    /// An item a leaf selected that does not qualify, with why, in a board's words.
    struct Refusal: Hashable, Sendable {
        var id: String
        var title: String
        var reasons: [String]
    }

    /// An item a `not:` found.
    struct Sighting: Hashable, Sendable {
        var id: String
        var title: String
        var on: CivilDate?
    }
}
