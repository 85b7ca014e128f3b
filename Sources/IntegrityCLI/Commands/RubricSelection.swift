import ReviewStore
import RubricEngine
import RubricResources

/// Which rubric a command uses: a file named on the command line, or the standard rubric shipped with the
/// workbench.
struct RubricSelection {
  /// The path given with `--rubric` or as an argument; `nil` for the standard rubric.
  var explicitPath: String?

  /// Reads and checks the selected rubric.
  /// - Throws: `CommandError.failure` with every problem, one per line, when the rubric is not usable.
  func load(in context: CommandContext) throws(CommandError) -> Rubric {
    let path: String
    if let explicitPath {
      path = explicitPath
    } else if let standard = context.locateStandardRubric() {
      path = standard
    } else {
      throw .failure(
        "the standard rubric was not found beside the integrity binary (it looks for the folder "
          + "\(BundledRubric.bundleName).resources); reinstall as the README says, or name a rubric with --rubric PATH"
      )
    }
    do {
      return try Self.read(path, in: context)
    } catch {
      throw .failure(error.description)
    }
  }

  /// The name a rubric path has in messages: `<stdin>` for `-`.
  static func displayName(of path: String) -> String {
    path == "-" ? "<stdin>" : path
  }

  /// Reads and checks the rubric at `path`, where `-` means standard input.
  static func read(_ path: String, in context: CommandContext) throws(DataFileError) -> Rubric {
    if path == "-" {
      let limit = RubricDecoder.maximumFileSize
      guard let bytes = context.readStandardInput(limit: limit) else {
        throw .unreadable(
          file: displayName(of: path),
          reason: "standard input goes on past \(limit / 1024 / 1024) MB, and rubrics larger than that are "
            + "refused (is this the right input?)")
      }
      return try RubricDecoder().decode(bytes, file: displayName(of: path))
    }
    return try RubricFile.read(at: path, using: context.fileSystem)
  }
}
