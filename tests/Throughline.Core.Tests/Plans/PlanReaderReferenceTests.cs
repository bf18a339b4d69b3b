namespace Throughline.Core.Tests.Plans;

public class PlanReaderReferenceTests
{
    [Fact]
    public void EveryUnknownReferenceIsReportedWithTheClosestIdOfTheRightKind()
    {
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: acme, name: Acme }
                - { id: ops, name: Ops, parent: acmee }
              people:
                - { id: ana, unit: opps, manager: boo }
                - { id: bo, unit: ops }
            swot:
              - { id: S1, kind: strength, text: Cheap }
            goals:
              - { id: G1, title: Grow, owner: anaa, swot: [S1, S2] }
            objectives:
              - id: O1
                title: Sell
                contributes_to: [G2]
                owner: bbo
                unit: opss
                key_results:
                  - id: KR1
                    title: Deals
                    owner: ann
                    checkins:
                      - { date: 2026-01-01, value: 1, by: boo }
            initiatives:
              - { id: I1, title: Kit, supports: [KR2], unit: acm, owner: an, depends_on: [I2] }
            actions:
              - { id: A1, title: Call, initiative: I11, supports: [O2], owner: b }
            """,
            (6, 37, "Unknown unit 'acmee' in 'parent' of unit ops; fix the id, or declare it under organization.units"),
            (8, 24, "Unknown unit 'opps' in 'unit' of person ana"),
            (8, 39, "Unknown person 'boo' in 'manager' of person ana; fix the id, or declare it under organization.people"),
            (13, 35, "Unknown person 'anaa' in 'owner' of goal G1"),
            (13, 52, "Unknown SWOT item 'S2' in 'swot' of goal G1; fix the id, or declare it under swot"),
            (17, 22, "Unknown goal or objective 'G2' in 'contributes_to' of objective O1; fix the id, or declare it under goals or objectives"),
            (18, 12, "Unknown person 'bbo' in 'owner' of objective O1"),
            (19, 11, "Unknown unit 'opss' in 'unit' of objective O1"),
            (23, 16, "Unknown person 'ann' in 'owner' of key result KR1"),
            (25, 47, "Unknown person 'boo' in 'by' of the check-in of key result KR1 on 2026-01-01"),
            (27, 38, "Unknown objective or key result 'KR2' in 'supports' of initiative I1"),
            (27, 50, "Unknown unit 'acm' in 'unit' of initiative I1"),
            (27, 62, "Unknown person 'an' in 'owner' of initiative I1"),
            (27, 79, "Unknown dependency 'I2' of initiative I1: no initiative has this id"),
            (29, 40, "Unknown initiative 'I11' in 'initiative' of action A1"),
            (29, 56, "Unknown objective or key result 'O2' in 'supports' of action A1"),
            (29, 68, "Unknown person 'b' in 'owner' of action A1"));

        Assert.Equal(
            ["acme", "ops", "bo", "ana", "S1", "G1", "bo", "ops", "ana", "bo", "KR1", "acme", "ana", "I1", "I1", "O1", null],
            errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void ReferenceToAnIdOfTheWrongKindIsAnError()
    {
        var errors = ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: acme, name: Acme }
              people:
                - { id: ana, unit: ana }
            goals:
              - { id: G1, title: Grow, owner: acme }
            objectives:
              - { id: O1, title: Sell, contributes_to: KR1, key_results: [{ id: KR1, title: Deals }] }
            initiatives:
              - { id: I1, title: Kit, supports: G1, depends_on: O1 }
            actions:
              - { id: A1, title: Call, initiative: A1 }
            """,
            (7, 24, "'ana' in 'unit' of person ana is the person at test.plan.yaml:7:13, but 'unit' must name a unit"),
            (9, 35, "'acme' in 'owner' of goal G1 is the unit at test.plan.yaml:5:13, but 'owner' must name a person"),
            (11, 44, "'KR1' in 'contributes_to' of objective O1 is the key result at test.plan.yaml:11:69, but 'contributes_to' must name a goal or an objective"),
            (13, 37, "'G1' in 'supports' of initiative I1 is the goal at test.plan.yaml:9:11, but 'supports' must name an objective or a key result"),
            (13, 53, "'O1' in 'depends_on' of initiative I1 is the objective at test.plan.yaml:11:11, but 'depends_on' must name an initiative"),
            (15, 40, "'A1' in 'initiative' of action A1 is the action at test.plan.yaml:15:11, but 'initiative' must name an initiative"));

        Assert.Equal([null, null, null, "O1", "I1", "I1"], errors.Select(error => error.Suggestion));
    }

    [Fact]
    public void ReferencesOfElementsWithoutIdAreStillChecked()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization: { name: Acme }
            objectives:
              - id: O1
                title: Sell
                key_results:
                  - title: Deals
                    checkins: [{ date: 2026-01-01, value: 1, by: zed }]
            """,
            (7, 9, "A key result has no id"),
            (8, 54, "Unknown person 'zed' in 'by' of the check-in of the key result without an id on 2026-01-01"));
    }

    [Fact]
    public void DuplicateIdIsReportedAtTheSecondOccurrenceNamingTheFirst()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: X1, name: Unit }
            goals:
              - { id: G1, title: Grow }
              - { id: X1, title: Other }
            objectives:
              - id: O1
                title: Sell
                key_results:
                  - { id: G1, title: Deals }
            """,
            (8, 11, "Duplicate id 'X1': the unit at test.plan.yaml:5:13 already has it; ids must be unique across the whole file"),
            (13, 15, "Duplicate id 'G1': the goal at test.plan.yaml:7:11 already has it"));
    }

    [Fact]
    public void DuplicateIdIsReportedAtTheLaterOccurrenceInTheFileWhateverTheSectionOrder()
    {
        ReadAssert.SingleError("""
            throughline: 1
            goals:
              - { id: sales, title: Grow }
            organization:
              name: Acme
              units:
                - { id: sales, name: Sales }
            """, 7, 13, "Duplicate id 'sales': the goal at test.plan.yaml:3:11 already has it");
    }

    [Fact]
    public void VisionSuccessMeasuresShareTheIdNamespaceAndCanBeSupported()
    {
        var plan = ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            vision:
              statement: Clean power for all
              success:
                - { id: VS1, title: Homes }
            initiatives:
              - { id: I1, title: Kit, supports: VS1 }
            """);

        Assert.Equal(["VS1"], plan.Initiatives.Single().Supports);
    }

    [Fact]
    public void CyclesAreReportedNamingTheWholeLoop()
    {
        ReadAssert.Errors("""
            throughline: 1
            organization:
              name: Acme
              units:
                - { id: a, name: A, parent: b }
                - { id: b, name: B, parent: a }
                - { id: c, name: C, parent: c }
              people:
                - { id: p1, manager: p3 }
                - { id: p2, manager: p1 }
                - { id: p3, manager: p2 }
            goals:
              - { id: G1, title: Grow }
            objectives:
              - { id: O1, title: One, contributes_to: [G1, O2] }
              - { id: O2, title: Two, contributes_to: O3 }
              - { id: O3, title: Three, contributes_to: [O1] }
              - { id: O4, title: Four, contributes_to: O4 }
            """,
            (5, 33, "Units are each other's parents in a loop: a -> b -> a;"),
            (7, 33, "Units are each other's parents in a loop: c -> c;"),
            (9, 26, "People manage each other in a loop: p1 -> p3 -> p2 -> p1;"),
            (15, 48, "Objectives contribute to each other in a loop: O1 -> O2 -> O3 -> O1;"),
            (18, 44, "Objectives contribute to each other in a loop: O4 -> O4;"));
    }

    [Fact]
    public void InitiativeDependencyLoopsAreLeftToTheEngine()
    {
        ReadAssert.Valid("""
            throughline: 1
            organization: { name: Acme }
            initiatives:
              - { id: I1, title: Kit, depends_on: I2 }
              - { id: I2, title: Kat, depends_on: [I1] }
            """);
    }

    [Fact]
    public void InitiativeEndingBeforeItStartsIsAnError()
    {
        ReadAssert.SingleError("""
            throughline: 1
            organization: { name: Acme }
            initiatives:
              - id: I1
                title: Kit
                start: 2026-06-01
                end: 2026-05-31
            """, 7, 10, "Initiative I1 ends (2026-05-31) before it starts (2026-06-01); fix 'start' or 'end'");
    }
}
