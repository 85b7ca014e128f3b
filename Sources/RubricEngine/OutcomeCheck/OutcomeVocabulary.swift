/// The words the outcome checker reads statements by: every word list of the checker's phases, its
/// verdict, its rewrite, the tokenizer and the hypothesis form. Kept in one place so that the rules
/// stay explainable: every verdict quotes which of these words decided it, and changing what the
/// checker reads is changing a list here, never a literal inside a rule.
enum OutcomeVocabulary {
  // MARK: - Deliverables

  /// Verbs that lead a deliverable: the team controls them completely.
  static let outputVerbs: Set<String> = [
    "launch", "launching", "migrate", "migrating", "implement", "implementing", "deliver", "delivering",
    "roll", "rolling", "go", "replace", "replacing", "build", "building", "complete", "completing",
    "integrate", "integrating", "ship", "shipping", "train", "training", "decommission", "upgrade",
    "upgrading", "deploy", "deploying", "stand", "select", "consolidate", "consolidating", "release",
    "releasing", "automate", "automating", "develop", "developing", "install", "installing", "modernise",
    "modernize", "modernising", "modernizing", "set", "introduce", "introducing", "move", "moving",
    "rebuild", "rebuilding", "redesign", "redesigning", "create", "creating", "establish", "establishing",
    "put", "procure", "buy", "sign", "adopt", "replatform", "re-platform", "digitise", "digitize",
    "centralise", "centralize", "outsource", "onboard", "hire", "recruit", "open", "refresh", "finish",
    "finalise", "finalize", "configure", "design", "publish", "roll-out", "rollout", "pilot", "convert",
    "retire", "transition", "stand-up", "provide", "offer", "add", "produce", "write", "run", "hold",
    "break", "split", "swap", "match", "meet", "reorganise", "reorganize", "restructure", "merge",
  ]

  /// Output verbs that lead a deliverable only with their particle ("put in place", "set up").
  static let phrasalParticles: [String: String] = [
    "put": "place", "set": "up", "stand": "up", "roll": "out",
  ]

  /// Leading words that do not change what a statement is ("We will", "Our goal is to").
  static let leadIns: [[String]] = [
    ["outcome", ":"], ["goal", ":"], ["objective", ":"], ["our", "goal", "is", "to"],
    ["our", "aim", "is", "to"], ["the", "goal", "is", "to"], ["the", "aim", "is", "to"],
    ["the", "program", "will"], ["the", "programme", "will"], ["the", "project", "will"], ["we", "will"],
    ["we", "want", "to"], ["we", "need", "to"], ["we", "aim", "to"], ["we", "plan", "to"], ["we", "must"],
    ["to"], ["successfully"], ["fully"],
  ]

  /// Nouns and participles that name a deliverable being done ("live", "go-live", "migration").
  static let deliverableWords: Set<String> = [
    "live", "go-live", "golive", "rollout", "roll-out", "migration", "implementation", "launch", "launched",
    "available",
    "release", "released", "delivered", "deployment", "deployed", "implemented", "installed", "upgrade",
  ]

  /// Words that name parity, compliance or like-for-like work: a deliverable whatever change word comes
  /// with it (seed 004: such work may be output-driven, and is then judged on its bet).
  static let parityWords: Set<String> = [
    "parity", "compliance", "compliant", "certification", "certified", "accreditation", "accredited",
    "like-for-like", "equivalent", "re-certification", "recertification",
  ]

  /// What a regulator grants ("re-approval", "an operating licence"): compliance work when the team is to
  /// obtain it, but a customer's own business when they renew "their licence" or wait for "approval".
  static let grantWords: Set<String> = [
    "approval", "re-approval", "authorisation", "authorization", "licence", "license", "registration",
    "attestation", "re-registration", "relicensing",
  ]

  /// Verbs of the team obtaining a grant ("achieve re-approval", "secure the licence").
  static let grantVerbs: Set<String> = [
    "achieve", "obtain", "secure", "gain", "retain", "maintain", "keep", "pass", "win", "receive", "get",
    "earn", "regain", "complete", "renew", "extend",
  ]

  /// Words saying a grant is someone else's ("renew their licence"): the customer's business, not the team's.
  static let othersPossessives: Set<String> = ["their", "your", "his", "her", "customers'", "customer's"]

  /// How far before a grant word its obtaining verb, or the start of the statement, may stand.
  static let grantReach = 4

