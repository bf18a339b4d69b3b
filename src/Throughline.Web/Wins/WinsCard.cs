namespace Throughline.Web.Wins;

/// <summary>
/// What a page shows of the wins: the newest ones with their kudos, and where kudos are posted. Rendered by
/// <c>Pages/Shared/_Wins.cshtml</c>; any page of an organization can build one with <see cref="WinsApi.ReadAsync"/>.
/// </summary>
public sealed record WinsCard(string Slug, IReadOnlyList<WinResponse> Wins, bool CanGiveKudos)
{
    public string WinsUrl => $"/o/{Uri.EscapeDataString(Slug)}/wins";

    public string ItemUrl(WinResponse win)
    {
        ArgumentNullException.ThrowIfNull(win);
        return $"/o/{Uri.EscapeDataString(Slug)}/items/{Uri.EscapeDataString(win.ItemId)}";
    }

    public static string Describe(WinResponse win)
    {
        ArgumentNullException.ThrowIfNull(win);
        return win.Kind switch
        {
            "key-result" => "Key result achieved",
            "initiative" => "Initiative completed",
            "goal" => $"Goal past {win.Milestone}%",
            _ => $"Objective past {win.Milestone}%",
        };
    }
}
