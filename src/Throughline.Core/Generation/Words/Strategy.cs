using static Throughline.Core.Generation.Words.MetricTemplate;

namespace Throughline.Core.Generation.Words;

/// <summary>The company-level words: names, what the company does, its vision, values, SWOT and goals.</summary>
internal static class Strategy
{
    public static readonly string[] NameStarts =
        ["Calder", "Northwind", "Harbour", "Meridian", "Alder", "Brightwater", "Kestrel", "Redwood", "Fenwick", "Larkspur"];

    public static readonly string[] NameEnds = ["Group", "Industries", "Systems", "Holdings", "Works"];

    /// <summary>What the company does, as its vision states it and why.</summary>
    public static readonly (string Statement, string Purpose)[] Visions =
    [
        ("Every building we serve is heated and cooled with clean energy, installed in days and running for decades",
            "Buildings cause a third of all emissions; we make the cleanest choice the easiest one"),
        ("Every shipment our customers send arrives when promised, with no paperwork and no wasted miles",
            "Reliable deliveries keep shelves stocked and small firms competitive"),
        ("Every clinic we supply can diagnose patients on the day they walk in, with equipment that never lets them down",
            "Diagnosis on the day means earlier treatment and better lives"),
    ];

    /// <summary>The vision's success measures, measured monthly, five years out.</summary>
    public static readonly MetricTemplate[] SuccessMeasures =
    [
        Up("Annual recurring revenue", "GBP m", 40, 400, 0.8, 1.5, 1),
        Up("Customers who would recommend us", "%", 35, 55, 0.3, 0.5, 1, 100),
        Down("Scope 1 and 2 emissions", "t CO2e", 8000, 40000, 0.4, 0.6),
    ];

    /// <summary>What the top of the organization measures, beside the departments' own measures.</summary>
    public static readonly MetricTemplate[] CompanyMetrics =
    [
        Up("Annual recurring revenue", "GBP m", 40, 400, 0.12, 0.3, 1),
        Up("Operating margin", "%", 6, 14, 0.1, 0.3, 1, 100),
        Up("Net promoter score", "points", 15, 40, 0.15, 0.4, 0, 100),
        Down("Scope 1 and 2 emissions", "t CO2e", 8000, 40000, 0.08, 0.2),
        Down("Waste sent to landfill", "tonnes", 200, 900, 0.15, 0.35),
        Up("Renewable share of electricity", "%", 30, 60, 0.15, 0.4, 1, 100),
    ];

    public static readonly (string Name, string Description)[] Values =
    [
        ("Candour", "We say what we see, kindly and early"),
        ("Ownership", "Every promise has one name next to it"),
        ("Curiosity", "We test ideas with customers before we build them"),
        ("Care", "Safety and wellbeing come before speed"),
        ("Craft", "We finish what we start to a standard we are proud of"),
        ("Thrift", "We spend the company's money like our own"),
    ];

    public static readonly string[] Strengths =
        ["Loyal installer and partner network", "Strong service reputation in core markets", "Engineers with deep domain knowledge"];

    public static readonly string[] Weaknesses =
        ["Quoting takes days where rivals take hours", "Customer data scattered across old systems", "High staff turnover in field teams"];

    public static readonly string[] Opportunities =
        ["Public incentives for low-carbon investment", "Customers asking for subscription pricing", "Consolidation among smaller competitors"];

    public static readonly string[] Threats =
        ["New entrants with venture funding", "Volatile component prices", "Shortage of technical skills"];

    /// <summary>Goal titles by business area; an organization takes its goals from the areas of its departments first.</summary>
    public static readonly (string Area, string Title)[] Goals =
    [
        ("sales", "Become the first choice of mid-size customers in our home markets"),
        ("sales", "Double recurring revenue from existing accounts"),
        ("operations", "Deliver every order complete and on time"),
        ("operations", "Cut the cost to serve without cutting service"),
        ("finance", "Fund growth from our own cash flow"),
        ("finance", "Reach a 15% operating margin in every division"),
        ("people", "Be the employer of choice in our regions"),
        ("people", "Grow most of our leaders from within"),
        ("marketing", "Make the brand known to every buyer in our core segments"),
        ("product", "Offer a range customers can configure themselves"),
        ("technology", "Run every customer-facing service on one modern platform"),
        ("customers", "Turn customers into our strongest sales channel"),
        ("sustainability", "Reach net zero in our own operations"),
        ("sustainability", "Design every new product for repair and reuse"),
        ("customers", "Resolve every service request on first contact"),
        ("technology", "Give every team the data it needs on the day it is created"),
        ("marketing", "Build a pipeline that no longer depends on trade fairs"),
        ("product", "Launch a new product line every year"),
    ];
}
