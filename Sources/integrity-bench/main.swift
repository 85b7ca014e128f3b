import Foundation
import IntegrityBenchmark

exit(Benchmark.run(arguments: Array(CommandLine.arguments.dropFirst())))
