using Microsoft.AspNetCore.Mvc;
using Throughline.Core.Model;
using Throughline.Web.Accounts;
using Throughline.Web.Messages;

namespace Throughline.Web.Pages.Org.Messages;

/// <summary>
/// Messages: strategic messages and operational updates in lists of their own; leaders write a strategic
/// message linked to goals, managers post an operational update to their unit.
/// </summary>
public sealed class MessageListModel : MessagePageModel
{
    public MessageListResponse Strategic { get; private set; } = null!;

    public MessageListResponse Operational { get; private set; } = null!;

    public IReadOnlyList<(string Id, string Title)> Goals { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Units { get; private set; } = [];

    public bool CanWriteStrategic => Access.IsAtLeast(OrganizationRole.Leader);

    public bool CanPostUpdate => Access.IsAtLeast(OrganizationRole.Manager);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Why { get; set; }

    [BindProperty]
    public string? WhatChanges { get; set; }

    [BindProperty]
    public List<string> LinkedGoals { get; set; } = [];

    [BindProperty]
    public string? Unit { get; set; }

    /// <summary>Which form the error belongs to: strategic or operational.</summary>
    public string? FailedForm { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await Book.CreateAsync(Access, new MessageRequest(MessageKinds.Strategic, Title, Why, WhatChanges, LinkedGoals, null), cancellationToken);
        if (outcome.Value is { } created)
        {
            Notice = $"Message {created.Id} is written: its talking points wait for each department's manager to edit and release them.";
            return Redirect(OrgUrl($"messages/{created.Id}"));
        }

        FailedForm = MessageKinds.Strategic;
        return Refuse(outcome.Refusal!) ?? await PageAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken)
    {
        var outcome = await Book.CreateAsync(Access, new MessageRequest(MessageKinds.Operational, Title, Why, null, null, Unit), cancellationToken);
        if (outcome.Value is { } created)
        {
            Notice = $"Update {created.Id} is delivered to the people of {created.Unit}.";
            return Redirect(OrgUrl("messages") + "#updates");
        }

        FailedForm = MessageKinds.Operational;
        return Refuse(outcome.Refusal!) ?? await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Strategic = await Book.ListAsync(Access, MessageKinds.Strategic, cancellationToken);
        Operational = await Book.ListAsync(Access, MessageKinds.Operational, cancellationToken);
        (Goals, Units) = await ReadAsync(view =>
        {
            var goals = view.Plan.Goals.Select(g => (g.Id, g.Title)).ToList();
            var mine = Access.PersonId is { } me && view.Index.Find<Person>(me)?.Unit is { } unit ? view.Index.UnitAndBelow(unit, view.Plan) : [];
            var units = view.Plan.Organization.Units
                .Where(u => Access.IsAtLeast(OrganizationRole.Leader) || mine.Contains(u.Id))
                .Select(u => (u.Id, string.IsNullOrWhiteSpace(u.Name) ? u.Id : u.Name)).ToList();
            return ((IReadOnlyList<(string, string)>)goals, (IReadOnlyList<(string, string)>)units);
        });
    }
}
