/// The shell completion scripts of `integrity completions`, made from the command table: the commands and
/// subcommands, each command's options, the values of options with a fixed set of them, and the words
/// read from the review folder on the line (roles, lens ids, interviewee names) through the hidden
/// `integrity __complete`, which only reads.
public enum CompletionScript {
  /// A shell a script is made for.
  public enum Shell: String, CaseIterable, Sendable {
    case bash, zsh, fish
  }

  /// The script for `shell`, completing `commands` (hidden ones are left out).
  public static func script(for shell: Shell, commands: [Command]) -> String {
    let visible = commands.filter { !$0.hidden }
    switch shell {
    case .bash: return bash(visible, forZsh: false)
    case .zsh: return bash(visible, forZsh: true)
    case .fish: return fish(visible)
    }
  }

  /// The words `__complete` is asked for, by what a value is.
  static func dynamicWords(_ kind: ValueKind) -> String? {
    switch kind {
    case .role: return "roles"
    case .lens: return "lenses"
    case .interviewee: return "interviewees"
    default: return nil
    }
  }

  /// The first words of the commands, in the order of the help, each once.
  static func firstWords(_ commands: [Command]) -> [String] {
    var words: [String] = []
    for command in commands {
      let first = String(command.name.split(separator: " ")[0])
      if !words.contains(first) { words.append(first) }
    }
    return words
  }

  /// The groups of two-word commands and their second words.
  static func groups(_ commands: [Command]) -> [(group: String, subcommands: [String])] {
    var result: [(group: String, subcommands: [String])] = []
    for command in commands {
      let words = command.name.split(separator: " ").map(String.init)
      guard words.count == 2 else { continue }
      if let index = result.firstIndex(where: { $0.group == words[0] }) {
        result[index].subcommands.append(words[1])
      } else {
        result.append((words[0], [words[1]]))
      }
    }
    return result
  }

  /// The option's forms on the command line: `--name`, and `-n` when it has one.
  static func forms(_ option: CommandOption) -> [String] {
    ["--" + option.name] + (option.short.map { ["-" + String($0)] } ?? [])
  }

  // MARK: - bash and zsh

  /// Words for bash's `compgen -W` under `IFS=$'\n'`, as one `$'...'` string.
  static func bashWords(_ words: [String]) -> String {
    "$'"
      + words.map {
        $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
      }
      .joined(separator: "\\n") + "'"
  }

  /// The bash lines that fill `COMPREPLY` with the values of `kind`.
  static func bashReply(_ kind: ValueKind, commands: [Command]) -> String {
    switch kind {
    case .choices(let words): return "COMPREPLY=($(compgen -W \(bashWords(words)) -- \"$cur\"))"
    case .command: return "COMPREPLY=($(compgen -W \(bashWords(firstWords(commands))) -- \"$cur\"))"
    case .role, .lens, .interviewee:
      return "_integrity_reply \(dynamicWords(kind) ?? "") \"$dir\" \"$cur\""
    case .file: return "_integrity_files -f"
    case .directory: return "_integrity_files -d"
    case .text, .date: return ":"
    }
  }

