using static Throughline.Core.Generation.Words.MetricTemplate;

namespace Throughline.Core.Generation.Words;

internal static partial class Departments
{
    private static Department CustomerSuccess => new(
        "Customer Success", "customers",
        ["Onboarding", "Customer Support", "Account Management", "Customer Education", "Service Desk"],
        [
            Down("First response time", "hours", 4, 24, 0.2, 0.5, 1),
            Up("Tickets resolved on first contact", "%", 55, 75, 0.06, 0.15, 1, 100),
            Up("Customer satisfaction after support", "%", 78, 90, 0.03, 0.08, 1, 100),
            Up("Net revenue retention", "%", 95, 110, 0.02, 0.06, 1),
            Keep("Open support tickets", "tickets", 600, 200),
            Down("Accounts lost per quarter", "accounts", 12, 60, 0.2, 0.4),
        ],
        [
            "Launch the customer health score", "Build the self-service help centre", "Introduce a customer onboarding academy",
            "Set up proactive renewal reviews", "Consolidate the support channels", "Roll out chat support",
        ]);

    private static Department SupplyChain => new(
        "Supply Chain", "operations",
        ["Demand Planning", "Inventory Control", "Distribution", "Warehousing", "Transport"],
        [
            Keep("Inventory days of supply", "days", 30, 8),
            Up("Forecast accuracy at item level", "%", 60, 75, 0.05, 0.15, 1, 100),
            Down("Stock-outs per month", "stock-outs", 40, 160, 0.2, 0.5),
            Down("Freight cost per pallet", "GBP", 45, 80, 0.05, 0.15, 2),
            Up("Warehouse picks per hour", "picks", 60, 110, 0.08, 0.2),
        ],
        [
            "Introduce sales and operations planning", "Automate replenishment orders", "Open the northern distribution hub",
            "Renegotiate the carrier contracts", "Roll out barcode scanning in the warehouse", "Segment inventory by demand pattern",
        ]);

    private static Department Manufacturing => new(
        "Manufacturing", "operations",
        ["Assembly", "Machining", "Maintenance", "Process Engineering", "Production Planning", "Plant Services"],
        [
            Up("Overall equipment effectiveness", "%", 58, 72, 0.05, 0.12, 1, 100),
            Down("Scrap rate", "%", 2.5, 6, 0.2, 0.4, 2),
            Down("Unplanned downtime per month", "hours", 40, 140, 0.2, 0.45),
            Down("Energy use per unit produced", "kWh", 12, 30, 0.06, 0.15, 1),
            Down("Changeover time", "minutes", 45, 120, 0.2, 0.45),
        ],
        [
            "Introduce predictive maintenance on line 3", "Roll out single-minute changeovers", "Install energy sub-metering",
            "Automate end-of-line inspection", "Re-layout the assembly hall", "Replace the paint shop compressors",
        ]);

    private static Department InformationTechnology => new(
        "IT", "technology",
        ["Service Desk IT", "Infrastructure", "Security", "Business Applications", "Workplace Technology"],
        [
            Down("IT ticket resolution time", "hours", 10, 40, 0.2, 0.45),
            Up("Systems on supported versions", "%", 60, 85, 0.08, 0.2, 1, 100),
            Down("Phishing test click rate", "%", 6, 15, 0.3, 0.55, 1),
            Down("Laptop provisioning time", "days", 5, 15, 0.3, 0.6),
            Keep("Monthly cloud spend", "GBP k", 180, 30),
        ],
        [
            "Roll out single sign-on", "Migrate email to the cloud", "Replace the service management tool",
            "Introduce device management for laptops", "Run the security awareness programme", "Decommission the old data centre",
        ]);

    private static Department Quality => new(
        "Quality", "operations",
        ["Quality Assurance", "Supplier Quality", "Quality Control", "Continuous Improvement"],
        [
            Down("Customer complaints per 1000 orders", "complaints", 4, 12, 0.2, 0.45, 1),
            Up("First pass yield", "%", 88, 96, 0.01, 0.03, 1, 100),
            Up("Corrective actions closed on time", "%", 60, 80, 0.1, 0.25, 1, 100),
            Down("Supplier defect rate", "ppm", 400, 1500, 0.2, 0.4),
            Up("Suppliers audited on site", "suppliers", 10, 40, 0.2, 0.5),
        ],
        [
            "Introduce statistical process control", "Certify the plant to ISO 14001", "Run root cause training for team leads",
            "Launch the supplier quality portal", "Digitise inspection records",
        ]);

    private static Department Procurement => new(
        "Procurement", "finance",
        ["Strategic Sourcing", "Purchasing", "Supplier Management", "Indirect Procurement"],
        [
            Up("Spend under contract", "%", 55, 75, 0.08, 0.2, 1, 100),
            Up("Savings on addressable spend", "GBP k", 300, 1800, 0.2, 0.5),
            Down("Supplier lead time", "days", 20, 45, 0.1, 0.25),
            Down("Purchase orders raised after invoice", "%", 8, 20, 0.3, 0.6, 1),
            Up("Suppliers with a sustainability rating", "%", 20, 45, 0.3, 0.7, 1, 100),
        ],
        [
            "Tender the logistics contracts", "Introduce a supplier risk register", "Move tail spend to a marketplace",
            "Consolidate packaging suppliers", "Launch the supplier code of conduct",
        ]);

    private static Department Research => new(
        "Research and Development", "product",
        ["Applied Research", "Materials Lab", "Prototyping", "Test and Validation", "Innovation"],
        [
            Up("Prototypes validated with customers", "prototypes", 4, 12, 0.5, 1),
            Up("Patent applications filed", "applications", 3, 10, 0.3, 0.8),
            Down("Time from concept to prototype", "weeks", 14, 30, 0.2, 0.4),
            Up("Share of revenue from products under three years old", "%", 12, 25, 0.1, 0.3, 1, 100),
            Up("Research projects in customer trials", "projects", 2, 8, 0.5, 1),
        ],
        [
            "Build the rapid prototyping lab", "Partner with the university on heat storage", "Run the low-carbon materials trial",
            "Set up stage-gate reviews", "Launch the innovation challenge",
        ]);

    private static Department Legal => new(
        "Legal and Compliance", "finance",
        ["Commercial Legal", "Compliance", "Data Protection", "Corporate Legal"],
        [
            Down("Contract review turnaround", "days", 5, 15, 0.25, 0.5),
            Down("Open audit findings", "findings", 10, 40, 0.3, 0.6),
            Up("Policies reviewed on schedule", "%", 60, 80, 0.1, 0.25, 1, 100),
            Up("Staff trained on data protection", "%", 70, 85, 0.08, 0.15, 1, 100),
            Down("External legal spend per contract", "GBP", 400, 1200, 0.1, 0.3),
        ],
        [
            "Introduce standard contract templates", "Roll out the contract management system", "Run the data protection audit",
            "Launch the whistleblowing channel", "Map data flows for the privacy register",
        ]);
}
