import ReviewStore
import RubricEngine

extension Command {
  /// `integrity document add DIR --id ID --title TEXT [--date YYYY-MM-DD] [--version V] [--file PATH]`:
  /// registers a document the reviewers examined.
  static let documentAdd = Command(
    name: "document add",
    summary: "Register a document the reviewers examined (evidence cites it by id)",
    usage: "integrity document add DIR --id ID --title TEXT [--date YYYY-MM-DD] [--version V] [--file PATH] "
      + "[--note TEXT]",
    arguments: [.reviewFolder],
    options: [
      .value("id", "ID", .text, help: "A short id evidence cites: lower-case letters, digits and hyphens"),
      .value("title", "TEXT", .text, help: "The document's title, as the report lists it"),
      .value("date", "YYYY-MM-DD", .date, help: "The document's date (default: today)"),
      .value("version", "V", .text, help: "The version read, such as 2.1 or \"draft 3\""),
      .value(
        "file", "PATH", .file,
        help: "The file read: its SHA-256 is recorded to pin the exact version (the file is not copied)"),
      .value("note", "TEXT", .text, help: "Anything a later reader of the register should know"),
    ],
    details: """
      The register is DIR/documents.json; the report's method section lists its documents (title, version,
      date). Record what a document shows with integrity evidence add --source document --document ID.

      Example:
        integrity document add acme-review --id business-case \\
          --title "Outline business case" --version 2.1 \\
          --date 2026-10-14 --file ~/client/acme/obc-v2.1.pdf
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let command = "document add"
    let id = try arguments.option("id")
    let title = try acceptedText(arguments.option("title"), rule: .title, option: "--title", command: command)
    let date = try arguments.option("date")
    let version = try arguments.option("version").map { text throws(CommandError) in
      try acceptedText(text, rule: .version, option: "--version", command: command)
    }
    let file = try arguments.option("file")
    let note = try arguments.option("note").map { text throws(CommandError) in
      try acceptedText(text, rule: .note, option: "--note", command: command)
    }
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard let id else { throw .usage("--id is required: the id evidence cites", command: command) }
    if let problem = ReviewDocument.idProblem(id) { throw .failure("--id \(problem); nothing was written") }
    let day = try date.map { text throws(CommandError) in
      try pastDate(text, context: context, command: command)
    }
    let opened = try OpenReview(directory, context: context)
    let sha256 = try file.map { path throws(CommandError) in try fileHash(path, context: context) }
    let document = ReviewDocument(
      id: id, title: title, date: day ?? ReportWriter.day(of: context.now()), version: version,
      sha256: sha256, note: note)
    let count: Int
    do throws(ReviewStoreError) {
      count = try opened.folder.updateEvidenceRecords(rubric: opened.rubric, holder: "a document add") {
        register, _ throws(ReviewStoreError) in
        guard register.document(id: id) == nil else {
          throw .documentRegistered(id: id, path: opened.folder.documentsPath)
        }
        register.documents.append(document)
        return register.documents.count
      }
    } catch {
      throw CommandError(error)
    }
    var line = "Registered \(id): \(title)"
    if let version { line += ", version \(version)" }
    line += ", \(document.date)"
    if let sha256 { line += " (SHA-256 \(sha256.prefix(12))…)" }
    context.say(line + ".")
    context.say("\(count) \(count == 1 ? "document" : "documents") in \(opened.folder.documentsPath).")
    context.say(
      "Next: integrity evidence add \(shellQuoted(directory)) --question ID --source document --document \(id) "
        + "--score N --note TEXT")
    return .success
  }

  /// The SHA-256 of the file at `path`, read a piece at a time.
  static func fileHash(_ path: String, context: CommandContext) throws(CommandError) -> String {
    var hash = SHA256()
    do {
      try context.fileSystem.readPieces(at: path) { hash.update($0) }
    } catch {
      throw .failure("--file: \(error.description); nothing was written")
    }
    return hash.finalHex()
  }

  /// `text` when it is a calendar date `YYYY-MM-DD` no later than today: what was read or seen has
  /// happened.
  static func pastDate(_ text: String, context: CommandContext, command: String) throws(CommandError)
    -> String
  {
    let day = try calendarDate(text, command: command)
    let today = ReportWriter.day(of: context.now())
    guard day <= today else {
      throw .usage(
        "--date \(day) is after today (\(today)): evidence records what was read or seen", command: command)
    }
    return day
  }

  /// `text` when it is a calendar date `YYYY-MM-DD`.
  static func calendarDate(_ text: String, option: String = "--date", command: String) throws(CommandError)
    -> String
  {
    guard CalendarDate.isValid(text) else {
      throw .usage("\(option): \(CalendarDate.problem(text))", command: command)
    }
    return text
  }
}
