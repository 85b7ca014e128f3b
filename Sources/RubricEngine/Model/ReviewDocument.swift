/// A document the reviewers examined, in the review's register `documents.json`: what evidence cites.
/// With a file given when it was registered, its SHA-256 pins the exact version read (the file is not
/// copied).
public struct ReviewDocument: Codable, Equatable, Sendable {
  /// A short id evidence cites, such as `business-case`.
  public var id: String
  public var title: String
  /// The document's date, `YYYY-MM-DD`.
  public var date: String
  public var version: String?
  /// The SHA-256 of the file read, as 64 lower-case hexadecimal digits.
  public var sha256: String?
  public var note: String?

  /// Creates an entry.
  public init(
    id: String, title: String, date: String, version: String? = nil, sha256: String? = nil,
    note: String? = nil
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.version = version
    self.sha256 = sha256
    self.note = note
  }
}

/// The documents of a review: the contents of `documents.json`.
public struct DocumentRegister: Codable, Equatable, Sendable {
  /// The file format this workbench reads and writes.
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  public var documents: [ReviewDocument]

  /// Creates a register.
  public init(formatVersion: Int = DocumentRegister.currentFormatVersion, documents: [ReviewDocument] = []) {
    self.formatVersion = formatVersion
    self.documents = documents
  }

  /// The document with this id.
  public func document(id: String) -> ReviewDocument? { documents.first { $0.id == id } }
}
