import Foundation
import MarkdownReport
import RubricEngine
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("The client report")
struct ClientReportTests {
  static func content(_ attribution: Attribution = .roles, extra: [Interview] = []) throws -> ReportContent {
    ReportContent.scored(
      review: try ExampleReviewFiles.review(), rubric: try Fixtures.standardRubric(),
      interviews: try ExampleReviewFiles.interviews() + extra, attribution: attribution)
  }

  static func markdown(_ content: ReportContent) -> String {
    ClientReport(content: content, date: "2026-10-20", chartFile: "report-lenses.svg").markdown()
  }

  @Test("sections come in the promised order, after the pandoc metadata")
  func order() throws {
    let text = Self.markdown(try Self.content())
    let headings = [
      "---\ntitle: 'Decision Integrity Review: ClaimsNext'\nsubtitle: 'Northwind Mutual'\nauthor:\n  - 'Alex Morgan'",
      "# Executive summary", "**Verdict: Not ready to commit.**", "## Most severe findings",
      "## What must become true before the commitment", "# Scorecard",
      "![Lens scores on the 0-4 scale](report-lenses.svg)",
      "# Findings by lens", "## 1. Outcome clarity (the gate)", "## 7. Governance readiness",
      "# Outcome statements as given", "# Appendix", "## Method", "## Interviews held", "## Coverage",
    ]
    var position = text.startIndex
    for heading in headings {
      let range = try #require(
        text.range(of: heading, range: position..<text.endIndex), "missing or out of order: \(heading)")
      position = range.upperBound
    }
    #expect(text.contains("date: '2026-10-20'\nlang: en-GB\n---"))
  }

  @Test(
    "the most severe findings lead with the outcome: no measurable statement, no single owner, then critical questions"
  )
  func headlines() throws {
    let headlines = try Self.content().headlines
    #expect((3...5).contains(headlines.count))
    #expect(
      headlines.map(\.title).prefix(2) == [
        "No stakeholder stated a measurable outcome", "No single accountable owner",
      ])
    #expect(headlines.dropFirst(2).allSatisfy { $0.detail.hasPrefix("A critical question") })
  }

  @Test("by role, a lone role's quote is not attributed (said once in the method); a role held by two shows")
  func rolesAttribution() throws {
    let alone = Self.markdown(try Self.content())
    #expect(!alone.contains("> — a stakeholder") && !alone.contains("(a stakeholder)"))
    #expect(alone.components(separatedBy: "are not attributed where the only attribution").count == 2)
    #expect(!alone.contains("> — Finance partner"))
    #expect(!alone.contains("Elena"))
    var second = Interview(
      name: "Omar Haddad", role: "finance", started: "2026-10-15T09:00:00Z", updated: "2026-10-15T09:00:00Z")
    second.answers["rc-overrun-bearer"] = .scored(
      0, evidence: "Change requests will eat the fixed price.", at: "t")
    let shared = Self.markdown(try Self.content(extra: [second]))
    #expect(shared.contains("> Change requests will eat the fixed price.\n>\n> — Finance partner"))
    #expect(!shared.contains("Omar"))
  }

  @Test("anonymous attributes nothing; names shows names")
  func otherAttributions() throws {
    let anonymous = Self.markdown(try Self.content(.anonymous))
    #expect(!anonymous.contains("> — "))
    #expect(!anonymous.contains("a stakeholder"))
    #expect(anonymous.contains("| Statement | Check | Missing |"))
    let named = Self.markdown(try Self.content(.names))
    #expect(named.contains("> — Elena Novak, Finance partner"))
    #expect(named.contains("| Name | Role | Date |"))
  }

  @Test("the reviewers' adjustment shows both ratings and the reason")
  func adjustment() throws {
    let text = Self.markdown(try Self.content())
    #expect(text.contains("| Decision basis integrity | 1.9 | At risk\\* |"))
    #expect(
      text.contains(
        "\\* Adjusted by the reviewers (the reasons are under each lens): Decision basis integrity: at risk, "
          + "computed unsound."))
    #expect(
      text.contains(
        "The reviewers adjusted the rating on 2026-10-20 from unsound (computed) to at risk: The problem is well evidenced"
      ))
  }

  @Test(
    "the interviews in any order give the same bytes (the byte-identical run across processes is end to end)")
  func deterministic() throws {
    let review = try ExampleReviewFiles.review()
    let rubric = try Fixtures.standardRubric()
    let interviews = try ExampleReviewFiles.interviews()
    let first = ReportContent.scored(
      review: review, rubric: rubric, interviews: interviews, attribution: .roles)
    let markdown = Self.markdown(first)
    let svg = LensChart.svg(first.scorecard, rubric: rubric)
    var generator = SeededGenerator(seed: 12)
    for round in 0..<8 {
      let order = round == 0 ? interviews.reversed() : interviews.shuffled(using: &generator)
      let content = ReportContent.scored(
        review: review, rubric: rubric, interviews: order, attribution: .roles)
      #expect(Self.markdown(content) == markdown, "order \(order.map(\.name))")
      #expect(LensChart.svg(content.scorecard, rubric: rubric) == svg, "order \(order.map(\.name))")
    }
  }

  @Test("the chart is XML with a title and description, one point per lens, every label inside the picture")
  func chart() throws {
    let svg = LensChart.svg(try Self.content().scorecard, rubric: try Fixtures.standardRubric())
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
    #expect(svg.contains(#"<title id="chart-title">Lens scores on the 0 to 4 scale</title>"#))
    #expect(
      svg.contains(
        "<desc id=\"chart-desc\">Outcome clarity: 1.3, unsound; Decision basis integrity: 1.9, at risk;"))
    #expect(svg.components(separatedBy: "<circle ").count - 1 == 7)
    for match in svg.matches(of: /x="(-?[0-9.]+)" y="(-?[0-9.]+)"/) {
      let x = Double(match.1) ?? -1
      let y = Double(match.2) ?? -1
      #expect((0...760).contains(x) && (0...600).contains(y), "a label at \(x), \(y) is outside the picture")
    }
  }

  @Test("hostile text in every field is escaped: nothing a person wrote opens HTML, a link or an image")
  func hostile() throws {
    let evil =
      "<img src=x onerror=alert(1)> [click](http://evil.example) ![i](x.png) *b* `c` | # &lt; @cite $m$"
    var review = try ExampleReviewFiles.review()
    review.client = evil
    review.program = evil
    review.decision = evil
    review.consultants = [evil]
    review.adjustments[0].reason = evil
    var interviews = try ExampleReviewFiles.interviews()
    for index in interviews.indices {
      interviews[index].name = evil + " \(index)"
      for (question, answer) in interviews[index].answers where answer.text != nil {
        interviews[index].answers[question]?.text = evil + "\nsecond line: 1. not a list"
      }
    }
    for attribution in Attribution.allCases {
      let content = ReportContent.scored(
        review: review, rubric: try Fixtures.standardRubric(), interviews: interviews,
        attribution: attribution)
      let text = ClientReport(content: content, date: "2026-10-20", chartFile: "report-lenses.svg").markdown()
      for whole in text.split(separator: "\n")
      where whole != "![Lens scores on the 0-4 scale](report-lenses.svg)" {
        // A quotation's own `>` markers are Markdown; everything after them is what a person wrote.
        let line = whole.replacing(/^(> ?)+/, with: "")
        #expect(!line.contains(/(^|[^\\])[<>]/), "unescaped angle bracket: \(whole)")
        #expect(!line.contains(/(^|[^\\])\]\(/), "a link or image: \(whole)")
      }
      let json = String(
        decoding: try DataFileEncoder.encode(ReportJSON(content: content, date: "2026-10-20")), as: UTF8.self)
      #expect(json.contains("onerror"))
    }
  }
}
