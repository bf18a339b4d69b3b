namespace Throughline.Web.Messages;

/// <summary>The body of <c>POST …/messages</c>: a strategic message (goals, why, whatChanges) or an operational update (unit, why).</summary>
public sealed record MessageRequest(string? Kind, string? Title, string? Why, string? WhatChanges, IReadOnlyList<string>? Goals, string? Unit);

/// <summary>The body of <c>PUT …/talking-points/{department}/{level}</c>; examples left out keep the current ones.</summary>
public sealed record TalkingPointsRequest(string? Text, IReadOnlyList<string>? Examples);

/// <summary>The body of <c>POST …/messages/{id}/acknowledge</c>.</summary>
public sealed record AcknowledgementRequest(string? Restatement, IReadOnlyList<string>? Work);

/// <summary>The body of <c>PUT …/restatements/{person}/review</c>.</summary>
public sealed record ReviewRequest(string? Status, string? Answer);

public sealed record MessageSummary(
    int Id, string Kind, string Title, IReadOnlyList<string> Goals, string? Unit, string Author, DateTimeOffset CreatedAt,
    int TalkingPoints, int Released, int Flagged);

public sealed record MessageListResponse(string Organization, string Kind, int Total, IReadOnlyList<MessageSummary> Items);

public sealed record TalkingPointsResponse(
    string Department, string DepartmentName, string Level, int Version, int? ReleasedVersion, DateTimeOffset? ReleasedAt,
    string Text, IReadOnlyList<ExampleResponse> Examples, string? Flag, IReadOnlyList<string> Responsible, int Recipients, bool CanRelease);

public sealed record MessageResponse(
    int Id, string Kind, string Title, string Why, string WhatChanges, IReadOnlyList<string> Goals, string? Unit, string Author,
    DateTimeOffset CreatedAt, int Recipients, IReadOnlyList<TalkingPointsResponse> TalkingPoints);

public sealed record ReleaseResponse(int Message, string Department, string Level, int Version, int Delivered, IReadOnlyList<string> People);

public sealed record InboxItem(
    int Message, string Kind, string Title, string Why, string WhatChanges, IReadOnlyList<string> Goals, string? Department, string? Level,
    int Version, string Text, IReadOnlyList<ExampleResponse> Examples, DateTimeOffset DeliveredAt, DateTimeOffset? AcknowledgedAt,
    string? Restatement, IReadOnlyList<string> Work, string? Review, string? Answer);

public sealed record InboxResponse(string Organization, string? Person, IReadOnlyList<InboxItem> Strategic, IReadOnlyList<InboxItem> Operational);

public sealed record RestatementResponse(
    string Person, string Name, string? Department, string? Level, int Version, DateTimeOffset DeliveredAt, DateTimeOffset? AcknowledgedAt,
    string? Restatement, IReadOnlyList<string> Work, string? Review, string? Answer, string? Reviewer);

public sealed record RestatementsResponse(string Organization, int Message, IReadOnlyList<RestatementResponse> Items);

public sealed record ComprehensionRow(
    string Department, string DepartmentName, string Level, int? ReleasedVersion, int Recipients, int Acknowledged, double? AcknowledgedShare,
    int Reviewed, int Understood, double? UnderstoodShare, double? MedianHoursToAcknowledge);

public sealed record ComprehensionResponse(string Organization, int Message, IReadOnlyList<ComprehensionRow> Units);
