// 监管看板: draws the page's figures (the JSON block the server rendered) with ECharts; a click on a bar or a point opens
// the operators behind it, the same link the table's number carries. No inline script: the CSP allows 'self' only.
(function () {
    'use strict';
    var source = document.getElementById('dashboard-data');
    if (!source || typeof echarts === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent);
    var colours = { '绿码': '#2e9d5b', '黄码': '#e0b020', '红码': '#d9363e', '黑码': '#333333' };
    var charts = [];

    function chartOn(id, height) {
        var element = document.querySelector('[data-chart="' + id + '"]');
        if (!element) {
            return null;
        }

        element.style.height = height + 'px';
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        charts.push(chart);
        return chart;
    }

    function follow(chart, urlOf) {
        chart.on('click', function (params) {
            var url = urlOf(params);
            if (url) {
                window.location.href = url;
            }
        });
    }

    data.charts.forEach(function (figure) {
        var chart = chartOn(figure.id, 280);
        if (!chart) {
            return;
        }

        var series = figure.series.map(function (s) {
            return { name: s.name, type: 'bar', stack: 'operators', data: s.data, itemStyle: { color: colours[s.name] }, barMaxWidth: 36 };
        });
        series.push({ name: '存管达标率(%)', type: 'line', yAxisIndex: 1, data: figure.complianceRate, itemStyle: { color: '#3a6fd8' } });
        chart.setOption({
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 48, right: 48, top: 32, bottom: 56 },
            xAxis: { type: 'category', data: figure.labels, axisLabel: { interval: 0, rotate: figure.labels.length > 6 ? 30 : 0 } },
            yAxis: [{ type: 'value', name: '经营者', minInterval: 1 }, { type: 'value', name: '达标率', min: 0, max: 100 }],
            series: series
        });
        follow(chart, function (params) {
            var s = figure.series[params.seriesIndex];
            return s ? s.urls[params.dataIndex] : null;
        });
    });

    // Counts and money on their own axes (a balance in 元 dwarfs a count of operators); the rates on a chart of their own.
    var trend = chartOn('trend', 260);
    if (trend) {
        trend.setOption({
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 48, right: 96, top: 32, bottom: 32 },
            xAxis: { type: 'category', data: data.trend.labels },
            yAxis: [{ type: 'value', name: '经营者', minInterval: 1 }, { type: 'value', name: '余额(元)' }],
            series: [
                { name: '经营者', type: 'bar', data: data.trend.operators, itemStyle: { color: '#7aa6e8' }, barMaxWidth: 36 },
                { name: '预收资金余额(元)', type: 'line', yAxisIndex: 1, data: data.trend.balance, itemStyle: { color: '#d98c1f' } }
            ]
        });
        follow(trend, function (params) { return data.trend.urls[params.dataIndex]; });
    }

    var rates = chartOn('trend-rates', 260);
    if (rates) {
        rates.setOption({
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 48, right: 24, top: 32, bottom: 32 },
            xAxis: { type: 'category', data: data.trend.labels },
            yAxis: { type: 'value', name: '%', min: 0, max: 100 },
            series: [
                { name: '存管达标率(%)', type: 'line', data: data.trend.complianceRate, itemStyle: { color: '#2e9d5b' } },
                { name: '对接率(%)', type: 'line', data: data.trend.connectionRate, itemStyle: { color: '#8a55c9' } }
            ]
        });
        follow(rates, function (params) { return data.trend.urls[params.dataIndex]; });
    }

    window.addEventListener('resize', function () {
        charts.forEach(function (chart) { chart.resize(); });
    });
}());