  /// Articles that may open a grant the team obtains ("the operating licence"), unlike "their licence".
  static let grantArticles: Set<String> = ["the", "a", "an", "our", "its"]

  /// Phrases that name like-for-like work.
  static let parityPhrases: [[String]] = [["like", "for", "like"]]

  /// The word that, before a product, makes it a deliverable ("the new booking app").
  static let productOpener = "new"

  /// Products that, after "new", name a deliverable ("the new booking app", "the new teller software").
  static let productNouns: Set<String> = [
    "app", "apps", "portal", "platform", "system", "software", "screen", "screens", "flow", "feature",
    "features", "site", "website", "tool", "tools", "intranet", "crm", "scanners", "kiosk", "kiosks",
    "dashboard", "module", "planner", "terminal", "terminals",
  ]

  /// Words that give people a new product rather than say what they do with it ("patients will have a new
  /// booking app", "able to use the new planner", "all branches running the new software").
  static let availabilityWords: Set<String> = [
    "have", "has", "get", "gets", "got", "see", "sees", "access", "able", "available", "running", "receive",
    "receives", "given", "offered", "on",
  ]

  /// Words that say what people do with a product, so that "new" before it is no deliverable ("customers
  /// will use the new app", "staff adopt the new expenses feature").
  static let productUseWords: Set<String> = ["use", "uses", "adopt", "adopts", "choose", "chooses", "prefer"]

  /// How many words before "new" the verb that gives or uses it may stand.
  static let productVerbReach = 5

  /// How many words may stand between "new" and its product ("the new self-service portal").
  static let productReach = 3

  // MARK: - Output measures

  /// Measures that count what the team does, whatever surrounds them: doing the work guarantees them
  /// (seed 001; seed 003 warns against "number of tickets closed").
  static let outputMeasurePhrases: [[String]] = [
    ["story", "points"], ["story", "point"], ["velocity"], ["test", "coverage"], ["code", "coverage"],
    ["sprint", "commitments"], ["sprint", "commitment"], ["epics"], ["user", "stories"],
    ["lines", "of", "code"], ["pull", "requests"], ["commits"], ["burn-down"], ["burndown"],
    ["defect", "backlog"], ["bug", "backlog"], ["tickets", "closed"], ["defects", "closed"],
    ["defects", "fixed"], ["bugs", "fixed"], ["tickets", "resolved"],
  ]

  /// Things the team produces, which are an output measure when counted ("40 microservices", "the number
  /// of releases", "releases per quarter", "services in production").
  static let countedOutputNouns: Set<String> = [
    "microservices", "services", "releases", "deployments", "deploys", "features", "tests", "documents",
    "articles", "screens", "filters", "apis", "endpoints", "dashboards", "workshops", "integrations",
    "modules", "pages", "sessions", "courses", "stories", "sprints", "squads", "reports", "apps",
    "components", "environments", "licences", "licenses", "servers", "workloads",
  ]

  /// Work items that are an output measure when the team's completing them is counted ("close 200
  /// defects", "95% of Jira tickets resolved").
  static let workItemNouns: Set<String> = ["tickets", "defects", "bugs", "issues", "tasks", "items"]

  /// Words before a work item that make it what customers raise, not what the team closes.
  static let demandModifiers: Set<String> = [
    "support", "customer", "customer-reported", "customer-raised", "reported", "raised", "complaint",
  ]

  /// Words that count what goes wrong with the work rather than how much of it is done ("failed
  /// deployments", "releases rolled back", "late deliveries").
  static let qualityModifiers: Set<String> = [
    "failed", "failing", "broken", "rolled", "rollback", "rollbacks", "late", "delayed", "escaped",
    "defective", "abandoned", "cancelled", "canceled", "reopened", "failure", "unplanned", "emergency",
  ]

  /// Verbs and participles of the team completing work ("close", "resolved", "in production").
  static let completionWords: Set<String> = [
    "close", "closes", "closed", "closing", "resolve", "resolved", "resolving", "fix", "fixed", "fixing",
    "complete", "completed", "clear", "cleared", "burn", "burned", "done", "ship", "shipped", "deliver",
    "delivered", "release", "released", "deploy", "deployed", "migrate", "migrated", "build", "built",
    "write", "written", "produce", "produced", "publish", "published", "launch", "launched", "automate",
    "automated", "production", "live",
  ]

