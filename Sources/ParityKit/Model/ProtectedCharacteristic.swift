/// The nine protected characteristics of the Equality Act 2010, spelt as the inventory
/// spells them.
public enum ProtectedCharacteristic: String, CaseIterable, Codable, Sendable, Comparable {
    case age
    case disability
    case genderReassignment = "gender-reassignment"
    case marriageAndCivilPartnership = "marriage-and-civil-partnership"
    case pregnancyAndMaternity = "pregnancy-and-maternity"
    case race
    case religionOrBelief = "religion-or-belief"
    case sex
    case sexualOrientation = "sexual-orientation"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
