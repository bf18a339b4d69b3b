namespace Throughline.Web.Tests.Plans;

/// <summary>A plan small enough to check an import's changes by hand, and an edit of it.</summary>
internal static class TinyPlans
{
    public const string Original = """
        throughline: 1
        organization:
          name: Tiny Co
        vision:
          statement: Be the most useful tiny company
        goals:
          - id: G1
            title: Grow revenue
          - id: G2
            title: Keep customers
        objectives:
          - id: O1
            title: Sell more plans
            contributes_to: [G1]
            key_results:
              - id: KR1
                title: Monthly revenue
                baseline: 0
                target: 10
        """;

    // Against Original: G1 and the vision are the same, G2 has a new title, G3 is new, O1 and its KR1 are gone.
    public const string Edited = """
        throughline: 1
        organization:
          name: Tiny Co
        vision:
          statement: Be the most useful tiny company
        goals:
          - id: G1
            title: Grow revenue
          - id: G2
            title: Keep every customer
          - id: G3
            title: Open a second office
        """;

    // Line 12 names a goal that does not exist, and line 16 has a target that is not a number.
    public const string Invalid = """
        throughline: 1
        organization:
          name: Tiny Co
        vision:
          statement: Be the most useful tiny company
        goals:
          - id: G1
            title: Grow revenue
        objectives:
          - id: O1
            title: Sell more plans
            contributes_to: [G9]
            key_results:
              - id: KR1
                title: Monthly revenue
                target: lots
        """;
}
