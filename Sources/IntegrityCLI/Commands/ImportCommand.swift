import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity import DIR FILE.csv`: merges answers from a spreadsheet into the review's interviews.
  static let importAnswers = Command(
    name: "import",
    summary: "Import answers (name,role,question,answer,evidence) or reviewer evidence from a CSV file",
    usage: "integrity import DIR FILE.csv [--replace | --evidence]",
    arguments: [
      .reviewFolder,
      CommandArgument(
        "FILE.csv", .file,
        help: "CSV (RFC 4180, UTF-8) with the header name,role,question,answer,evidence; - reads standard "
          + "input. answer is 0-4 or n/a for scale questions, the text for text questions, empty for a "
          + "skipped question."),
    ],
    options: [
      .flag("replace", help: "Let imported answers replace different ones on disk"),
      .flag(
        "evidence",
        help:
          "The sheet is reviewer evidence (question,source,document,score,note,date), as integrity export "
          + "--evidence writes it; a sheet with that header is read as evidence without it"),
    ],
    details: """
      Every row is checked first and every bad row reported with its line; if any row is bad, nothing is
      imported. Answers merge into the interview files: the same name is the same interviewee. An answer
      identical to the one on disk is left as it is; one that would replace a different answer (typed in an
      interview, or imported before) is listed, and nothing is imported without --replace.

      Reviewer evidence is added to DIR/evidence.json, all or nothing like answers: source is document or
      observed, document the id of a registered document, score a score of the scale or empty, date
      YYYY-MM-DD. A row that records evidence already in the review is left as it is.

      Examples:
        integrity import acme-review answers.csv
        integrity import acme-review evidence.csv --evidence
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let replace = try arguments.flag("replace")
    let evidence = try arguments.flag("evidence")
    let words = try arguments.positionals(minimum: 2, maximum: 2, names: "DIR and FILE.csv")
    let (directory, file) = (words[0], words[1])
    let opened = try OpenReview(directory, context: context)
    let bytes = try readSheet(file, context: context)
    let document: CSVDocument
    do throws(CSVSyntaxError) {
      document = try CSVDocument.parse(bytes)
    } catch {
      throw .failure("\(file):\(error.line): \(error.message); nothing was imported")
    }
    if evidence || EvidenceSheet.hasHeader(document) {
      if replace {
        throw .usage(
          "\(file) is reviewer evidence, and --replace is for answers: evidence is only ever added",
          command: "import")
      }
      let outcome: EvidenceImportOutcome
      do throws(ImportError) {
        outcome = try opened.folder.importEvidenceSheet(
          document, rubric: opened.rubric, today: ReportWriter.day(of: context.now()),
          holder: "an evidence import")
      } catch {
        throw importFailure(error, directory: directory, file: file, context: context)
      }
      let added = outcome.added.count
      context.say(
        "Imported \(added) reviewer evidence \(added == 1 ? "entry" : "entries")"
          + (outcome.added.isEmpty
            ? ""
            : " (\(added == 1 ? "number" : "numbers") \(outcome.added.map(String.init).joined(separator: ", ")))")
          + (outcome.unchanged > 0 ? "; \(outcome.unchanged) already recorded, left as they are" : "") + ".")
      context.say("Next: integrity score \(shellQuoted(directory))")
      return .success
    }
    let reading = context.progress("Reading interviews")
    defer { reading.finish() }
    var importing: ProgressLine?
    defer { importing?.finish() }
    let outcome: ImportOutcome
    do throws(ImportError) {
      outcome = try opened.folder.importSheet(
        document, rubric: opened.rubric, recorded: context.timestamp(), holder: "an import",
        replace: replace
      ) { step in
        switch step {
        case .reading(let done, let total): reading.update(done, of: total)
        case .checked:
          reading.finish()
          importing = context.progress("Importing")
        case .importing(let done, let total): importing?.update(done, of: total)
        }
      }
    } catch {
      throw importFailure(error, directory: directory, file: file, context: context)
    }
    importing?.finish()
    context.say(importSummary(outcome))
    context.say("Next: integrity status \(shellQuoted(directory))")
    return .success
  }

  /// What the user is told when an import imported nothing: every bad row, or every answer it would
  /// change, on standard error, and the reason as the command's error.
  static func importFailure(
    _ error: ImportError, directory: String, file: String, context: CommandContext
  ) -> CommandError {
    switch error {
    case .unreadableInterview(let error):
      return .failure("\(error)\nNothing was imported: fix or move aside the interview file above first.")
    case .badRows(let problems):
      for row in problems.rows {
        context.warn("\(file):\(row.line): \(TerminalText.visible(row.message))")
      }
      let count = problems.rows.count
      return .failure("\(count) \(count == 1 ? "problem" : "problems") in \(file); nothing was imported")
    case .refused(let error):
      if case .locked = error { return .locked(error.description + "; nothing was imported") }
      if case .wouldReplaceAnswers(let changes) = error {
        context.warn("Answers the sheet would change (old -> new):")
        let shown = 20
        for change in changes.prefix(shown) {
          context.warn(
            "  \(TerminalText.visible(change.name)), \(change.question): "
              + "\(answerWords(change.old)) -> \(answerWords(change.new))")
        }
        if changes.count > shown { context.warn("  and \(changes.count - shown) more") }
        return .failure(
          error.description + ".\nTo replace them: integrity import \(shellQuoted(directory)) "
            + "\(shellQuoted(file)) --replace")
      }
      return .failure("\(error.description)\nNothing was imported.")
    }
  }

  /// The success line of an import: totals, and at most a few names.
  static func importSummary(_ outcome: ImportOutcome) -> String {
    let people = outcome.names.count
    let answers = outcome.newAnswers + outcome.changedAnswers + outcome.unchangedAnswers
    let shown = 3
    var names = outcome.names.prefix(shown).map(TerminalText.visible).joined(separator: ", ")
    if people > shown { names += " and \(people - shown) more" }
    return "Imported \(answers) \(answers == 1 ? "answer" : "answers") (\(outcome.newAnswers) new, "
      + "\(outcome.changedAnswers) changed, \(outcome.unchangedAnswers) unchanged) for \(people) "
      + "\(people == 1 ? "interviewee" : "interviewees") (\(outcome.newCount) new):\n  " + names + "."
  }

  /// An answer in a few words: the score or status, and the start of its text.
  static func answerWords(_ answer: Answer) -> String {
    var words: String
    switch answer.status {
    case .scored: words = answer.score.map(String.init) ?? "?"
    case .notApplicable: words = "n/a"
    case .skipped: words = "skipped"
    case .text: words = ""
    }
    if let text = answer.text, !text.isEmpty {
      let short = text.count > 30 ? String(text.prefix(29)) + "…" : text
      words += (words.isEmpty ? "" : " ") + "\"" + TerminalText.visible(short) + "\""
    }
    return words.isEmpty ? "empty" : words
  }

  /// The bytes of a CSV file, or of standard input for `-`; CSV files up to 64 MB are read.
  static func readSheet(_ file: String, context: CommandContext) throws(CommandError) -> [UInt8] {
    if file == "-" {
      guard let bytes = context.readStandardInput(limit: AnswerSheet.maximumFileSize) else {
        throw .failure(
          "<stdin>: standard input goes on past \(ByteCount.words(AnswerSheet.maximumFileSize)); CSV files over "
            + "that are refused; nothing was imported")
      }
      return bytes
    }
    do throws(FileSystemError) {
      return try context.fileSystem.readFile(
        at: file, limit: AnswerSheet.maximumFileSize, followingLinks: true)
    } catch {
      throw .failure("\(file): cannot read the file: \(error.reason)")
    }
  }
}
