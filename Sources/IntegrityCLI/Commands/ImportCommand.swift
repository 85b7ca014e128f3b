import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity import DIR FILE.csv`: merges answers from a spreadsheet into the review's interviews.
  static let importAnswers = Command(
    name: "import",
    summary: "Import answers from a CSV file (name,role,question,answer,evidence) into the interviews",
    usage: "integrity import DIR FILE.csv",
    details: """
      Arguments:
        DIR         The review folder
        FILE.csv    CSV (RFC 4180, UTF-8) with the header name,role,question,answer,evidence; - reads
                    standard input. answer is 0-4 or n/a for scale questions, the text for text
                    questions, empty for a skipped question.

      Every row is checked first and every bad row reported with its line; if any row is bad, nothing is
      imported. Answers merge into the interview files: the same name is the same interviewee, and an
      imported answer replaces that person's earlier answer to the same question.

      Example:
        integrity import acme-review answers.csv
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
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
    let folder = opened.folder
    var existing: [(slug: String, interview: Interview)] = []
    do throws(ReviewStoreError) {
      for (slug, result) in try folder.interviews(rubric: opened.rubric) {
        existing.append((slug, try result.get()))
      }
    } catch {
      throw .failure("\(error)\nNothing was imported: fix or move aside the interview file above first.")
    }
    let recorded = context.timestamp()
    let interviewees: [AnswerSheet.Interviewee]
    switch AnswerSheet.read(
      document, rubric: opened.rubric, existing: existing.map(\.interview), recorded: recorded)
    {
    case .success(let read): interviewees = read
    case .failure(let problems):
      for row in problems.rows {
        context.standardError.line("\(file):\(row.line): \(TerminalText.visible(row.message))")
      }
      let count = problems.rows.count
      throw .failure("\(count) \(count == 1 ? "problem" : "problems") in \(file); nothing was imported")
    }
    // Every interviewee's lock is taken before anything is written, so the import is refused whole when
    // one of them is being interviewed.
    var plans: [(slug: String, interview: Interview, lock: any HeldLock, isNew: Bool)] = []
    var newSlugs: Set<String> = []
    let known = Dictionary(existing.map { ($0.slug, $0.interview) }, uniquingKeysWith: { first, _ in first })
    do throws(ReviewStoreError) {
      for person in interviewees {
        let slug = try folder.slug(
          forName: person.name, rubric: opened.rubric, reserved: newSlugs, known: known)
        if known[slug] == nil { newSlugs.insert(slug) }
        let lock = try folder.lockInterview(slug: slug, name: person.name)
        var interview =
          known[slug]
          ?? Interview(name: person.name, role: person.role, started: recorded, updated: recorded)
        for (question, answer) in person.answers { interview.answers[question] = answer }
        interview.updated = recorded
        plans.append((slug, interview, lock, known[slug] == nil))
      }
    } catch {
      throw CommandError(error)
    }
    var written: [String] = []
    for plan in plans {
      do throws(ReviewStoreError) {
        try folder.save(plan.interview, slug: plan.slug)
      } catch {
        let done =
          written.isEmpty ? "nothing was imported" : "imported so far: " + written.joined(separator: ", ")
        throw .failure("\(error.description)\n\(done); the other interview files are unchanged")
      }
      written.append(TerminalText.visible(plan.interview.name))
      plan.lock.release()
    }
    let answers = interviewees.reduce(0) { $0 + $1.answers.count }
    let newCount = plans.filter(\.isNew).count
    context.standardOutput.line(
      "Imported \(answers) \(answers == 1 ? "answer" : "answers") for \(plans.count) "
        + "\(plans.count == 1 ? "interviewee" : "interviewees") (\(newCount) new): \(written.joined(separator: ", "))."
    )
    return .success
  }

  /// The bytes of a CSV file, or of standard input for `-`; CSV files up to 64 MB are read.
  static func readSheet(_ file: String, context: CommandContext) throws(CommandError) -> [UInt8] {
    if file == "-" { return context.readStandardInput() }
    let limit = 64 * 1024 * 1024
    let size: Int
    do throws(FileSystemError) {
      size = try context.fileSystem.fileSize(at: file)
    } catch {
      throw .failure("\(file): cannot read the file: \(error.reason)")
    }
    guard size <= limit else {
      throw .failure("\(file): the file is \(size) bytes; CSV files over 64 MB are refused")
    }
    do throws(FileSystemError) {
      return try context.fileSystem.readFile(at: file)
    } catch {
      throw .failure("\(file): cannot read the file: \(error.reason)")
    }
  }
}
