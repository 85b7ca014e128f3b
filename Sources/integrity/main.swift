import Foundation
import IntegrityCLI

exit(CommandLineInterface.run(arguments: Array(CommandLine.arguments.dropFirst()), context: .live()).rawValue)
