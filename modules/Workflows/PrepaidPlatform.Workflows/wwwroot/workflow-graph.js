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
      // Drawn at once, not on the next frame: the labels are placed from the drawn lines (placeLabels).
      async: false,
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
      labels: text ? [labelConfig(text)] : [],
    };
  }

  function labelConfig(text, position) {
    const label = { attrs: { label: { text: text, fontSize: 12 } } };
    if (position) {
      label.position = position;
    }
    return label;
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
      // Officials read states by their names; the code shows only while a new state has none.
      cell.attr('label/text', data.label || data.name || '');
    } else {
      cell.attr('line/class', ('wf-transition ' + marks).trim());
      const text = data.label || data.trigger || '';
      // Keeps the place placeLabels found: repainting a mark must not move the label back under a state.
      const old = cell.getLabels()[0];
      cell.setLabels(text ? [labelConfig(text, old && old.position)] : []);
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

  // Whether the polyline through points passes under a state other than the ones it joins (sampled every few pixels).
  function crossesState(points, nodes) {
    const boxes = nodes.map(function (n) { return n.getBBox(); });
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 8);
      for (let k = 0; k <= steps; k++) {
        const x = a.x + (b.x - a.x) * k / steps;
        const y = a.y + (b.y - a.y) * k / steps;
        if (boxes.some(function (r) { return x > r.x - 6 && x < r.x + r.width + 6 && y > r.y - 6 && y < r.y + r.height + 6; })) {
          return true;
        }
      }
    }
    return false;
  }

  // A straight line that would pass under another state (a transition skipping a column) bends round it instead, through
  // the nearest point beside the line that clears every state; its label then sits on the open part of the line.
  function detour(graph, source, target, s, t) {
    const others = graph.getNodes().filter(function (n) { return n !== source && n !== target; });
    if (!crossesState([s, t], others)) {
      return [];
    }
    const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const nx = -(t.y - s.y) / length;
    const ny = (t.x - s.x) / length;
    const offsets = [-60, 60, -120, 120, -180, 180];
    for (let i = 0; i < offsets.length; i++) {
      const v = { x: (s.x + t.x) / 2 + nx * offsets[i], y: (s.y + t.y) / 2 + ny * offsets[i] };
      if (!crossesState([s, v, t], others)) {
        return [v];
      }
    }
    return [];
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
          edge.setVertices(detour(graph, source, target, s, t));
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
    placeLabels(graph);
  }

  // States are drawn above transitions (a line must not cover a state's connection points), so a label in the middle of
  // a line that passes under a state would be hidden behind it. Each label goes to the first point along its line,
  // from the middle outwards, where no state covers it; only when there is none does the transition come to the front.
  const LabelRatios = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

  function overlaps(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  function placeLabel(graph, edge, nodes, placed) {
    const label = edge.getLabels()[0];
    const view = graph.findViewByCell(edge);
    if (!label || !view) {
      return;
    }
    const text = String(label.attrs && label.attrs.label ? label.attrs.label.text || '' : '');
    const width = text.length * 13 + 12;
    const height = 22;
    const boxAt = function (ratio) {
      const p = view.getPointAtRatio(ratio);
      return p ? { x: p.x - width / 2, y: p.y - height / 2, width: width, height: height } : null;
    };
    // Clear of every state first; of the labels already placed too where the line allows it.
    const clearOfStates = function (box) { return !!box && !nodes.some(function (node) { return overlaps(node.getBBox(), box); }); };
    const clearOfLabels = function (box) { return !placed.some(function (other) { return overlaps(other, box); }); };
    let free = LabelRatios.find(function (ratio) { const box = boxAt(ratio); return clearOfStates(box) && clearOfLabels(box); });
    if (free === undefined) {
      free = LabelRatios.find(function (ratio) { return clearOfStates(boxAt(ratio)); });
    }
    const ratio = free === undefined ? 0.5 : free;
    const chosen = boxAt(ratio);
    if (chosen) {
      placed.push(chosen);
    }
    edge.setZIndex(free === undefined ? 3 : 1);
    if (!label.position || label.position.distance !== ratio) {
      edge.setLabelAt(0, labelConfig(text, { distance: ratio }));
    }
  }

  function placeLabels(graph) {
    const nodes = graph.getNodes();
    const placed = [];
    graph.getEdges().forEach(function (edge) { placeLabel(graph, edge, nodes, placed); });
  }

  // A body wider or taller than the canvas (many states at 1440 px and below) is scaled down to fit, never up.
  function fit(graph) {
    graph.zoomToFit({ padding: 20, maxScale: 1 });
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
    fit(graph);
    return nodes;
  }

  window.WorkflowGraph = {
    createGraph: createGraph,
    nodeConfig: nodeConfig,
    load: load,
    paint: paint,
    setMark: setMark,
    spread: spread,
    fit: fit,
  };
})();