  static func bash(_ commands: [Command], forZsh: Bool) -> String {
    var lines: [String] = []
    if forZsh {
      lines += [
        "# zsh completion for integrity, made by 'integrity completions zsh' from its command table.",
        "# It uses zsh's support for bash completions; source it from ~/.zshrc after compinit.",
        "autoload -U +X bashcompinit && bashcompinit",
      ]
    } else {
      lines += [
        "# bash completion for integrity, made by 'integrity completions bash' from its command table."
      ]
    }
    lines += [
      "# Roles, lens ids and interviewee names come from the review folder on the line, read by",
      "# 'integrity __complete', which never writes.",
      "",
      "# Fills COMPREPLY with the words of $1 (roles, lenses, interviewees) in the review folder $2 that",
      "# start with $3, quoted for the shell.",
      "_integrity_reply() {",
      "  local IFS=$'\\n' word so_far=\"${3//\\\\ / }\"",
      "  so_far=\"${so_far#[\\\"\\']}\"",
      "  COMPREPLY=()",
      "  for word in $(command integrity __complete \"$1\" \"$2\" 2>/dev/null); do",
      "    [[ \"$word\" == \"$so_far\"* ]] && COMPREPLY+=(\"$(printf '%q' \"$word\")\")",
      "  done",
      "}",
      "",
      "# Fills COMPREPLY with files (-f) or folders (-d) starting with the current word.",
      "_integrity_files() {",
      "  local IFS=$'\\n'",
      "  COMPREPLY=($(compgen \"$1\" -- \"$cur\"))",
      "  type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null",
      "  return 0",
      "}",
      "",
      "_integrity_complete() {",
      "  local IFS=$'\\n' cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" command start=2 dir=\"\" count=0 i word",
      "  local valued=\"\" options=\"\"",
      "  COMPREPLY=()",
      "  (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"",
      "  if (( COMP_CWORD == 1 )); then",
      "    COMPREPLY=($(compgen -W \(bashWords(firstWords(commands) + ["--help", "--version"])) -- \"$cur\"))",
      "    return 0",
      "  fi",
      "  command=\"${COMP_WORDS[1]}\"",
      "  case \"$command\" in",
    ]
    for (group, subcommands) in groups(commands) {
      lines += [
        "    \(group))",
        "      if (( COMP_CWORD == 2 )); then",
        "        COMPREPLY=($(compgen -W \(bashWords(subcommands + ["--help"])) -- \"$cur\"))",
        "        return 0",
        "      fi",
        "      command=\"$command ${COMP_WORDS[2]}\"",
        "      start=3",
        "      ;;",
      ]
    }
    lines += ["  esac", "  case \"$command\" in"]
    for command in commands {
      let options = command.options + [Command.helpOption]
      let valued = command.options.filter { !$0.isFlag }.flatMap(forms)
      lines += [
        "    \"\(command.name)\")",
        "      valued=\(bashWords(valued))",
        "      options=\(bashWords(options.flatMap(forms)))",
        "      ;;",
      ]
    }
    lines += [
      "    *) return 0 ;;",
      "  esac",
      "  # The words before the cursor that are neither options nor their values: the first is the",
      "  # review folder.",
      "  for (( i = start; i < COMP_CWORD; i++ )); do",
      "    word=\"${COMP_WORDS[i]}\"",
      "    if [[ \"$word\" == -?* ]]; then",
      "      [[ $'\\n'\"$valued\"$'\\n' == *$'\\n'\"$word\"$'\\n'* ]] && (( i++ ))",
      "      continue",
      "    fi",
      "    (( count == 0 )) && dir=\"${word/#\\~/$HOME}\"",
      "    (( count++ ))",
      "  done",
      "  case \"$command $prev\" in",
    ]
    for command in commands {
      for option in command.options where !option.isFlag {
        let patterns = forms(option).map { "\"\(command.name) \($0)\"" }.joined(separator: "|")
        lines.append("    \(patterns)) \(bashReply(option.value ?? .text, commands: commands)); return 0 ;;")
      }
    }
    lines += [
      "  esac",
      "  if [[ \"$cur\" == -* ]]; then",
      "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))",
      "    return 0",
      "  fi",
      "  case \"$command\" in",
    ]
    for command in commands where !command.arguments.isEmpty {
      lines.append("    \"\(command.name)\")")
      lines.append("      case \"$count\" in")
      for (index, argument) in command.arguments.enumerated() {
        let last = index == command.arguments.count - 1
        let pattern = last && argument.repeats ? "*" : String(index)
        lines.append("        \(pattern)) \(bashReply(argument.value, commands: commands)) ;;")
      }
      lines += ["      esac", "      ;;"]
    }
    lines += [
      "  esac",
      "  return 0",
      "}",
      "complete -F _integrity_complete integrity",
      "",
    ]
    return lines.joined(separator: "\n")
  }

  // MARK: - fish

