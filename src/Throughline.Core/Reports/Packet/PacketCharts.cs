using System.Text.Json;
using System.Text.Json.Serialization;
using Throughline.Core.Analysis;
using Throughline.Core.Model;

namespace Throughline.Core.Reports.Packet;

/// <summary>
/// The data of each chart, written as JSON next to its container, and the one script that draws them all with
/// Apache ECharts' SVG renderer, without animation, so the charts print as sharp, finished vectors.
/// </summary>
internal static class PacketCharts
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>A chart container and its data; the default encoder escapes '&lt;', so the JSON cannot close its script element.</summary>
    public static string Container(string id, string cssClass, string label, object data) =>
        $"<div class=\"{cssClass}\" id=\"{id}\" data-chart=\"{id}-data\" role=\"img\" aria-label=\"{Html.Encode(label)}\"></div>\n" +
        $"<script type=\"application/json\" id=\"{id}-data\">{JsonSerializer.Serialize(data, Json)}</script>";

    public static object KeyResult(KeyResultChart chart, DateOnly asOf)
    {
        var kr = chart.KeyResult;
        return new
        {
            kind = "key-result",
            id = kr.Id,
            unit = kr.Unit,
            direction = kr.Direction.ToString().ToLowerInvariant(),
            start = Day(chart.Start),
            due = Day(kr.Due),
            asOf = Day(asOf),
            target = kr.Direction == Direction.Maintain ? null : kr.Target,
            low = kr.Range?.Low,
            high = kr.Range?.High,
            checkIns = Points(chart.CheckIns),
            plan = Points(chart.Plan),
            forecast = Points(chart.Forecast),
        };
    }

    public static object Capacity(CapacityRow row) => new
    {
        kind = "capacity",
        id = row.UnitId,
        months = row.Months.Select(m => Figures.Month(m.Month)).ToList(),
        load = row.Months.Select(m => Math.Round(m.Load, 1)).ToList(),
        capacity = row.Months.Select(m => m.Capacity is { } c ? Math.Round(c, 1) : (double?)null).ToList(),
        fill = row.Months.Select(m => m.Fill).ToList(),
        over = row.Months.Select(m => m.Over).ToList(),
    };

    private static string? Day(DateOnly? date) => date is { } d ? Figures.Date(d) : null;

    private static List<object[]> Points(IReadOnlyList<ChartPoint> points) => [.. points.Select(p => new object[] { Figures.Date(p.Date), p.Value })];

    /// <summary>Draws every <c>[data-chart]</c> container. Series differ by line style and marker, not only by colour.</summary>
    public const string Script = """
        (() => {
          'use strict';
          if (typeof window.echarts === 'undefined') { return; }
          const ink = '#1b1f24', grey = '#6b7480', soft = '#c9cfd6';
          const round = (v) => (v === null || v === undefined ? '-' : `${Math.round(v * 100) / 100}`);
          const base = () => ({
            animation: false,
            aria: { enabled: true },
            textStyle: { fontFamily: 'system-ui, sans-serif', fontSize: 10, color: ink },
            legend: { top: 0, itemWidth: 28, textStyle: { fontSize: 10 } },
          });
          const keyResult = (d) => {
            const series = [{
              name: 'Check-ins', type: 'line', data: d.checkIns, symbol: 'circle', symbolSize: 6,
              lineStyle: { width: 2, color: ink }, itemStyle: { color: ink }, z: 3,
            }];
            if (d.plan.length) {
              series.push({ name: 'Plan', type: 'line', data: d.plan, symbol: 'rect', symbolSize: 5,
                lineStyle: { type: 'dashed', width: 1.5, color: grey }, itemStyle: { color: grey } });
            }
            if (d.forecast.length) {
              series.push({ name: 'Forecast', type: 'line', data: d.forecast.map((p, i) => (i === 0 ? { value: p, symbol: 'none' } : p)), symbol: 'triangle', symbolSize: 7,
                lineStyle: { type: 'dotted', width: 2, color: '#7a4b00' }, itemStyle: { color: '#7a4b00' } });
            }
            const marks = [{ xAxis: d.asOf, label: { formatter: 'as of', fontSize: 9 } }];
            if (d.target !== null) { marks.push({ yAxis: d.target, label: { formatter: `target ${round(d.target)}`, fontSize: 9 } }); }
            series[0].markLine = { symbol: 'none', silent: true, lineStyle: { color: grey, type: 'solid', width: 0.8 }, data: marks };
            if (d.low !== null && d.high !== null) {
              series[0].markArea = { silent: true, itemStyle: { color: 'rgba(0,0,0,0.07)', borderColor: grey, borderType: 'dashed', borderWidth: 0.8 },
                label: { formatter: 'range', fontSize: 9, color: grey }, data: [[{ yAxis: d.low }, { yAxis: d.high }]] };
            }
            return Object.assign(base(), {
              grid: { left: 52, right: 70, top: 30, bottom: 26 },
              xAxis: { type: 'time', min: d.start || undefined, max: d.due || undefined, axisLabel: { fontSize: 9, hideOverlap: true } },
              yAxis: { type: 'value', scale: true, name: d.unit || '', nameTextStyle: { fontSize: 9 }, axisLabel: { fontSize: 9 },
                splitLine: { lineStyle: { color: soft, width: 0.5 } } },
              series,
            });
          };
          const capacity = (d) => Object.assign(base(), {
            grid: { left: 52, right: 20, top: 30, bottom: 26 },
            xAxis: { type: 'category', data: d.months, axisLabel: { fontSize: 9 } },
            yAxis: { type: 'value', name: 'person-weeks', nameTextStyle: { fontSize: 9 }, axisLabel: { fontSize: 9 },
              splitLine: { lineStyle: { color: soft, width: 0.5 } } },
            series: [
              { name: 'Load', type: 'bar', barMaxWidth: 28, itemStyle: { color: '#9aa3ad' },
                data: d.load.map((v, i) => ({ value: v, itemStyle: d.over[i]
                  ? { color: '#ffffff', borderColor: ink, borderWidth: 1.2, decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -0.785, color: ink } }
                  : { color: '#9aa3ad' } })),
                label: { show: true, position: 'top', fontSize: 8,
                  formatter: (p) => (d.over[p.dataIndex] ? `OVER ${Math.round(d.fill[p.dataIndex] * 100)}%` : '') } },
              { name: 'Capacity', type: 'line', step: 'middle', data: d.capacity, symbol: 'none', itemStyle: { color: ink },
                lineStyle: { type: 'dashed', width: 1.5, color: ink } },
            ],
          });
          for (const el of document.querySelectorAll('[data-chart]')) {
            const data = JSON.parse(document.getElementById(el.dataset.chart).textContent);
            const chart = window.echarts.init(el, null, { renderer: 'svg', width: el.clientWidth, height: el.clientHeight });
            chart.setOption(data.kind === 'capacity' ? capacity(data) : keyResult(data));
          }
        })();
        """;
}