  /// People whose being trained, certified or onboarded is an output ("500 staff trained").
  static let trainedPeople: Set<String> = [
    "staff", "colleagues", "employees", "people", "agents", "engineers", "teachers", "nurses", "managers",
    "developers", "advisers", "advisors", "officers", "workers", "clinicians",
  ]

  /// What is done to people in a training output.
  static let trainingWords: Set<String> = [
    "trained", "certified", "onboarded", "upskilled", "train", "certify", "onboard", "upskill",
  ]

  /// Words that count what follows ("the number of releases").
  static let countOpener: [String] = ["number", "of"]

  /// States after a produced thing that count it ("services in production").
  static let countedStates: [[String]] = [["in", "production"], ["in", "use"], ["live"]]

  /// The words that open the bet of a hypothesis ("if we X").
  static let betOpener: [String] = ["if", "we"]

  /// How far before a counted noun its number may stand ("40 new search filters").
  static let countReach = 3

  // MARK: - Top-line totals

  /// Business totals that, unqualified, leave open what is counted (seed 002: "increase revenue by $500M":
  /// order revenue or fulfilled sales? incremental? which channel?).
  static let aggregateNouns: Set<String> = [
    "revenue", "revenues", "sales", "profit", "profits", "cost", "costs", "savings", "synergies", "ebitda",
    "margin", "margins", "turnover", "income", "earnings", "opex", "capex",
  ]

  /// Results a verb like "deliver" may lead, which make the statement a goal, not a deliverable ("deliver
  /// sustainable growth", "drive value").
  static let resultNouns: Set<String> = ["growth", "value", "benefits", "outcomes", "results", "impact"]

  /// How far after such a verb its result may stand.
  static let resultObjectReach = 3

  /// Verbs that put a total to work ("realise £60m of savings", "add $2bn to the top line"): with an
  /// undefined total, the statement is a vague goal, not a deliverable.
  static let totalVerbs: Set<String> = [
    "realise", "realize", "generate", "unlock", "capture", "drive", "gain", "find", "identify", "deliver",
    "achieve", "add", "bank", "secure",
  ]

  /// Two-word totals ("the top line", "market share").
  static let aggregatePhrases: [[String]] = [["top", "line"], ["bottom", "line"], ["market", "share"]]

  /// Words before a total that do not say which part of it is counted ("operating costs", "total revenue").
  static let genericQualifiers: Set<String> = [
    "total", "overall", "annual", "annualised", "annualized", "operating", "operational", "running", "group",
    "company", "company-wide", "net", "gross", "our", "the", "its", "their", "incremental", "additional",
    "new", "top", "bottom", "line", "top-line", "bottom-line", "organic", "global", "business", "corporate",
    "underlying", "efficiency", "cost", "costs", "of", "in", "more", "extra", "further", "year-on-year",
    "yoy", "run-rate", "cash", "a", "an", "and", "profit", "savings", "sales", "revenue", "to", "into",
  ]

  /// Words after a total that, with a word after them, say which part is counted ("cost per claim",
  /// "revenue from self-serve customers", "spend on cloud hosting").
  static let qualifyingFollowers: Set<String> = ["per", "from", "on", "for", "among", "of", "with"]

  /// Measures at the business level, where no individual actor changes (seed 002): "who changes" is not
  /// asked of them.
  static let businessMeasureWords: Set<String> = [
    "spend", "cost", "costs", "revenue", "revenues", "margin", "margins", "ebitda", "profit", "uptime",
    "availability", "downtime", "latency", "mttr", "recover", "recovery", "emissions", "outstanding", "dso",
    "cost-to-serve", "utilisation", "utilization", "throughput", "write-offs", "outages", "arrears",
    "turnover", "income", "savings", "sales", "retention", "churn", "yield", "occupancy", "losses", "loss",
    "scrap", "waste", "mean", "mttd", "detect", "efficiency",
  ]

  /// A measure's name that holds a verb ("time to recover", "mean time to detect"): the verb is part of
  /// the measure, not the change.
  static let measureNameLeads: [[String]] = [["time", "to"]]

  /// Nouns after an actor word that make it part of a compound ("the patient record system", "the
  /// customer portal", "business units"), so that it names no one who changes.
  static let compoundHeads: Set<String> = [
    "system", "systems", "portal", "portals", "app", "apps", "application", "applications", "record",
    "records", "data", "database", "platform", "unit", "units", "team", "teams", "model", "desk", "centre",
    "center", "crm", "software", "tool", "tools", "module", "interface", "site", "website", "case", "cases",
    "accounts", "account", "base", "segment", "segments", "line", "lines", "process", "processes",
    "products", "product", "plan", "plans", "scheme", "schemes", "pot", "pots", "programme", "program",
    "target", "targets",
  ]

