import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A program run as a shell with job control runs it from a terminal: bash, the session leader with the
/// pseudo-terminal as its controlling terminal (`setsid --ctty`), starts the program as a job in a process
/// group of its own and gives it the terminal. When the job stops, bash says "[job stopped]" and waits for a
/// line, then continues it with `fg`, as a person at a shell does. Only so are a stopped job and a process
/// reading the terminal from the background what they are in a real terminal.
final class JobControlShell {
  let live: LiveProcess

  static let script = """
    set -m
    "$@"
    status=$?
    while [ "$status" -eq 148 ]; do
      echo "[job stopped]"
      read -r _
      fg >/dev/null
      status=$?
    done
    exit "$status"
    """

  init(_ executable: URL, _ arguments: [String], environment: [String: String], columns: UInt16 = 80) throws {
    live = try LiveProcess(
      URL(fileURLWithPath: "/usr/bin/setsid"),
      ["--ctty", "--wait", "/bin/bash", "-c", Self.script, "bash", executable.path] + arguments,
      connection: .pseudoTerminal(columns: columns), environment: environment)
  }

  deinit {
    // A test that failed half way leaves the shell's job running: it ends with the test.
    for pid in processes(named: nil).reversed() { kill(pid, SIGKILL) }
  }

  /// The processes below the shell whose command name is `name` (any when `nil`), nearest first.
  func processes(named name: String?) -> [pid_t] {
    var found: [pid_t] = []
    var queue = [live.process.processIdentifier]
    while !queue.isEmpty {
      let pid = queue.removeFirst()
      let children =
        (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
      for child in children.split(separator: " ").compactMap({ pid_t($0) }) {
        queue.append(child)
        let command = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
        if name == nil || command.trimmingCharacters(in: .whitespacesAndNewlines) == name {
          found.append(child)
        }
      }
    }
    return found
  }

  /// The state letter of `pid` in `/proc/PID/stat` (`T` stopped, `S` sleeping, `R` running).
  static func state(of pid: pid_t) -> Character? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    return stat[close...].dropFirst(2).first
  }

  /// Waits until `pid` runs again after a stop (any state but stopped, `T`, or traced, `t`: sleeping on its
  /// editor or running, whichever the scheduler shows); the state it was last seen in.
  static func waitToResume(_ pid: pid_t, timeout: TimeInterval = 20) -> Character? {
    let deadline = Date().addingTimeInterval(timeout)
    var seen = state(of: pid)
    while Date() < deadline {
      seen = state(of: pid)
      if let seen, seen != "T", seen != "t" { return seen }
      usleep(5_000)
    }
    return seen
  }

  /// Answers the shell's prompt to continue the stopped job (its `fg`), and waits for `pid` to run again.
  /// A line typed while bash takes the terminal back can be discarded with the terminal's pending input;
  /// the line is typed again only while bash is still blocked reading the terminal (so a line never goes
  /// to the job once bash has read its own), and never after the shell stopped the job twice. Returns the
  /// state `pid` reached.
  func continueJob(_ pid: pid_t, attempts: Int = 5) -> Character? {
    let stops = live.output.components(separatedBy: "[job stopped]").count - 1
    let shell = processes(named: "bash").first
    var state: Character?
    for _ in 0..<attempts {
      live.send("\n")
      state = Self.waitToResume(pid, timeout: 6)
      if let state, state != "T", state != "t" { return state }
      // A second stop would be a bug of the interview, not a lost line: never typed over.
      if live.output.components(separatedBy: "[job stopped]").count - 1 > stops { return state }
      guard let shell, Self.readsTerminal(shell) else { return Self.waitToResume(pid, timeout: 20) }
    }
    return state
  }

  /// Whether `pid` is blocked reading a terminal (`wait_woken` or `n_tty_read` in `/proc/PID/wchan`).
  static func readsTerminal(_ pid: pid_t) -> Bool {
    let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? ""
    return wchan == "wait_woken" || wchan == "n_tty_read"
  }

  /// Waits until `pid` is in `state`; whether it got there within the timeout.
  static func wait(_ pid: pid_t, toBe state: Character, timeout: TimeInterval = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if Self.state(of: pid) == state { return true }
      usleep(5_000)
    }
    return false
  }
}
