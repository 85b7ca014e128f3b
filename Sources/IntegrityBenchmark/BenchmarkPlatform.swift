import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A finished child process: its wall time, peak memory and processor time.
struct ProcessFigures {
  /// Milliseconds from start to exit.
  var elapsed: Double
  /// Peak resident memory in kilobytes.
  var peakKilobytes: Int
  /// Milliseconds of processor time spent in its own code (user time: neither waiting for the disk nor the
  /// kernel's work for it, which both swing with other processes' use of the disk).
  var user: Double
}

/// The benchmark's every call to the operating system.
enum BenchmarkPlatform {
  static func processID() -> Int32 { getpid() }

  /// Runs a program with its standard output discarded, and measures it; a run that fails measured nothing.
  static func run(_ path: String, _ arguments: [String]) throws -> ProcessFigures {
    var pid: pid_t = 0
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
      throw BenchmarkFailure("cannot start \(path)")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    guard status == 0 else {
      throw BenchmarkFailure("\(path) \(arguments.first ?? "") exited with status \(status)")
    }
    let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
    return ProcessFigures(elapsed: elapsed, peakKilobytes: Int(usage.ru_maxrss), user: user)
  }
}

/// Why a measurement could not be made.
struct BenchmarkFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
