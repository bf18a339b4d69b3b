// The item page: the chart of a key result (Apache ECharts) from the data the page embeds, and the check-in
// form's focus when the page is opened at #check-in.
(() => {
  'use strict';

  const focusCheckIn = () => {
    if (window.location.hash === '#check-in') {
      document.getElementById('checkin-value')?.focus();
    }
  };
  window.addEventListener('hashchange', focusCheckIn);
  // After the browser has scrolled to the fragment (which moves the focus itself); a form with errors keeps the
  // focus on its first error instead.
  window.addEventListener('load', () => {
    if (!document.querySelector('[aria-invalid="true"]')) {
      window.requestAnimationFrame(focusCheckIn);
    }
  });

  const container = document.getElementById('kr-chart');
  const dataElement = document.getElementById('kr-chart-data');
  if (!container || !dataElement || typeof window.echarts === 'undefined') {
    return;
  }

  const data = JSON.parse(dataElement.textContent || 'null');
  if (!data) {
    return;
  }

  const unit = data.unit ? (data.unit === '%' ? '%' : ` ${data.unit}`) : '';
  const number = (value) => (value === null || value === undefined ? '–' : `${Math.round(value * 100) / 100}${unit}`);
  const series = [
    {
      name: 'Check-ins',
      type: 'line',
      data: data.checkIns.map((c) => [c.date, c.value]),
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { width: 2.5, color: '#2453c7' },
      itemStyle: { color: '#2453c7' },
      z: 3,
    },
  ];

  if (data.start && data.due && data.baseline !== null && data.target !== null && data.direction !== 'maintain') {
    series.push({
      name: 'Plan',
      type: 'line',
      data: [[data.start, data.baseline], [data.due, data.target]],
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 1.5, color: '#5a6473' },
      itemStyle: { color: '#5a6473' },
    });
  }

  if (data.trendFrom && data.due && data.projected !== null) {
    series.push({
      name: 'Forecast',
      type: 'line',
      data: [[data.trendFrom, data.trendFromValue], [data.due, data.projected]],
      symbol: 'triangle',
      symbolSize: [0, 9],
      lineStyle: { type: 'dotted', width: 2, color: '#8a5a00' },
      itemStyle: { color: '#8a5a00' },
    });
  }

  const marks = [{ xAxis: data.asOf, name: 'Today', label: { formatter: 'As of' } }];
  if (data.target !== null && data.direction !== 'maintain') {
    marks.push({ yAxis: data.target, name: 'Target', label: { formatter: `Target ${number(data.target)}` } });
  }
  series[0].markLine = { symbol: 'none', silent: true, lineStyle: { color: '#8d97a8' }, data: marks };
  if (data.direction === 'maintain' && data.low !== null && data.high !== null) {
    series[0].markArea = { silent: true, itemStyle: { color: 'rgba(29, 122, 70, 0.08)' }, data: [[{ yAxis: data.low, name: 'Range' }, { yAxis: data.high }]] };
  }

  const chart = window.echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    grid: { left: 56, right: 88, top: 40, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: number },
    xAxis: { type: 'time', min: data.start || undefined, max: data.due || undefined },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v) => `${v}${unit === '%' ? '%' : ''}` } },
    series,
  });
  window.addEventListener('resize', () => chart.resize());
})();
