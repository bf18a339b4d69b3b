namespace Throughline.Web.Tests.Items;

/// <summary>A plan whose roll-ups can be checked by hand: one goal, one objective with two key results (0→100 and 0→50).</summary>
internal static class ItemPlans
{
    public const string Small = """
        throughline: 1
        organization:
          name: Items Co
          units:
            - { id: ops, name: Operations }
            - { id: sales, name: Sales, parent: ops }
          people:
            - { id: ana, name: Ana Silva, unit: ops }
            - { id: ben, name: Ben Okafor, unit: sales, manager: ana }
        vision:
          statement: Every customer renews
        goals:
          - id: G1
            title: Grow revenue
            owner: ana
        objectives:
          - id: O1
            title: Win new customers in the north
            owner: ben
            unit: sales
            contributes_to: [G1]
            due: 2027-06-30
            key_results:
              - { id: KR1, title: New customers signed, baseline: 0, target: 100, owner: ben }
              - { id: KR2, title: Partners onboarded, baseline: 0, target: 50, owner: ben }
        initiatives:
          - id: I1
            title: Regional sales campaign
            unit: sales
            owner: ben
            supports: [KR1]
        actions:
          - { id: A1, title: Book the trade fair stand, initiative: I1, owner: ben }
        """;
}
