import ReviewStore
import RubricEngine

extension Command {
  /// `integrity document list DIR [--json]`: the review's document register.
  static let documentList = Command(
    name: "document list",
    summary: "List the documents registered in the review, with the evidence that cites each",
    usage: "integrity document list DIR [--json]",
    arguments: [.reviewFolder],
    options: [.flag("json", help: "Print the register as JSON: the contents of documents.json")],
    details: """
      Lists each document's id, date, version, title and the number of reviewer evidence entries that cite
      it; a document registered with --file shows the start of its SHA-256.

      Example:
        integrity document list acme-review
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let register: DocumentRegister
    do throws(ReviewStoreError) {
      register = try opened.folder.documents()
    } catch {
      throw CommandError(error)
    }
    if json {
      try printJSON(register, what: "the register", context: context)
      return .success
    }
    guard !register.documents.isEmpty else {
      context.standardOutput.line("No documents registered in \(opened.folder.path) yet.")
      context.standardOutput.line(
        "Register one: integrity document add \(shellQuoted(directory)) --id ID --title TEXT [--file PATH]")
      return .success
    }
    // The citations are counted when the evidence can be read; the register is listed either way.
    let log = try? opened.folder.evidence(rubric: opened.rubric, documents: register)
    var rows = [["Id", "Date", "Version", "Title", "Cited", "SHA-256"]]
    for document in register.documents {
      let cited = log.map { log in String(log.evidence.filter { $0.document == document.id }.count) } ?? "?"
      rows.append([
        document.id, document.date, document.version ?? "-", document.title, cited,
        document.sha256.map { String($0.prefix(12)) } ?? "-",
      ])
    }
    var lines = TextTable(rows: rows, rightAligned: [4], wrapping: 3).render(width: context.screenWidth)
    if log == nil {
      lines.append("")
      lines.append("evidence.json cannot be read, so citations are not counted (integrity status shows why).")
    }
    for document in register.documents {
      if let note = document.note { lines.append("\(document.id): \(note)") }
    }
    context.standardOutput.write(
      ScreenText.fit(lines, width: context.screenWidth).joined(separator: "\n") + "\n")
    return .success
  }
}