  /// `text` as a fish single-quoted string.
  static func fishQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
  }

  /// The first sentence or clause of a help text, short enough for fish's descriptions.
  static func shortHelp(_ text: String) -> String {
    let clause = text.split(separator: ";", maxSplits: 1).first.map(String.init) ?? text
    return clause.count <= 60 ? clause : String(clause.prefix(57)) + "..."
  }

  /// The `complete` arguments that offer the values of `kind`.
  static func fishValues(_ kind: ValueKind, commands: [Command]) -> String {
    switch kind {
    case .choices(let words): return "-x -a " + fishQuoted(words.joined(separator: " "))
    case .command: return "-x -a " + fishQuoted(firstWords(commands).joined(separator: " "))
    case .role, .lens, .interviewee:
      return "-x -a "
        + fishQuoted(
          "(command integrity __complete \(dynamicWords(kind) ?? "") (__integrity_dir) 2>/dev/null)")
    case .file, .directory: return "-r -F"
    case .text, .date: return "-x"
    }
  }

  static func fish(_ commands: [Command]) -> String {
    let groupList = groups(commands)
    let valued = Array(Set(commands.flatMap { $0.options.filter { !$0.isFlag }.flatMap(forms) })).sorted()
    var lines: [String] = [
      "# fish completion for integrity, made by 'integrity completions fish' from its command table.",
      "# Roles, lens ids and interviewee names come from the review folder on the line, read by",
      "# 'integrity __complete', which never writes.",
      "",
      "# The command on the line so far: one word, or two for a group such as rubric.",
      "function __integrity_command",
      "    set -l words (commandline -opc)",
      "    test (count $words) -ge 2; or return 1",
      "    switch $words[2]",
    ]
    for (group, _) in groupList {
      lines += [
        "        case \(fishQuoted(group))",
        "            test (count $words) -ge 3; and echo \"$words[2] $words[3]\"; and return 0",
      ]
    }
    lines += [
      "    end",
      "    echo $words[2]",
      "end",
      "",
      "# The review folder: the first word after the command that is neither an option nor its value.",
      "function __integrity_dir",
      "    set -l words (commandline -opc)",
      "    set -l valued \(valued.map(fishQuoted).joined(separator: " "))",
      "    set -l start 3",
      "    contains -- (__integrity_command) \(commands.filter { $0.name.contains(" ") }.map { fishQuoted($0.name) }.joined(separator: " ")); and set start 4",
      "    set -l skip 0",
      "    for word in $words[$start..-1]",
      "        if test $skip -eq 1",
      "            set skip 0",
      "        else if string match -q -- '-?*' $word",
      "            contains -- $word $valued; and set skip 1",
      "        else",
      "            echo $word",
      "            return 0",
      "        end",
      "    end",
      "    echo .",
      "end",
      "",
      "function __integrity_is",
      "    set -l command (__integrity_command)",
      "    test \"$command\" = \"$argv\"",
      "end",
      "",
      "complete -c integrity -f",
      "complete -c integrity -n 'test (count (commandline -opc)) -eq 1' -l help -s h -d 'Show the help'",
      "complete -c integrity -n 'test (count (commandline -opc)) -eq 1' -l version -d 'Print the version'",
    ]
    var seen: [String] = []
    for command in commands {
      let first = String(command.name.split(separator: " ")[0])
      guard !seen.contains(first) else { continue }
      seen.append(first)
      let summary = command.name.contains(" ") ? "Commands under \(first)" : command.summary
      lines.append(
        "complete -c integrity -n 'test (count (commandline -opc)) -eq 1' -a \(fishQuoted(first)) -d "
          + fishQuoted(shortHelp(summary)))
    }
    for (group, subcommands) in groupList {
      for name in subcommands {
        let summary = commands.first { $0.name == group + " " + name }?.summary ?? ""
        lines.append(
          "complete -c integrity -n \(fishQuoted("__integrity_is \(group)")) -a \(fishQuoted(name)) -d "
            + fishQuoted(shortHelp(summary)))
      }
    }
    for command in commands {
      let condition = "-n " + fishQuoted("__integrity_is \(command.name)")
      for option in command.options + [Command.helpOption] {
        var line = "complete -c integrity \(condition) -l \(option.name)"
        if let short = option.short { line += " -s \(short)" }
        if let value = option.value { line += " " + fishValues(value, commands: commands) }
        line += " -d " + fishQuoted(shortHelp(option.help))
        lines.append(line)
      }
      if let argument = command.arguments.first {
        switch argument.value {
        case .text, .date: break
        case .file, .directory: lines.append("complete -c integrity \(condition) -F")
        default:
          lines.append("complete -c integrity \(condition) \(fishValues(argument.value, commands: commands))")
        }
      }
    }
    lines.append("")
    return lines.joined(separator: "\n")
  }
}
