namespace Throughline.Web.Tests.Authorization;

/// <summary>
/// The plan every organization of the authorization matrix starts from. Mona (the manager) leads ops, with
/// ops-field below it; sales is someone else's. Max (the member) owns KR-max, the objective O-team and the
/// actions A-max and action-del. Pia, whom Mona manages, owns the private objective O-private; Lea (the
/// leader) and Vic (the viewer) are outside that chain. The *-del items are named by nothing, for the deletes.
/// </summary>
internal static class MatrixPlan
{
    public const string Yaml = """
        throughline: 1
        organization:
          name: Matrix Co
          units:
            - { id: hq, name: Headquarters }
            - { id: ops, name: Operations, parent: hq }
            - { id: ops-field, name: Field crews, parent: ops }
            - { id: sales, name: Sales, parent: hq }
            - { id: unit-del, name: Unit to delete, parent: hq }
          people:
            - { id: cora, name: Cora Chief, unit: hq, level: executive }
            - { id: olga, name: Olga Owner, unit: hq, level: executive, manager: cora }
            - { id: ada, name: Ada Admin, unit: hq, level: executive, manager: cora }
            - { id: lea, name: Lea Leader, unit: hq, level: executive, manager: cora }
            - { id: mona, name: Mona Manager, unit: ops, level: manager, manager: cora }
            - { id: max, name: Max Member, unit: ops, level: frontline, manager: mona }
            - { id: pia, name: Pia Private, unit: ops, level: frontline, manager: mona }
            - { id: sam, name: Sam Sales, unit: sales, level: manager, manager: cora }
            - { id: vic, name: Vic Viewer, unit: sales, level: frontline, manager: sam }
            - { id: person-del, name: Person to delete, unit: sales, level: frontline }
        vision:
          statement: Every customer served on the first call
          success:
            - { id: VS1, title: Customers served, baseline: 0, target: 100, owner: cora }
        swot:
          - { id: S1, kind: strength, text: Loyal customers }
          - { id: swot-del, kind: threat, text: SWOT item to delete }
        criteria:
          - { id: impact, name: Customer impact, weight: 2 }
          - { id: crit-del, name: Criterion to delete }
        goals:
          - { id: G1, title: Serve every customer well, owner: lea }
          - { id: goal-del, title: Goal to delete }
        objectives:
          - id: O-ops
            title: Answer every call within a minute
            contributes_to: [G1]
            owner: mona
            unit: ops
            key_results:
              - id: KR-ops
                title: Calls answered within a minute
                baseline: 0
                target: 10
                owner: mona
                checkins:
                  - { date: 2026-02-01, value: 1 }
              - id: KR-max
                title: Callbacks made the same day
                baseline: 0
                target: 10
                owner: max
                checkins:
                  - { date: 2026-02-01, value: 1 }
                  - { date: 2026-03-01, value: 2 }
              - { id: kr-del, title: Key result to delete, baseline: 0, target: 10 }
          - id: O-team
            title: Train the whole team
            contributes_to: [G1]
            owner: max
            unit: ops
            key_results:
              - { id: KR-team, title: People trained, baseline: 0, target: 10, owner: pia }
          - { id: O-field, title: Fix faults on the first visit, contributes_to: [G1], owner: mona, unit: ops-field }
          - id: O-sales
            title: Win new customers
            contributes_to: [G1]
            owner: sam
            unit: sales
            key_results:
              - id: KR-sales
                title: New customers
                baseline: 0
                target: 10
                owner: sam
                checkins:
                  - { date: 2026-02-01, value: 1 }
                  - { date: 2026-03-01, value: 2 }
          - id: O-private
            title: Prepare the reorganization
            contributes_to: [G1]
            owner: pia
            unit: ops
            x-private: true
            key_results:
              - id: KR-private
                title: Teams briefed
                baseline: 0
                target: 10
                owner: pia
                checkins:
                  - { date: 2026-02-01, value: 1 }
          - { id: objective-del, title: Objective to delete, owner: mona, unit: ops }
        initiatives:
          - { id: I-ops, title: New phone system, supports: [O-ops], unit: ops, owner: mona }
          - { id: I-sales, title: Referral programme, supports: [O-sales], unit: sales, owner: sam }
          - { id: initiative-del, title: Initiative to delete, supports: [O-ops], unit: ops, owner: mona }
        actions:
          - { id: A-max, title: Write the call script, initiative: I-ops, owner: max }
          - { id: A-sam, title: Brief the partners, initiative: I-sales, owner: sam }
          - { id: action-del, title: Action to delete, initiative: I-ops, owner: max }
        """;
}