  // MARK: - Statement labels

  /// Labels a statement may start with ("KR1:", "Objective:", "Key result 2 -", "Ticket:"), dropped before
  /// it is read.
  static let labelWords: [[String]] = [
    ["key", "result"], ["key", "results"], ["kr"], ["okr"], ["o"], ["objective"], ["obj"], ["goal"],
    ["outcome"], ["target"], ["ticket"], ["story"], ["epic"], ["initiative"], ["theme"], ["result"],
  ]

  /// Labels written with their number ("KR1", "O3", "KR2.1").
  static let numberedLabelPrefixes: [String] = ["kr", "okr", "obj", "o"]

  /// Marks that end a label.
  static let labelMarks: Set<String> = [":", "-", "–", "—", ")", "."]

  // MARK: - The falsifier

  /// Words that, before "if" in the same clause, say what would make the team change course ("We will
  /// know we are wrong if", "we will stop if", "we will change course if").
  static let falsifierWords: Set<String> = [
    "wrong", "stop", "pivot", "rethink", "revert", "abandon", "drop", "reconsider", "kill", "halt",
    "rollback", "back", "course", "scrap", "disproved", "falsified", "fails", "failed",
  ]

  /// Words before a falsifier word that make it what the team will do ("we will drop", "we'll stop").
  static let willWords: Set<String> = ["will", "we'll", "would", "should", "must"]

  /// Apostrophes, which a possessive leaves standing alone ("the works' pumps").
  static let apostrophes: Set<String> = ["'", "’"]

  /// Marks that end the clause a falsifier stands in.
  static let clauseEnds: Set<String> = [".", ";", ":"]

  /// How many words before "if" a falsifier word may stand.
  static let falsifierReach = 5

  /// Words that open a falsifier clause without "if" ("kill criteria:", "stop criteria").
  static let falsifierPhrases: [[String]] = [
    ["kill", "criteria"], ["stop", "criteria"], ["we", "will", "stop", "when"],
    ["we", "will", "stop", "unless"],
  ]

  // MARK: - The bet of output-driven work

  /// Words that state the bet behind output-driven work (seed 004): what it should change, and how that
  /// will be known.
  static let betCues: [[String]] = [
    ["bet"], ["bets"], ["betting"], ["we", "believe"], ["hypothesis"], ["so", "that"], ["because"],
    ["in", "order", "to"], ["we", "expect"], ["expect"], ["expected", "to"], ["we", "will", "check"],
    ["measured", "by"], ["we", "will", "know"], ["which", "we", "will"], ["to", "avoid"], ["to", "reduce"],
    ["to", "cut"], ["to", "stop"], ["to", "keep"],
  ]

  // MARK: - The rewrite

  /// Articles and possessives that, before who changes, stay with it in the rewrite ("the patient").
  static let subjectArticles: Set<String> = ["the", "a", "an", "our", "their", "every", "each", "all"]

  /// Singular actor words that read without an article ("staff", "people").
  static let massActors: Set<String> = ["staff", "people", "business", "small-business"]

  /// Words opening a baseline or a target before its amount, dropped in the rewrite.
  static let amountOpeners: Set<String> = [
    "from", "to", "by", "in", "instead", "of", "rather", "than", "compared", "with", "currently", "today",
    "baseline", "(",
  ]

  /// Words of a bound kept before the amount ("under 30", "at least 95%").
  static let boundWords: Set<String> = [
    "under", "below", "above", "over", "within", "at", "least", "most", "no", "more", "less", "fewer",
    "than", "up", "beneath", "exceeding",
  ]

  // MARK: - Thresholds

  /// The ending of a participle that, before a threshold, says what happens ("are delivered on the first
  /// attempt for 9 out of 10 customers").
  static let participleEnding = "ed"

  /// Words between two numbers of a threshold target ("9 in 10 orders", "8 out of 10").
  static let thresholdJoiners: [[String]] = [["in"], ["out", "of"]]

  // MARK: - Changes

