namespace Throughline.Core.Generation.Words;

/// <summary>Words for objectives, check-ins and actions.</summary>
internal static class Work
{
    /// <summary>Objective titles that say nothing measurable: each one trips <c>smart/not-specific</c>.</summary>
    public static readonly string[] VagueObjectives =
    [
        "Improve customer experience", "Drive operational excellence", "Focus on quality", "Strengthen team culture",
        "Better cross-team collaboration", "Boost brand awareness", "Enhance the onboarding journey", "Digital transformation",
        "Ensure compliance readiness", "Optimise internal processes", "Grow the business", "Empower our people",
        "Leverage data across teams", "Streamline reporting",
    ];

    public static readonly string[] RaiseVerbs = ["Raise", "Lift", "Take"];

    public static readonly string[] CutVerbs = ["Cut", "Reduce", "Bring down", "Lower"];

    /// <summary>Notes on check-ins; written in flow mappings, so without commas, colons or quotes.</summary>
    public static readonly string[] Notes =
    [
        "Pilot extended to two more sites", "Holiday slowdown", "New pricing live", "Data source changed this week",
        "Two people on leave", "Supplier delay resolved", "Campaign launched", "Backlog cleared", "Measured on the new dashboard",
        "Release slipped a week", "Waiting for finance sign-off", "Seasonal peak",
    ];

    public static readonly string[] Actions =
    [
        "Draft the rollout plan", "Review the budget request", "Agree the supplier shortlist", "Present the pilot results",
        "Write up the customer interviews", "Prepare the training materials", "Test the data migration", "Run the go-live checklist",
        "Send the steering committee update", "Update the risk register", "Map the current process", "Build the tracking dashboard",
        "Sign off the requirements", "Write the test scripts", "Publish the communications plan", "Negotiate the vendor contract",
        "Agree the acceptance criteria", "Hand over to operations", "Send the weekly report", "Run the kick-off workshop",
        "Estimate the cost", "Write the user guide", "Set up access rights", "Hold the lessons-learned session",
        "Interview five pilot customers", "Collect baseline data", "Analyse the survey results", "Book the training sessions",
        "Order the equipment", "Configure the new workflow", "Migrate the first customer group", "Train the team leads",
        "Close out open defects", "Review the contract terms", "Check the data quality", "Schedule the supplier visits",
        "Shadow the field team for a day", "Draft the job description", "Update the price list", "Clean up the customer records",
        "Document the new process", "Brief the regional managers", "Pilot the new checklist", "Measure the cycle time",
        "Fix the reporting gaps", "Agree the service levels", "Plan the cutover weekend", "Share the results with the team",
    ];

    public static readonly string[] InitiativeSuffixes = [" phase 2", " phase 3", " pilot", " rollout"];
}
