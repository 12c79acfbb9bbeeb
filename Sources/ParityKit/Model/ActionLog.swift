/// The names the xlsx action log is written with and read back by: its sheets, the first
/// cell of its hidden sheet, and the headers of the columns owners type into. One place,
/// so that `XlsxReport` and `TrackerSheet` cannot drift apart.
public enum ActionLog {
    public static let actionsSheet = "Actions"
    public static let hiddenSheet = "parity"
    public static let marker = "parity action log"

    public enum Header {
        public static let id = "Action id"
        public static let update = "Update"
        public static let revisedDue = "Revised due"
        public static let ownerStatus = "Status (owner)"
        public static let ownerDoneOn = "Done on (owner)"
        public static let updatedBy = "Updated by"
        public static let baf = "BAF reference"
    }

    /// The owners' columns, in the order the log writes them.
    public static let ownerHeaders = [Header.update, Header.revisedDue, Header.ownerStatus, Header.ownerDoneOn,
                                      Header.updatedBy, Header.baf]
}