  /// Verbs that state a change in a measure.
  static let changeVerbs: Set<String> = [
    "reduce", "reduces", "reducing", "reduced", "cut", "cuts", "cutting", "increase", "increases",
    "increasing", "increased", "raise", "raises", "raising", "raised", "improve", "improves", "improving",
    "improved", "halve", "halves", "halving", "halved", "double", "doubles", "doubling", "doubled",
    "triple", "triples", "tripling", "tripled", "quadruple", "lower", "lowers", "lowering", "lowered",
    "decrease", "decreases", "decreasing", "decreased", "grow", "grows", "growing", "grew", "shorten",
    "shortens", "shortening", "lift", "lifts", "lifting", "boost", "boosts", "boosting", "accelerate",
    "eliminate", "eliminates", "minimise", "minimize", "maximise", "maximize", "drop", "drops", "dropping",
    "fall", "falls", "falling", "rise", "rises", "rising", "save", "saves", "saving", "prevent", "prevents",
    "avoid", "bring", "brings", "speed", "shrink", "shrinks", "expand", "expands", "slash", "trim",
    "recover", "retain", "retains",
  ]

  /// Verbs that only count as a change when a number follows: they name reaching a target.
  static let targetVerbs: Set<String> = [
    "achieve", "achieves", "reach", "reaches", "hit", "attain", "maintain", "keep",
  ]

  /// Verbs of what people do; they state a change only with a measure and a number.
  static let behaviourVerbs: Set<String> = [
    "wait", "waits", "settle", "settled", "resolve", "resolved", "complete", "completes", "receive",
    "receives", "renew", "renews", "pay", "pays", "submit", "submits", "process", "processes", "spend",
    "spends", "arrive", "arrives", "get", "gets", "hear", "hears", "find", "finds", "book", "books", "top",
    "rebook", "rebooks", "report", "reports", "switch", "switches", "finish", "finishes", "make", "makes",
    "back", "see", "sees", "reach", "reaches", "use", "uses", "return", "returns", "apply", "applies",
    "open", "opens", "clear", "clears", "check", "checks", "request", "requests", "choose", "chooses",
  ]

  /// Words before a participle that make it a change in what happens to people ("are seen by a vet",
  /// "get paid", "is resolved").
  static let passiveAuxiliaries: Set<String> = ["are", "is", "get", "gets", "be", "being", "been"]

  /// Participles that do not end in "ed" or "en".
  static let irregularParticiples: Set<String> = [
    "paid", "seen", "met", "made", "sent", "told", "given", "kept", "held", "won", "done", "heard", "found",
  ]

  /// Words that multiply or divide a measure, and so carry their own target.
  static let multipliers: Set<String> = [
    "halve", "halves", "halving", "halved", "double", "doubles", "doubling", "doubled", "triple", "triples",
    "tripling", "tripled", "quadruple", "eliminate", "eliminates",
  ]

  /// Nouns naming a change in a measure ("a 30% reduction").
  static let changeNouns: Set<String> = [
    "reduction", "increase", "improvement", "growth", "savings", "decline", "uplift", "rise", "fall",
    "drop", "cut",
  ]

  /// Comparatives that state a change.
  static let comparatives: Set<String> = [
    "less", "more", "fewer", "faster", "quicker", "sooner", "lower", "higher", "cheaper", "shorter",
    "longer",
  ]

  /// Directions that, before "from", state a change and open a baseline ("down from 10 days").
  static let directions: Set<String> = ["down", "up"]

  /// Phrases that state a change as something newly possible ("can now", "able to").
  static let capabilityPhrases: [[String]] = [["can", "now"], ["able", "to"]]

  // MARK: - Measures

  /// Words for the measures outcomes are tracked by.
  static let metricWords: Set<String> = [
    "time", "times", "duration", "rate", "rates", "ratio", "share", "proportion", "percentage", "number",
    "count", "volume", "volumes", "cost", "costs", "spend", "revenue", "revenues", "sales", "margin",
    "margins", "profit", "income", "savings", "losses", "loss", "churn", "retention", "attrition", "nps",
    "csat", "satisfaction", "score", "conversion", "activation", "adoption", "usage", "complaints",
    "incidents", "errors", "defects", "failures", "outages", "downtime", "uptime", "availability",
    "latency", "throughput", "backlog", "queue", "queues", "wait", "waiting", "turnaround", "resolution",
    "readmissions", "abandonment", "renewals", "purchases", "departures", "deliveries", "dispatch",
    "tickets", "calls", "follow-ups", "fraud", "declines", "arrears", "occupancy", "utilisation",
    "utilization", "productivity", "yield", "emissions", "energy", "absence", "engagement", "visits",
    "bookings", "orders", "payouts", "payout", "sign-ups", "signups", "referrals", "returns", "refunds",
    "write-offs", "accuracy", "speed", "days", "hours", "minutes", "seconds", "weeks", "lead", "cycle",
    "rating", "ratings", "reviews", "premium", "premiums", "deposits", "balances", "loans", "lending", "arr",
    "mrr", "gmv", "aum",
  ]

