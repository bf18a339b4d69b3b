namespace Throughline.Core.Reports.Packet;

/// <summary>The paper a review packet is laid out for (its <c>@page</c> size).</summary>
public enum PaperSize { A4, Letter }
