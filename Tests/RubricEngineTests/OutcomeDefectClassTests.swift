import RubricEngine
import Testing

/// The defect classes of issue 13, each by several phrasings of its own (none from the corpora): the
/// verdict, and the words that decide it.
@Suite("Outcome checker: the defect classes of issue 13")
struct OutcomeDefectClassTests {
  static let checker = OutcomeChecker()

  @Test(
    "counts of what the team produces are outputs; what customers report is not",
    arguments: [
      ("Lift sprint velocity to 50 points by the end of Q3", OutcomeVerdict.output),
      ("Close 1,200 service-desk tickets in the first quarter", OutcomeVerdict.output),
      ("Ship 25 new features to the mobile app this year", OutcomeVerdict.output),
      ("Raise code coverage from 60% to 90% by June", OutcomeVerdict.output),
      ("Grow the number of APIs in the catalogue from 12 to 60", OutcomeVerdict.output),
      ("Deploy to production 20 times a week by the end of 2026", OutcomeVerdict.output),
      ("300 branch staff trained on the new lending tool by May", OutcomeVerdict.output),
      ("Deliver 45 training workshops for store managers by autumn", OutcomeVerdict.output),
      ("Publish 12 policy reports on the intranet by Q4", OutcomeVerdict.output),
      ("Customer-reported defects fall from 30 a month to 5 by March", OutcomeVerdict.measurable),
      ("Support tickets raised by customers drop by 40% by the end of the year", OutcomeVerdict.measurable),
    ])
  func outputVolume(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test(
    "a bare top-line total is vague; a named stream, a pool or a baseline makes it measurable",
    arguments: [
      ("Grow revenue by 20% next year", OutcomeVerdict.vague),
      ("Unlock $150m in synergies by 2028", OutcomeVerdict.vague),
      ("Increase EBITDA by £12m", OutcomeVerdict.vague),
      ("Take 3 points of market share from competitors", OutcomeVerdict.vague),
      ("Cut operating expenditure by 10%", OutcomeVerdict.vague),
      ("Reduce cost per claim handled from £85 to £60 by 2027", OutcomeVerdict.measurable),
      ("Grow subscription revenue from small businesses from £4m to £7m by FY28", OutcomeVerdict.measurable),
      ("Cut cloud hosting spend by 20% by Q2 without slowing page loads", OutcomeVerdict.measurable),
    ])
  func undefinedTotal(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test(
    "customer-state outcomes in any form: can, rather than, verbless from-to, thresholds, passives",
    arguments: [
      (
        "Borrowers can sign their mortgage offer online in ten minutes instead of a week of posting forms",
        OutcomeVerdict.measurable
      ),
      ("Patients get test results within 2 days rather than 9 by the autumn", OutcomeVerdict.measurable),
      ("Loan approvals: from 12 days to 2 by next March", OutcomeVerdict.measurable),
      (
        "Parcels are delivered on the first attempt for 9 out of 10 customers by Q4",
        OutcomeVerdict.measurable
      ),
      (
        "Callers reach a person in under a minute for 8 in 10 calls by December (today 4 minutes)",
        OutcomeVerdict.measurable
      ),
      ("Tenants feel listened to when they report a repair", OutcomeVerdict.vague),
    ])
  func customerState(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test(
    "OKR labels are dropped; $1.2B, £1.2bn, 1.2 million and 71.5% are read whole",
    arguments: [
      ("KR2: Cut average handling time from 9 minutes to 6 by Q1", OutcomeVerdict.measurable),
      ("O1 - Grow weekly active users from 1.2 million to 2 million by 2027", OutcomeVerdict.measurable),
      ("Objective 3: raise online renewals from 35% to 60% by September", OutcomeVerdict.measurable),
      ("Key result: cut card fraud losses from £1.2bn to £900m by FY27", OutcomeVerdict.measurable),
      ("KR4: Grow revenue to $1.5B", OutcomeVerdict.vague),
      ("KR1 - Launch the partner portal by March", OutcomeVerdict.output),
      ("Raise first-time fix rate from 71.5% to 85% by Q3", OutcomeVerdict.measurable),
    ])
  func labelsAndNumbers(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test(
    "compound nouns name no one; business-level measures are not asked who changes",
    arguments: [
      (
        "Mean time to restore payment services falls from 4 hours to 30 minutes by Q2",
        OutcomeVerdict.measurable
      ),
      ("Roll out the customer data platform to all business units by June", OutcomeVerdict.output),
    ])
  func wording(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test(
    "a hypothesis is judged on its measure: a count shipped is an output",
    arguments: [
      (
        "We believe that if we send reminder texts, then patients will miss fewer appointments, measured by the no-show rate falling from 12% to 8% within 3 months. We will know we are wrong if no-shows stay above 11%.",
        OutcomeVerdict.measurable
      ),
      (
        "We believe that if we add two squads, then we will deliver 15 more features per quarter, measured by features released.",
        OutcomeVerdict.output
      ),
    ])
  func hypothesis(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test(
    "a new product given to people is an output",
    arguments: [
      ("Members will have a new self-service app by April", OutcomeVerdict.output)
    ])
  func newProduct(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test(
    "parity, compliance and certification work is output-driven",
    arguments: [
      ("Achieve SOC 2 Type II certification by Q3", OutcomeVerdict.output),
      ("Reach feature parity with the legacy desktop app by year end", OutcomeVerdict.output),
      ("Secure FCA authorisation for the new lending entity by March", OutcomeVerdict.output),
      ("Renew the site's operating licence before it lapses in June", OutcomeVerdict.output),
      ("ISO 13485 registration for the device by Q2", OutcomeVerdict.output),
      // A grant the customer holds or waits for is their business, not the team's deliverable.
      (
        "Small firms get their export licence in 5 days instead of 30 by the end of 2027",
        OutcomeVerdict.measurable
      ),
      ("Help tenants with their registration", OutcomeVerdict.vague),
    ])
  func parity(statement: String, verdict: OutcomeVerdict) {
    let assessment = Self.checker.check(statement)
    #expect(assessment.verdict == verdict, "\(statement): \(assessment.reasons)")
  }

  @Test("the elements behind the verdicts: output measure, undefined total, falsifier, labels, who")
  func elements() {
    let velocity = Self.checker.check("Lift sprint velocity to 50 points by the end of Q3")
    #expect(velocity.words(for: .outputMeasure) == "velocity")
    #expect(velocity.reasons.first?.contains("\"velocity\" counts what the team produces or does") == true)
    let revenue = Self.checker.check("Grow revenue by 20% next year")
    #expect(revenue.words(for: .undefinedMeasure) == "revenue")
    #expect(revenue.reasons.first?.contains("which revenue, counted how") == true)
    let labelled = Self.checker.check("KR2: Cut average handling time from 9 minutes to 6 by Q1")
    #expect(labelled.statement == "KR2: Cut average handling time from 9 minutes to 6 by Q1")
    #expect(labelled.words(for: .change) == "Cut")
    let money = Self.checker.check("Key result: cut card fraud losses from £1.2bn to £900m by FY27")
    #expect(money.words(for: .baseline) == "from £1.2bn")
    let rate = Self.checker.check("Raise first-time fix rate from 71.5% to 85% by Q3")
    #expect(rate.words(for: .baseline) == "from 71.5%")
    let restore = Self.checker.check(
      "Mean time to restore payment services falls from 4 hours to 30 minutes by Q2")
    #expect(restore.words(for: .metric) == "Mean time to restore payment services")
    #expect(!restore.missing.contains(.who))
    let portal = Self.checker.check("Roll out the customer data platform to all business units by June")
    #expect(portal.words(for: .who) == nil)
    let tested = Self.checker.check(
      "We believe that if we send reminder texts, then patients will miss fewer appointments, measured by the "
        + "no-show rate falling from 12% to 8% within 3 months. We will know we are wrong if no-shows stay "
        + "above 11%.")
    #expect(tested.words(for: .falsifier) == "We will know we are wrong if no-shows stay above 11%")
    let untested = Self.checker.check(
      "We believe that if we add two squads, then we will deliver 15 more features per quarter, measured by "
        + "features released.")
    #expect(untested.missing.contains(.falsifier))
    #expect(untested.reasons.contains("no falsifier: say what result would make you change course"))
    let stop = Self.checker.check(
      "If we pre-fill the form, renewals should rise from 30% to 45% by June; if they do not, we will stop.")
    #expect(stop.words(for: .falsifier) != nil)
  }

  @Test(
    "rewrites read aloud: the deliverable is the bet, the outcome is dated after it, stated parts are kept")
  func rewrites() {
    let output = Self.checker.check("Migrate 200 servers to the cloud by June.")
    #expect(
      output.rewrite
        == "We believe that if we migrate 200 servers to the cloud by June, then [which customers or users] "
        + "will [do or experience what differently], measured by [which measure] from [today's value] to "
        + "[target] [by when, after the work is done by June]. We will know we are wrong if [the result that "
        + "would make you change course].")
    let hypothesis = Self.checker.check(
      "We believe that if we rebuild the search page, then shoppers will find products faster, measured by "
        + "search exits. We will know we are wrong if exits do not fall.")
    #expect(
      hypothesis.rewrite?.hasPrefix(
        "We believe that if we rebuild the search page, then shoppers will find products faster, measured by search exits from [today's value]"
      ) == true)
    #expect(hypothesis.rewrite?.hasSuffix("We will know we are wrong if exits do not fall.") == true)
    let capitalised = Self.checker.check("Patients wait less for results")
    #expect(capitalised.rewrite?.contains("then patients will") == true)
    let parity = Self.checker.check(
      "Reach feature parity with the old intranet so that staff stop keeping both sites open")
    #expect(
      parity.rewrite?.hasPrefix(
        "We believe that if we reach feature parity with the old intranet, then staff will") == true)
    for statement in [
      "Launch the new booking app by June.", "Make claims handling world-class.",
      "Tenants will report repairs quicker rather than waiting on the phone for twenty minutes",
    ] {
      let rewrite = Self.checker.check(statement).rewrite ?? ""
      #expect(!rewrite.contains("from instead of") && !rewrite.contains("from rather than"), "\(rewrite)")
      #expect(!rewrite.contains("  ") && !rewrite.contains(",,") && !rewrite.contains(". ."), "\(rewrite)")
    }
  }
}
