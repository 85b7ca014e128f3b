import Foundation

/// The floor each measurement stands beside: Python 3 doing the least the same job needs (reading the same
/// JSON files, parsing the same CSV file), as a process.
enum PythonFloor {
  /// Loads every JSON file of the review folder given as its argument: the review, the rubric snapshot and
  /// every interview.
  static let loadReview = """
    import json, os, sys
    folder = sys.argv[1]
    paths = [os.path.join(folder, 'review.json'), os.path.join(folder, 'rubric.json')]
    interviews = os.path.join(folder, 'interviews')
    paths += [os.path.join(interviews, name) for name in sorted(os.listdir(interviews)) if name.endswith('.json')]
    loaded = []
    for path in paths:
        with open(path, encoding='utf-8') as file:
            loaded.append(json.load(file))
    print(len(loaded))
    """

  /// Reads the CSV file given as its argument into a list of rows.
  static let parseSheet =
    "import csv,sys; f=open(sys.argv[1],newline='',encoding='utf-8'); print(len(list(csv.reader(f))))"

  /// The interpreter that `python3` on PATH runs: a version manager's shim is a shell script whose start-up
  /// is no part of the floor.
  static func interpreter() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let python3 = path.split(separator: ":").map({ $0 + "/python3" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { return nil }
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: python3)
    process.arguments = ["-c", "import sys; print(sys.executable)"]
    process.standardOutput = output
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let executable = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return process.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: executable)
      ? executable : nil
  }
}