  /// Units of time that measure how long something takes, as opposed to when it is due.
  static let durationUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days",
  ]

  /// The words after which a statement names its measure outright.
  static let measureMarker: [String] = ["measured", "by"]

  /// Words skipped at the start of a measure's noun phrase ("the", "our").
  static let phraseOpeners: Set<String> = [
    "the", "our", "a", "an", "their", "its", "in", "of", "on", "down", "up", "that",
  ]

  /// Words that end a measure's noun phrase: what follows is an amount, a guardrail or a new clause.
  static let phraseStops: Set<String> = [
    "from", "by", "within", "under", "below", "above", "over", "without", "while", "whilst", "so", "and",
    "than", "instead", "for", "with", "falling", "rising", "dropping", "growing",
  ]

  /// Words dropped from the end of a measure's noun phrase ("time to" reads as "time").
  static let phraseTails: Set<String> = ["in", "of", "on", "at", "to", "the", "a"]

  // MARK: - Tokens

  /// Marks that belong to the word or number they follow ("20%", "R&D").
  static let wordMarks: Set<Character> = ["%", "&"]

  /// Marks that join two parts of one word or number when a letter or digit follows ("small-business",
  /// "customer's", "2.5", "S/4HANA"); a comma joins only digits ("1,500").
  static let wordJoiners: Set<Character> = ["-", "'", "’", ".", ",", "/"]

  // MARK: - Amounts

  /// Number words up to the thousands.
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
    "half", "zero", "none",
  ]

  /// Words after which a number names something rather than counts it ("phase 2", "sprint 14").
  static let namingWords: Set<String> = [
    "phase", "stage", "wave", "sprint", "version", "release", "tier", "level", "type", "step", "lot",
    "ward", "zone", "terminal", "gate", "route", "iso", "pi", "increment", "milestone", "kr", "okr",
  ]

  /// Words that make a quantity approximate, skipped before it ("from about 120", "to around 30").
  static let approximators: Set<String> = [
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "circa", "c.", "approx",
  ]

  /// Signs that make a number a sum of money ("£42"), and may start a token.
  static let currencySigns: Set<Character> = ["£", "$", "€"]

  /// Signs that start a number when a digit follows ("from +12 to +30" on a net score).
  static let numberSigns: Set<Character> = ["+", "−"]

  /// Suffixes written onto a number ("£3m", "10x"), tried in this order; the first that fits is
  /// its unit.
  static let magnitudeSuffixes: [String] = ["bn", "b", "tn", "m", "k", "x"]

  /// Words that can follow a quantity as its unit ("5 days", "4 percentage points", "120 a month").
  static let unitWords: Set<String> = [
    "percent", "per", "cent", "percentage", "points", "point", "pp", "a", "an", "month", "year", "week",
    "day", "hour", "minute", "minutes", "hours", "days", "weeks", "months", "years", "seconds", "pounds",
    "dollars", "euros", "million", "thousand", "billion", "trillion", "bn", "m", "k", "times",
  ]

  /// Unit words that join a quantity only before one of `rateUnits` ("120 a month", "3 per day").
  static let rateJoiners: Set<String> = ["a", "an", "per"]

  /// The units a rate is counted per, after one of `rateJoiners`.
  static let rateUnits: Set<String> = ["month", "year", "week", "day", "hour"]

  /// Comparators that put a bound on a measure ("under 10 minutes", "at least 95%").
  static let bounds: [[String]] = [
    ["no", "more", "than"], ["no", "less", "than"], ["no", "fewer", "than"], ["more", "than"],
    ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"], ["under"],
    ["below"], ["above"], ["over"], ["within"], ["beneath"], ["exceeding"],
  ]

  // MARK: - Baselines

  /// Words that open a baseline when a quantity follows ("from 5 days", "currently 12%").
  static let baselineWords: Set<String> = ["from", "currently", "today", "baseline"]

  /// Phrases that open a baseline when a quantity follows ("instead of three days").
  static let baselinePhrases: [[String]] = [
    ["instead", "of"], ["compared", "with"], ["compared", "to"], ["rather", "than"],
  ]

  /// How many words a baseline phrase may run over before its quantity ("rather than waiting on the
  /// phone for twenty").
  static let baselinePhraseReach = 7

  /// Articles allowed between a baseline's opener and its quantity ("from a 40% rate").
  static let articles: Set<String> = ["a", "an"]

  // MARK: - Time

  /// Units of time that say when, as in "within 12 months".
  static let periodUnits: Set<String> = [
    "week", "weeks", "month", "months", "quarter", "quarters", "year", "years",
  ]

  /// Months, seasons and other words that name a time.
  static let timeWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "q1", "q2", "q3", "q4", "h1", "h2", "summer", "winter", "spring", "autumn", "fall", "christmas",
    "year-end", "launch", "go-live", "peak", "end", "start", "close", "mid", "fy24", "fy25", "fy26", "fy27",
    "fy28", "fy29", "fy30",
  ]

  /// The months, whose day may be written beside them ("by 31 March").
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
  ]

  /// Seasons that make a timeframe after "this" or "next" ("next summer").
  static let seasons: Set<String> = ["summer", "winter", "spring", "autumn"]

  /// Words that make a timeframe before a period unit or a season ("this year", "next quarter").
  static let relativePeriodOpeners: Set<String> = ["this", "next"]

  /// Words that open a timeframe naming a date ("by March", "before the end of FY27").
  static let dateOpeners: Set<String> = ["by", "before", "until", "in", "during"]

  /// Words a date may run over between its opener and its time words ("by the end of the year").
  static let dateConnectors: Set<String> = ["the", "of", "financial", "fiscal", "calendar", "this", "next"]

  /// Words that end a date like a time word does ("by the end of the quarter").
  static let dateAnchors: Set<String> = ["year", "quarter", "month", "season", "year-end"]

  /// Date openers that also open a period when no date follows ("in 12 months").
  static let periodOpeners: Set<String> = ["in", "during"]

  /// Words that open a timeframe only as a period ("within 12 months", "over the next year").
  static let durationOpeners: Set<String> = ["within", "over"]

  /// Phrases skipped before a period's length ("within the next 6 months").
  static let periodLeadIns: [[String]] = [["the", "next"], ["the", "coming"]]

  /// Words for one period before its unit ("within a year").
  static let singlePeriodWords: Set<String> = ["a", "an", "one"]

  // MARK: - Who changes, and what must not get worse

  /// Who can change: customers, users and business actors.
  static let actors: Set<String> = [
    "customer", "customers", "client", "clients", "user", "users", "patient", "patients", "member",
    "members", "citizen", "citizens", "passenger", "passengers", "shopper", "shoppers", "buyer", "buyers",
    "borrower", "borrowers", "applicant", "applicants", "policyholder", "policyholders", "claimant",
    "claimants", "student", "students", "learner", "learners", "merchant", "merchants", "seller", "sellers",
    "subscriber", "subscribers", "guest", "guests", "traveller", "travellers", "traveler", "travelers",
    "driver", "drivers", "agent", "agents", "staff", "employee", "employees", "clinician", "clinicians",
    "nurse", "nurses", "doctor", "doctors", "tenant", "tenants", "resident", "residents", "household",
    "households", "homeowner", "homeowners", "farmer", "farmers", "caller", "callers", "visitor",
    "visitors", "reader", "readers", "viewer", "viewers", "player", "players", "developer", "developers",
    "partner", "partners", "supplier", "suppliers", "businesses", "smes", "sme", "retailer",
    "retailers", "taxpayer", "taxpayers", "cardholder", "cardholders", "investor", "investors", "people",
    "engineers", "workers", "teachers", "parents", "families", "owners", "advisers", "advisors",
    "small-business", "small-businesses", "account-holders", "shippers", "carriers", "dealers", "brokers",
    "litigants", "donors", "donor", "defendants", "holders", "trustees", "contractors", "contractor",
    "publishers", "publisher", "fans", "supporters", "volunteers", "pupils", "employers", "landlords",
    "leaseholders", "operators", "pilots", "airlines", "growers", "exporters", "importers", "athletes",
    "coaches", "listeners", "audiences", "consumers", "renters", "commuters", "riders",
    // The people a service's staff side is made of, and the organisations a programme serves, who change
    // as much as its customers do ("handlers re-key fewer fields", "garages are paid within 5 days").
    "handler", "handlers", "caseworker", "caseworkers", "clerk", "clerks", "officer", "officers", "inspector",
    "inspectors", "underwriter", "underwriters", "adjuster", "adjusters", "assessor", "assessors",
    "technician", "technicians", "installer", "installers", "repairer", "repairers", "dispatcher",
    "dispatchers", "planner", "planners", "cashier", "cashiers", "pharmacist", "pharmacists", "carer",
    "carers", "caregiver", "caregivers", "surveyor", "surveyors", "analyst", "analysts", "accountant",
    "accountants", "solicitor", "solicitors", "lawyer", "lawyers", "colleague", "colleagues", "garage",
    "garages", "clinic", "clinics", "practice", "practices", "pharmacy", "pharmacies", "school", "schools",
    "hospital", "hospitals", "council", "councils", "charity", "charities", "branch", "branches", "store",
    "stores", "shop", "shops", "restaurant", "restaurants", "hotel", "hotels", "insurer", "insurers",
    "lender", "lenders", "payee", "payees", "recipient", "recipients", "beneficiary", "beneficiaries", "firm",
    "firms",
  ]

  /// Words that introduce a guardrail when followed by what must not get worse.
  static let guardrailOpeners: [[String]] = [
    ["without"], ["while", "keeping"], ["while", "maintaining"], ["while", "holding"],
    ["while", "protecting"], ["while", "staying"], ["with", "no", "increase"], ["with", "no", "loss"],
    ["no", "worse", "than"], ["whilst", "keeping"], ["whilst", "maintaining"], ["and", "keep"],
    ["and", "maintain"],
  ]

  // MARK: - Judgement

  /// Words that judge rather than measure.
  static let judgementWords: Set<String> = [
    "world-class", "best-in-class", "seamless", "excellent", "excellence", "better", "easier", "delight",
    "love", "transform", "modern", "scalable", "efficient", "significantly", "customer-centric", "empower",
    "innovation", "innovative", "leading", "best", "great", "happier", "simpler", "smoother", "robust",
    "world-leading", "frictionless", "effortless", "optimal", "optimise", "optimize", "enhance", "enhanced",
  ]

  // MARK: - Reasons and the rewrite

  /// Words dropped from a target to name its amount in a reason ("by 15%": "15% of what?").
  static let amountPrefixes: [String] = ["by ", "to "]

  /// Words dropped from a baseline to fill the rewrite's "from ...", tried in this order.
  static let baselinePrefixes: [String] = ["down from ", "up from ", "from "]

  /// Words dropped from a target to fill the rewrite's "to ...".
  static let targetPrefixes: [String] = ["to "]

  // MARK: - The hypothesis form

  /// The words that anywhere in a statement mark it as written in the hypothesis form.
  static let beliefMarker: String = "we believe"

  /// The words that open the bet (X); a statement starting with them is in the hypothesis form too.
  static let betOpeners: [String] = ["if we "]

  /// The words that end the bet.
  static let betEnds: [String] = [", then ", " then ", ","]

  /// The words that open the consequence ("Y will Z").
  static let consequenceOpeners: [String] = [", then ", " then "]

  /// What opens the consequence when no "then" does.
  static let consequenceFallbackOpeners: [String] = [","]

  /// The word between who changes (Y) and the behaviour (Z).
  static let willMarker: String = " will "

  /// The words that end the behaviour (Z).
  static let behaviourEnds: [String] = [
    ", measured by", " measured by", ", as measured by", " within ", " by ",
  ]

  /// The words that open the measure (M).
  static let hypothesisMeasureOpeners: [String] = ["measured by "]

  /// The words that end the measure.
  static let hypothesisMeasureEnds: [String] = [" within ", " in the next ", " by the end", "."]

  /// The words that open the timeframe (T).
  static let hypothesisTimeframeOpeners: [String] = [" within ", " in the next ", " by the end of "]

  /// The marks that end the timeframe.
  static let hypothesisTimeframeEnds: [String] = [".", ","]

  /// The words that open the signal we are wrong (A), tried in this order.
  static let signalMarkers: [String] = [
    "we will know we are wrong if ", "we'll know we are wrong if ", "we are wrong if ", "wrong if ",
  ]
}
