using static Throughline.Core.Generation.Words.MetricTemplate;

namespace Throughline.Core.Generation.Words;

/// <summary>
/// The departments a generated organization is made of, in the order they are added: every company has the
/// first four, larger ones the rest. Key results of one title always go the same way (or keep ranges that
/// overlap), so that units never pull one measure in opposite directions by accident.
/// </summary>
internal static partial class Departments
{
    /// <summary>How many departments every organization has before the others are drawn.</summary>
    public const int Core = 4;

    public static IReadOnlyList<Department> All { get; } =
    [
        Sales, Operations, Finance, People,
        Marketing, Product, Engineering, CustomerSuccess, SupplyChain, Manufacturing,
        InformationTechnology, Quality, Procurement, Research, Legal,
    ];

    private static Department Sales => new(
        "Sales", "sales",
        ["Enterprise Sales", "Mid-Market Sales", "Inside Sales", "Channel Partners", "Sales Operations", "Key Accounts"],
        [
            Up("New annual contract value", "GBP k", 400, 2400, 0.15, 0.4),
            Up("Win rate on qualified opportunities", "%", 18, 32, 0.1, 0.3, 1, 100),
            Down("Sales cycle length", "days", 45, 120, 0.1, 0.3),
            Up("Pipeline coverage of next quarter's quota", "times quota", 2, 3.5, 0.1, 0.3, 1),
            Down("Quote turnaround time", "hours", 24, 96, 0.25, 0.5),
            Up("Gross renewal rate", "%", 82, 92, 0.02, 0.06, 1, 100),
            Down("Average discount on closed deals", "%", 12, 22, 0.15, 0.35, 1),
        ],
        [
            "Roll out guided selling in the CRM", "Launch a partner referral programme", "Redesign the sales territories",
            "Set up a deal desk for large quotes", "Train account managers in value selling", "Automate renewal reminders",
            "Introduce a key account planning cycle", "Move small accounts to inside sales", "Replace the quoting tool",
        ]);

    private static Department Operations => new(
        "Operations", "operations",
        ["Service Delivery", "Field Operations", "Planning and Scheduling", "Facilities", "Health and Safety", "Logistics"],
        [
            Up("Orders delivered complete and on time", "%", 82, 92, 0.03, 0.07, 1, 100),
            Down("Order lead time", "days", 8, 20, 0.15, 0.35, 1),
            Keep("Backlog of open work orders", "orders", 400, 150),
            Down("Lost-time injuries", "injuries", 4, 12, 0.4, 0.75),
            Down("Cost to serve per order", "GBP", 18, 45, 0.08, 0.2, 2),
            Up("First-time fix rate", "%", 70, 84, 0.04, 0.12, 1, 100),
        ],
        [
            "Introduce daily tiered stand-ups", "Digitise the work order process", "Redesign the dispatch rules",
            "Roll out the new safety induction", "Consolidate the regional depots", "Pilot route optimisation",
            "Standardise the service checklist", "Move field teams to mobile job sheets",
        ]);

    private static Department Finance => new(
        "Finance", "finance",
        ["Financial Planning", "Accounting", "Treasury", "Tax", "Accounts Payable", "Credit Control"],
        [
            Down("Days sales outstanding", "days", 42, 70, 0.1, 0.25),
            Down("Month-end close", "working days", 6, 12, 0.2, 0.45),
            Up("Forecast accuracy at quarter end", "%", 85, 94, 0.02, 0.05, 1, 100),
            Up("Supplier invoices paid on time", "%", 78, 92, 0.04, 0.1, 1, 100),
            Down("Manual journal entries per month", "entries", 300, 900, 0.2, 0.5),
        ],
        [
            "Automate bank reconciliations", "Introduce rolling forecasts", "Move to e-invoicing",
            "Tighten the credit policy for new accounts", "Replace the consolidation spreadsheet", "Shorten the budget cycle",
            "Launch self-service expense reports",
        ]);

    private static Department People => new(
        "People", "people",
        ["Talent Acquisition", "Learning and Development", "People Partners", "Reward", "People Operations"],
        [
            Down("Voluntary attrition", "%", 9, 18, 0.15, 0.3, 1),
            Down("Time to hire", "days", 35, 70, 0.15, 0.35),
            Up("Employee engagement score", "points", 62, 74, 0.04, 0.1, 0, 100),
            Up("Managers trained in coaching", "managers", 20, 120, 0.5, 1.5),
            Up("Offer acceptance rate", "%", 70, 85, 0.05, 0.12, 1, 100),
            Keep("Training hours per employee per quarter", "hours", 10, 4, 1),
        ],
        [
            "Launch the graduate programme", "Redesign onboarding for new starters", "Introduce skills-based hiring",
            "Roll out the leadership academy", "Harmonise pay bands", "Run an internal mobility pilot",
            "Move performance reviews to quarterly check-ins",
        ]);

    private static Department Marketing => new(
        "Marketing", "marketing",
        ["Demand Generation", "Brand and Communications", "Product Marketing", "Digital Marketing", "Events", "Marketing Operations"],
        [
            Up("Marketing qualified leads per month", "leads", 300, 1500, 0.2, 0.5),
            Down("Cost per qualified lead", "GBP", 80, 220, 0.1, 0.3),
            Up("Website visitor conversion rate", "%", 1.2, 3.5, 0.15, 0.4, 2, 100),
            Up("Organic search visits per month", "visits", 20000, 90000, 0.2, 0.5),
            Up("Aided brand awareness in target segments", "%", 18, 40, 0.1, 0.3, 0, 100),
        ],
        [
            "Relaunch the website", "Build an account-based marketing programme", "Launch the customer case study series",
            "Consolidate the marketing automation tools", "Run the spring product campaign", "Set up a webinar programme",
            "Refresh the brand guidelines",
        ]);

    private static Department Product => new(
        "Product", "product",
        ["Product Management", "User Research", "Design", "Product Analytics", "Pricing and Packaging"],
        [
            Up("Weekly active users", "users", 4000, 40000, 0.15, 0.45),
            Up("Trial to paid conversion", "%", 8, 18, 0.1, 0.3, 1, 100),
            Down("Time to first value for new customers", "days", 10, 30, 0.2, 0.45),
            Up("Adoption of the new reporting module", "%", 10, 30, 0.3, 0.8, 0, 100),
            Keep("Monthly churn of paying customers", "%", 1.5, 0.5, 1),
        ],
        [
            "Launch the self-service configurator", "Redesign the onboarding flow", "Introduce usage-based pricing",
            "Ship the mobile app", "Rebuild the reporting module", "Run the customer advisory board",
            "Retire the legacy product line",
        ]);

    private static Department Engineering => new(
        "Engineering", "technology",
        ["Platform", "Payments", "Mobile", "Data Engineering", "Site Reliability", "Core Services", "Integrations"],
        [
            Up("Deployments per week", "deployments", 5, 40, 0.3, 0.9),
            Down("Lead time for changes", "days", 4, 15, 0.25, 0.5, 1),
            Down("Change failure rate", "%", 8, 20, 0.2, 0.45, 1),
            Down("P95 API latency", "ms", 250, 900, 0.15, 0.4),
            Keep("Availability of customer-facing services", "%", 99.9, 0.08, 2, 100),
            Down("Open critical defects", "defects", 15, 80, 0.3, 0.6),
        ],
        [
            "Migrate services to the new cluster", "Introduce feature flags", "Replace the payment gateway",
            "Automate end-to-end testing", "Split the monolith's billing module", "Roll out observability tracing",
            "Upgrade the database platform", "Build the public API",
        ]);
}
