// Shixian workbench: the little the pages need beyond HTML. Every page works without it.
(function () {
  function trendChart() {
    var el = document.getElementById('trend-chart');
    if (!el || !window.echarts) { return; }
    var split = function (s) { return s ? s.split(',') : []; };
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.labelOverdue, el.dataset.labelEscalated], top: 4 },
      grid: { left: 40, right: 16, top: 36, bottom: 28, containLabel: true },
      xAxis: { type: 'category', data: split(el.dataset.dates) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: el.dataset.labelOverdue, type: 'line', showSymbol: false, data: split(el.dataset.overdue).map(Number), color: '#c62828' },
        { name: el.dataset.labelEscalated, type: 'line', showSymbol: false, data: split(el.dataset.escalated).map(Number), color: '#7f0000' }
      ]
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function selectAll() {
    document.addEventListener('change', function (e) {
      if (e.target && e.target.id === 'select-all') {
        document.querySelectorAll('#worklist-table input[name=alert]').forEach(function (box) { box.checked = e.target.checked; });
      }
    });
  }
  window.addEventListener('load', function () { trendChart(); selectAll(); });
})();
