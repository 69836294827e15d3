// 流程图: draws a definition body on an X6 graph (states as nodes, transitions as edges). Shared by the designer and the
// read-only diagram of an instance. Colours and marks are SVG attributes and CSS classes (workflows.css): the CSP
// allows neither inline <style> elements nor style attributes in markup, so X6's own stylesheet insertion is off and
// its CSS is linked as a file.
(function () {
  'use strict';
  const X6 = window.X6;
  X6.Config.autoInsertCSS = false;

  const NodeWidth = 150;
  const NodeHeight = 52;
  const Fill = { initial: '#e8f5e9', normal: '#ffffff', final: '#eceff1' };
  const Stroke = { initial: '#2e7d32', normal: '#495057', final: '#263238' };

  // The CSS gives the container its height; X6 then fixes its size inline (through the DOM, which the CSP allows).
  // X6's autoResize would watch a container whose size X6 itself sets and grow it without end, so the width follows
  // the window here instead.
  function createGraph(container, editable) {
    const height = container.clientHeight;
    const graph = new X6.Graph({
      container: container,
      width: container.clientWidth,
      height: height,
      grid: editable ? { size: 10, visible: true } : false,
      panning: true,
      mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'] },
      interacting: editable ? { nodeMovable: true, edgeMovable: false, edgeLabelMovable: false, vertexMovable: false } : false,
      connecting: {
        snap: { radius: 30 },
        allowBlank: false,
        allowLoop: true,
        allowNode: true,
        allowEdge: false,
        allowMulti: true,
        highlight: true,
        anchor: 'center',
        connectionPoint: 'boundary',
        connector: { name: 'smooth' },
        createEdge: function () { return this.createEdge(edgeConfig('')); },
        validateConnection: function (args) { return !!args.targetCell && args.targetCell.isNode(); },
      },
    });
    window.addEventListener('resize', function () { graph.resize(container.parentElement.clientWidth, height); });
    return graph;
  }

  function portsConfig() {
    const circle = { r: 5, magnet: true, stroke: '#0d6efd', strokeWidth: 1, fill: '#fff', class: 'wf-port' };
    const groups = {};
    ['top', 'right', 'bottom', 'left'].forEach(function (side) { groups[side] = { position: side, attrs: { circle: circle } }; });
    return { groups: groups, items: [{ group: 'top' }, { group: 'right' }, { group: 'bottom' }, { group: 'left' }] };
  }

  function nodeConfig(state, position, editable) {
    const config = {
      shape: 'rect',
      x: position.x,
      y: position.y,
      width: NodeWidth,
      height: NodeHeight,
      // States above transitions: a line ending at a state's outline must not cover the state's connection points.
      zIndex: 2,
      attrs: {
        body: { rx: 8, ry: 8, strokeWidth: state.kind === 'final' ? 3 : 1.5 },
        label: { fontSize: 13, fill: '#212529' },
      },
      data: state,
    };
    if (editable) {
      config.ports = portsConfig();
    }
    return config;
  }

  function edgeConfig(text) {
    return {
      shape: 'edge',
      zIndex: 1,
      attrs: { line: { stroke: '#495057', strokeWidth: 1.5, targetMarker: { name: 'block', width: 10, height: 6 } } },
      labels: text ? [{ attrs: { label: { text: text, fontSize: 12 } } }] : [],
    };
  }

  // Shows a node's or edge's data: kind colours, label text, and the marks (selected, problem, current state).
  function paint(cell) {
    const data = cell.getData() || {};
    const marks = (data.marks || []).join(' ');
    if (cell.isNode()) {
      const kind = data.kind || 'normal';
      cell.attr('body/fill', Fill[kind] || Fill.normal);
      cell.attr('body/stroke', Stroke[kind] || Stroke.normal);
      cell.attr('body/strokeWidth', kind === 'final' ? 3 : 1.5);
      cell.attr('body/class', ('wf-state ' + marks).trim());
      cell.attr('label/text', (data.label || '') + '\n' + (data.name || ''));
    } else {
      cell.attr('line/class', ('wf-transition ' + marks).trim());
      const text = data.label || data.trigger || '';
      cell.setLabels(text ? [{ attrs: { label: { text: text, fontSize: 12 } } }] : []);
    }
  }

  function setMark(cell, mark, on) {
    const data = Object.assign({}, cell.getData());
    const marks = (data.marks || []).filter(function (m) { return m !== mark; });
    if (on) {
      marks.push(mark);
    }
    data.marks = marks;
    cell.setData(data, { overwrite: true });
    paint(cell);
  }

  // Layered placement for bodies without a stored layout: column = distance from the initial state.
  function autoLayout(body) {
    const level = {};
    const initial = body.states.find(function (s) { return s.kind === 'initial'; }) || body.states[0];
    const queue = initial ? [initial.name] : [];
    if (initial) {
      level[initial.name] = 0;
    }
    while (queue.length) {
      const from = queue.shift();
      body.transitions.filter(function (t) { return t.from === from && level[t.to] === undefined; }).forEach(function (t) {
        level[t.to] = level[from] + 1;
        queue.push(t.to);
      });
    }
    const max = Math.max.apply(null, [0].concat(Object.values(level)));
    const rows = {};
    const layout = {};
    body.states.forEach(function (s) {
      const column = level[s.name] === undefined ? max + 1 : level[s.name];
      rows[column] = (rows[column] || 0) + 1;
      layout[s.name] = { x: 40 + column * 220, y: 40 + (rows[column] - 1) * 110 };
    });
    return layout;
  }

  // Transitions between the same two states would draw on top of each other: bend each through its own point.
  function spread(graph) {
    const groups = {};
    graph.getEdges().forEach(function (edge) {
      const a = edge.getSourceCellId();
      const b = edge.getTargetCellId();
      const key = a < b ? a + '|' + b : b + '|' + a;
      (groups[key] = groups[key] || []).push(edge);
    });
    Object.values(groups).forEach(function (edges) {
      edges.forEach(function (edge, i) {
        const source = edge.getSourceCell();
        const target = edge.getTargetCell();
        if (!source || !target) {
          return;
        }
        const s = source.getBBox().getCenter();
        const t = target.getBBox().getCenter();
        if (source === target) {
          edge.setVertices([{ x: s.x - 30 - i * 15, y: s.y - 50 - i * 20 }, { x: s.x + 30 + i * 15, y: s.y - 50 - i * 20 }]);
          return;
        }
        if (edges.length === 1) {
          edge.setVertices([]);
          return;
        }
        // One canonical direction so that a→b and b→a bend to opposite sides.
        const forward = source.id < target.id;
        const dx = (forward ? t.x - s.x : s.x - t.x);
        const dy = (forward ? t.y - s.y : s.y - t.y);
        const length = Math.sqrt(dx * dx + dy * dy) || 1;
        const offset = (i - (edges.length - 1) / 2) * 40;
        edge.setVertices([{ x: (s.x + t.x) / 2 - dy / length * offset, y: (s.y + t.y) / 2 + dx / length * offset }]);
      });
    });
  }

  // Draws the body; returns the nodes by state name.
  function load(graph, body, editable) {
    graph.clearCells();
    const layout = Object.assign(autoLayout(body), body.layout || {});
    const nodes = {};
    body.states.forEach(function (state) {
      const data = Object.assign({}, state, {
        timers: (body.timers || []).filter(function (t) { return t.state === state.name; }).map(function (t) {
          const copy = Object.assign({}, t);
          delete copy.state;
          return copy;
        }),
      });
      nodes[state.name] = graph.addNode(nodeConfig(data, layout[state.name], editable));
      paint(nodes[state.name]);
    });
    body.transitions.forEach(function (t) {
      if (!nodes[t.from] || !nodes[t.to]) {
        return;
      }
      const data = Object.assign({}, t);
      delete data.from;
      delete data.to;
      const edge = graph.addEdge(Object.assign(edgeConfig(t.label), { source: nodes[t.from], target: nodes[t.to], data: data }));
      paint(edge);
    });
    spread(graph);
    return nodes;
  }

  window.WorkflowGraph = {
    createGraph: createGraph,
    nodeConfig: nodeConfig,
    load: load,
    paint: paint,
    setMark: setMark,
    spread: spread,
  };
})();
