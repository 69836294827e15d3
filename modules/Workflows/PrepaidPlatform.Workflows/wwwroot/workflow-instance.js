// 流程记录 · 流程图: the instance's definition version, read-only, with the current state marked.
(function () {
  'use strict';
  const container = document.getElementById('wf-diagram');
  if (!container) {
    return;
  }
  const body = JSON.parse(container.dataset.definition);
  const graph = window.WorkflowGraph.createGraph(container, false);
  const nodes = window.WorkflowGraph.load(graph, body, false);
  const current = nodes[container.dataset.current];
  if (current) {
    window.WorkflowGraph.setMark(current, 'wf-current', true);
  }
  graph.zoomToFit({ padding: 20, maxScale: 1 });
  container.dataset.ready = 'true';
})();
