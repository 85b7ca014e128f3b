/// The words the outcome checker reads statements by. Kept in one place so that the rules stay
/// explainable: every verdict quotes which of these words decided it.
enum OutcomeVocabulary {
  /// Verbs that lead a deliverable: the team controls them completely.
  static let outputVerbs: Set<String> = [
    "launch", "launching", "migrate", "migrating", "implement", "implementing", "deliver", "delivering",
    "roll",
    "rolling", "go", "replace", "replacing", "build", "building", "complete", "completing", "integrate",
    "integrating", "ship", "shipping", "train", "training", "decommission", "upgrade", "upgrading", "deploy",
    "deploying", "stand", "select", "consolidate", "consolidating", "release", "releasing", "automate",
    "automating", "develop", "developing", "install", "installing", "modernise", "modernize", "modernising",
    "modernizing", "set", "introduce", "introducing", "move", "moving", "rebuild", "rebuilding", "redesign",
    "redesigning", "create", "creating", "establish", "establishing", "put", "procure", "buy", "sign",
    "adopt",
    "replatform", "re-platform", "digitise", "digitize", "centralise", "centralize", "outsource", "onboard",
    "hire", "recruit", "open", "refresh", "finish", "finalise", "finalize", "configure", "design", "publish",
    "roll-out", "rollout", "pilot", "convert", "retire", "transition", "stand-up", "provide", "offer", "add",
  ]

  /// Output verbs that lead a deliverable only with their particle ("put in place", "set up").
  static let phrasalParticles: [String: String] = ["put": "place", "set": "up", "stand": "up", "roll": "out"]

  /// Nouns and participles that name a deliverable being done ("live", "go-live", "migration").
  static let deliverableWords: Set<String> = [
    "live", "go-live", "golive", "rollout", "roll-out", "migration", "implementation", "launch", "launched",
    "release", "released", "delivered", "deployment", "deployed", "implemented", "installed", "upgrade",
  ]

  /// Verbs that state a change in a measure.
  static let changeVerbs: Set<String> = [
    "reduce", "reduces", "reducing", "reduced", "cut", "cuts", "cutting", "increase", "increases",
    "increasing",
    "increased", "raise", "raises", "raising", "raised", "improve", "improves", "improving", "improved",
    "halve", "halves", "halving", "halved", "double", "doubles", "doubling", "doubled", "triple", "triples",
    "tripling", "tripled", "quadruple", "lower", "lowers", "lowering", "lowered", "decrease", "decreases",
    "decreasing", "decreased", "grow", "grows", "growing", "grew", "shorten", "shortens", "shortening",
    "lift",
    "lifts", "lifting", "boost", "boosts", "boosting", "accelerate", "eliminate", "eliminates", "minimise",
    "minimize", "maximise", "maximize", "drop", "drops", "dropping", "fall", "falls", "falling", "rise",
    "rises",
    "rising", "save", "saves", "saving", "prevent", "prevents", "avoid", "bring", "brings", "speed", "shrink",
    "shrinks", "expand", "expands", "slash", "trim", "recover", "retain", "retains",
  ]

  /// Verbs that only count as a change when a number follows: they name reaching a target.
  static let targetVerbs: Set<String> = [
    "achieve", "achieves", "reach", "reaches", "hit", "attain", "maintain", "keep",
  ]

  /// Verbs of what people do; they state a change only with a measure and a number.
  static let behaviourVerbs: Set<String> = [
    "wait", "waits", "settle", "settled", "resolve", "resolved", "complete", "completes", "receive",
    "receives",
    "renew", "renews", "pay", "pays", "submit", "submits", "process", "processes", "spend", "spends",
  ]

  /// Words that multiply or divide a measure, and so carry their own target.
  static let multipliers: Set<String> = [
    "halve", "halves", "halving", "halved", "double", "doubles", "doubling", "doubled", "triple", "triples",
    "tripling", "tripled", "quadruple", "eliminate", "eliminates",
  ]

  /// Nouns naming a change in a measure ("a 30% reduction").
  static let changeNouns: Set<String> = [
    "reduction", "increase", "improvement", "growth", "savings", "decline", "uplift", "rise", "fall", "drop",
    "cut",
  ]

  /// Comparatives that state a change.
  static let comparatives: Set<String> = [
    "less", "more", "fewer", "faster", "quicker", "sooner", "lower", "higher", "cheaper", "shorter", "longer",
  ]

