namespace Throughline.Core.Tests.Plans;

/// <summary>Plan texts shared by the reader and writer tests.</summary>
internal static class PlanFixtures
{
    public const string FileName = "acme.plan.yaml";

    /// <summary>The example of PLAN-FORMAT.md, with the person and unit it names but does not declare.</summary>
    public const string FullPlan = """
        throughline: 1                       # format version (required)
        organization:
          name: Acme Energy                  # required
          units:                             # departments and teams, a tree
            - id: acme
              name: Acme Energy
            - id: sales
              name: Sales
              parent: acme
              capacity: 12                   # FTE available (optional)
              max_initiatives: 3             # concurrent initiatives it should run at most (optional)
            - id: operations
              name: Operations
              parent: acme
          people:
            - id: maria
              name: Maria Chen
              unit: acme
              level: executive               # executive | manager | frontline
              manager: null                  # a person id or null
            - id: ana
              name: Ana Ruiz
              unit: operations
              level: manager
              manager: maria
            - id: bo
              name: Bo Lind
              unit: operations
              level: frontline
              manager: ana
        vision:
          statement: By 2032 every household in our region can buy clean power for less than grid power.
          purpose: Cheaper clean energy lowers bills and emissions for the families we serve.
          horizon: 2032-12-31
          success:                           # key results of the vision itself (same shape as below)
            - id: VS1
              title: Households on clean tariffs
              baseline: 40000
              target: 400000
              unit: households
        values:
          - name: Customers first
            description: We decide from the customer's bill backwards.
        swot:
          - { id: S1, kind: strength, text: Lowest installation cost in the region }
          - { id: T1, kind: threat, text: Grid operator lobbying against net metering }
        goals:                               # long-term strategic goals
          - id: G1
            title: Become the cheapest clean-power supplier in the region
            area: finance                    # business area: free text, e.g. product, marketing, sales, operations, people, finance
            owner: maria
            horizon: 2030-12-31
            priority: 1                      # rank, 1 = highest
            swot: [S1, T1]
        objectives:
          - id: O1
            title: Cut installation cost per kW by 20% in 2026
            contributes_to: [G1]             # goal or objective ids; or a list of {id: G1, weight: 2}
            owner: ana
            unit: operations
            start: 2026-01-01
            due: 2026-12-31
            priority: 1
            key_results:
              - id: KR1
                title: Installation cost per kW
                baseline: 1500
                target: 1200
                unit: USD/kW
                direction: decrease          # increase | decrease | maintain (then `range: [low, high]`)
                weight: 1                    # default 1
                cadence: weekly              # weekly | biweekly | monthly | quarterly
                checkins:
                  - { date: 2026-02-01, value: 1480, confidence: 0.7, by: ana, note: New racking supplier }
        initiatives:
          - id: I1
            title: Standardize roof-mount kit
            supports: [O1]                   # objective or key result ids
            unit: operations
            owner: ana
            start: 2026-02-01
            end: 2026-06-30
            effort: 24                       # person-weeks
            depends_on: []                   # initiative ids
            status: active                   # proposed | planned | active | done | cancelled
            stage: act                       # believe | engage | act | transform
        actions:
          - { id: A1, title: Pick two kit suppliers, initiative: I1, owner: bo, due: 2026-02-20, done: true }
        rules:                               # per-plan rule configuration
          smart/not-achievable: off
          tracking/stale: error
        """;

    /// <summary>The smallest valid plan, to which tests append the part they exercise.</summary>
    public const string Minimal = """
        throughline: 1
        organization:
          name: Acme
        """;
}
