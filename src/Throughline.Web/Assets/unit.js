// The unit page's load against capacity chart: load as bars (months over capacity in the off-track colour and
// marked with a label, so colour is not the only sign), capacity as a line. The table beside it has the figures.
(() => {
  'use strict';

  const host = document.getElementById('capacity-chart');
  const source = document.getElementById('capacity-data');
  if (!host || !source || typeof echarts === 'undefined') {
    return;
  }

  const data = JSON.parse(source.textContent);
  const styles = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => styles.getPropertyValue(name).trim() || fallback;
  const accent = colour('--accent', '#2453c7');
  const over = colour('--off-track', '#b42318');
  const muted = colour('--muted', '#5a6473');
  const hasCapacity = data.capacity.some((value) => value !== null);

  const chart = echarts.init(host, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    legend: { top: 0, textStyle: { color: muted } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (value === null || value === undefined ? '–' : `${Number(value).toFixed(1)} person-weeks`),
    },
    xAxis: { type: 'category', data: data.months, axisLabel: { color: muted, hideOverlap: true } },
    yAxis: { type: 'value', name: 'person-weeks', nameTextStyle: { color: muted }, axisLabel: { color: muted } },
    series: [
      {
        name: 'Load',
        type: 'bar',
        data: data.load.map((value, i) => ({
          value,
          itemStyle: { color: data.over[i] ? over : accent },
          label: data.over[i] ? { show: true, position: 'top', formatter: 'over', color: over, fontWeight: 'bold' } : undefined,
        })),
        barMaxWidth: 36,
      },
      ...(hasCapacity
        ? [{
          name: 'Capacity',
          type: 'line',
          step: 'middle',
          data: data.capacity,
          symbol: 'none',
          lineStyle: { color: '#1c2430', width: 2, type: 'dashed' },
          itemStyle: { color: '#1c2430' },
        }]
        : []),
    ],
  });

  window.addEventListener('resize', () => chart.resize());
})();