  /// Words for the measures outcomes are tracked by.
  static let metricWords: Set<String> = [
    "time", "times", "duration", "rate", "rates", "ratio", "share", "proportion", "percentage", "number",
    "count",
    "volume", "volumes", "cost", "costs", "spend", "revenue", "revenues", "sales", "margin", "margins",
    "profit",
    "income", "savings", "losses", "loss", "churn", "retention", "attrition", "nps", "csat", "satisfaction",
    "score", "conversion", "activation", "adoption", "usage", "complaints", "incidents", "errors", "defects",
    "failures", "outages", "downtime", "uptime", "availability", "latency", "throughput", "backlog", "queue",
    "queues", "wait", "waiting", "turnaround", "resolution", "readmissions", "abandonment", "renewals",
    "purchases", "departures", "deliveries", "dispatch", "tickets", "calls", "follow-ups", "fraud",
    "declines",
    "arrears", "occupancy", "utilisation", "utilization", "productivity", "yield", "emissions", "energy",
    "absence", "engagement", "visits", "bookings", "orders", "payouts", "payout", "sign-ups",
    "signups", "referrals", "returns", "refunds", "write-offs", "accuracy", "speed",
    "days", "hours", "minutes", "seconds", "weeks", "lead", "cycle",
  ]

  /// Units of time that measure how long something takes, as opposed to when it is due.
  static let durationUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days",
  ]

  /// Units of time that say when, as in "within 12 months".
  static let periodUnits: Set<String> = [
    "week", "weeks", "month", "months", "quarter", "quarters", "year", "years",
  ]

  /// Who can change: customers, users and business actors.
  static let actors: Set<String> = [
    "customer", "customers", "client", "clients", "user", "users", "patient", "patients", "member", "members",
    "citizen", "citizens", "passenger", "passengers", "shopper", "shoppers", "buyer", "buyers", "borrower",
    "borrowers", "applicant", "applicants", "policyholder", "policyholders", "claimant", "claimants",
    "student",
    "students", "learner", "learners", "merchant", "merchants", "seller", "sellers", "subscriber",
    "subscribers",
    "guest", "guests", "traveller", "travellers", "traveler", "travelers", "driver", "drivers", "agent",
    "agents",
    "staff", "employee", "employees", "clinician", "clinicians", "nurse", "nurses", "doctor", "doctors",
    "tenant",
    "tenants", "resident", "residents", "household", "households", "homeowner", "homeowners", "farmer",
    "farmers",
    "caller", "callers", "visitor", "visitors", "reader", "readers", "viewer", "viewers", "player", "players",
    "developer", "developers", "partner", "partners", "supplier", "suppliers", "business", "businesses",
    "smes",
    "sme", "retailer", "retailers", "taxpayer", "taxpayers", "cardholder", "cardholders", "investor",
    "investors",
    "people", "engineers", "workers", "teachers", "parents", "families", "owners", "advisers", "advisors",
    "small-business", "small-businesses", "account-holders", "shippers", "carriers", "dealers", "brokers",
  ]

  /// Words that judge rather than measure.
  static let judgementWords: Set<String> = [
    "world-class", "best-in-class", "seamless", "excellent", "excellence", "better", "easier", "delight",
    "love", "transform", "modern", "scalable", "efficient", "significantly", "customer-centric", "empower",
    "innovation", "innovative", "leading", "best", "great", "happier", "simpler", "smoother", "robust",
    "world-leading", "frictionless", "effortless", "optimal", "optimise", "optimize", "enhance", "enhanced",
  ]

  /// Words that introduce a guardrail when followed by what must not get worse.
  static let guardrailOpeners: [[String]] = [
    ["without"], ["while", "keeping"], ["while", "maintaining"], ["while", "holding"],
    ["while", "protecting"],
    ["while", "staying"], ["with", "no", "increase"], ["with", "no", "loss"], ["no", "worse", "than"],
    ["whilst", "keeping"], ["whilst", "maintaining"], ["and", "keep"], ["and", "maintain"],
  ]

  /// Comparators that put a bound on a measure ("under 10 minutes", "at least 95%").
  static let bounds: [[String]] = [
    ["no", "more", "than"], ["no", "less", "than"], ["no", "fewer", "than"], ["more", "than"],
    ["less", "than"],
    ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"], ["under"], ["below"], ["above"],
    ["over"],
    ["within"], ["beneath"], ["exceeding"],
  ]

  /// Months, seasons and other words that name a time.
  static let timeWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "q1",
    "q2",
    "q3", "q4", "h1", "h2", "summer", "winter", "spring", "autumn", "fall", "christmas", "year-end", "launch",
    "go-live", "peak", "end", "start", "close", "mid", "fy24", "fy25", "fy26", "fy27", "fy28",
    "fy29", "fy30",
  ]

  /// Number words up to the thousands.
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "half",
  ]

  /// Leading words that do not change what a statement is ("We will", "Our goal is to").
  static let leadIns: [[String]] = [
    ["outcome", ":"], ["goal", ":"], ["objective", ":"], ["our", "goal", "is", "to"],
    ["our", "aim", "is", "to"],
    ["the", "goal", "is", "to"], ["the", "aim", "is", "to"], ["the", "program", "will"],
    ["the", "programme", "will"], ["the", "project", "will"], ["we", "will"], ["we", "want", "to"],
    ["we", "need", "to"], ["we", "aim", "to"], ["we", "plan", "to"], ["we", "must"], ["to"], ["successfully"],
    ["fully"],
  ]
}
