// 流程设计: the canvas of one lifecycle. States are added with the toolbar, moved by dragging, connected by dragging
// from a state's edge point to another state; the side panel edits the selection. The server decides everything that
// matters (schema, lifecycle rules, save, publish, dry run); this page sends it the body and shows its answer, marking
// each problem's state or transition on the canvas.
(function () {
  'use strict';
  const root = document.getElementById('wf-designer');
  if (!root) {
    return;
  }
  const G = window.WorkflowGraph;
  const t = JSON.parse(root.dataset.texts);
  const urls = JSON.parse(root.dataset.urls);
  const token = root.dataset.token;
  const initial = JSON.parse(root.dataset.definition);
  const panel = document.getElementById('wf-panel');
  const problemList = document.getElementById('wf-problems');
  const status = document.getElementById('wf-status');
  const graph = G.createGraph(document.getElementById('wf-canvas'), true);
  let palette = { guards: [], actions: [], permissions: [] };
  let selected = null;
  let sentEdges = [];
  let sentNodes = {};
  let dryRunTriggers = [];

  G.load(graph, initial, true);

  // The body as the server reads it, built from the canvas alone; also remembers which edge and node each transition
  // index and state name came from, to mark the problems of the answer.
  function toBody() {
    const nodes = graph.getNodes();
    const states = [];
    const timers = [];
    const layout = {};
    sentNodes = {};
    nodes.forEach(function (node) {
      const d = node.getData();
      const state = { name: d.name, label: d.label, kind: d.kind };
      if (d.entryActions && d.entryActions.length) {
        state.entryActions = d.entryActions;
      }
      states.push(state);
      (d.timers || []).forEach(function (timer) { timers.push(Object.assign({}, timer, { state: d.name })); });
      const p = node.getPosition();
      layout[d.name] = { x: Math.round(p.x), y: Math.round(p.y) };
      sentNodes[d.name] = node;
    });
    sentEdges = graph.getEdges();
    const transitions = sentEdges.map(function (edge) {
      const d = edge.getData() || {};
      const transition = { trigger: d.trigger, from: edge.getSourceCell().getData().name, to: edge.getTargetCell().getData().name, label: d.label };
      ['permission', 'guard'].forEach(function (k) { if (d[k]) { transition[k] = d[k]; } });
      ['actions', 'inputs'].forEach(function (k) { if (d[k] && d[k].length) { transition[k] = d[k]; } });
      return transition;
    });
    return { title: initial.title, subjectType: initial.subjectType, states: states, transitions: transitions, timers: timers, layout: layout };
  }

  async function post(url, payload) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
      body: JSON.stringify(payload),
    });
    if (!response.ok) {
      throw new Error(t.serverError + '（HTTP ' + response.status + '）');
    }
    return response.json();
  }

  function say(text, kind) {
    status.textContent = text;
    status.className = 'alert py-1 px-2 small mb-2 alert-' + kind;
  }

  function clearMarks() {
    graph.getCells().forEach(function (cell) { G.setMark(cell, 'wf-error', false); });
  }

  // Lists the problems and marks the state or transition each one is about; a click selects that element.
  function showProblems(problems) {
    clearMarks();
    problemList.replaceChildren();
    problems.forEach(function (p) {
      const cell = p.transition !== null && p.transition !== undefined ? sentEdges[p.transition] : (p.state ? sentNodes[p.state] : null);
      if (cell) {
        G.setMark(cell, 'wf-error', true);
      }
      const item = document.createElement('li');
      item.className = 'list-group-item list-group-item-danger small';
      item.textContent = p.message;
      if (cell) {
        item.addEventListener('click', function () { select(cell); });
      }
      problemList.appendChild(item);
    });
    root.dataset.problems = String(problems.length);
  }

  async function send(handler) {
    try {
      const answer = await post(urls[handler], toBody());
      showProblems(answer.problems);
      if (!answer.ok) {
        say(t.hasProblems.replace('{0}', answer.problems.length), 'danger');
      } else if (handler === 'validate') {
        say(t.valid, 'success');
      } else {
        // Saved or published: reload so the versions list and the canvas show what is stored now.
        window.location.assign(urls.reload);
      }
    } catch (error) {
      say(error.message, 'danger');
    }
  }

  function select(cell) {
    if (selected && graph.hasCell(selected)) {
      G.setMark(selected, 'wf-selected', false);
    }
    selected = cell;
    if (cell) {
      G.setMark(cell, 'wf-selected', true);
    }
    window.WorkflowProperties.render(panel, cell, { graph: graph, palette: palette, texts: t, changed: changed, remove: remove });
  }

  function changed() {
    G.spread(graph);
    root.dataset.dirty = 'true';
  }

  function remove(cell) {
    graph.removeCell(cell);
    select(null);
    changed();
  }

  // Codes are made here, never typed: s1, s2… for states and t1, t2… for transitions, the next number no state or
  // transition of the body uses. A code is kept when its label changes, so a published code never moves.
  function uniqueName(prefix, taken) {
    let i = 1;
    while (taken.indexOf(prefix + i) >= 0) {
      i++;
    }
    return prefix + i;
  }

  function addState() {
    const nodes = graph.getNodes();
    const names = nodes.map(function (n) { return n.getData().name; });
    // Below everything drawn so far, so the new state never hides another one.
    const bottom = nodes.reduce(function (y, n) { return Math.max(y, n.getBBox().bottom); }, 0);
    const node = graph.addNode(G.nodeConfig({ name: uniqueName('s', names), label: t.newState, kind: 'normal', entryActions: [], timers: [] },
      { x: 40, y: bottom + 50 }, true));
    G.paint(node);
    G.fit(graph);
    select(node);
    changed();
  }

  graph.on('cell:click', function (args) { select(args.cell); });
  graph.on('blank:click', function () { select(null); });
  graph.on('node:moved', changed);
  graph.on('edge:connected', function (args) {
    const edge = args.edge;
    if (args.isNew) {
      const source = edge.getSourceCell();
      const taken = graph.getEdges().map(function (e) { return (e.getData() || {}).trigger; });
      edge.setData({ trigger: uniqueName('t', taken), label: t.newTransition, actions: [], inputs: [] }, { overwrite: true });
      // Connected from a port: attach to the state itself, so the line follows the state's outline.
      edge.setSource(source);
      edge.setTarget(edge.getTargetCell());
      G.paint(edge);
      select(edge);
    }
    changed();
  });
  document.addEventListener('keydown', function (e) {
    const typing = e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT' || e.target.tagName === 'TEXTAREA');
    if (!typing && selected && (e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      remove(selected);
    }
  });

  document.getElementById('wf-add-state').addEventListener('click', addState);
  document.getElementById('wf-validate').addEventListener('click', function () { send('validate'); });
  document.getElementById('wf-save').addEventListener('click', function () { send('save'); });
  document.getElementById('wf-publish').addEventListener('click', function () { send('publish'); });
  window.addEventListener('beforeunload', function (e) {
    if (root.dataset.dirty === 'true' && !root.dataset.leaving) {
      e.preventDefault();
    }
  });
  ['wf-save', 'wf-publish'].forEach(function (id) {
    document.getElementById(id).addEventListener('click', function () { root.dataset.leaving = 'true'; });
  });

  // 试运行: the path so far is re-walked by the server on every step; nothing runs and nothing is saved.
  const dryRunSteps = document.getElementById('wf-dryrun-steps');
  const dryRunNext = document.getElementById('wf-dryrun-next');
  async function dryRun() {
    try {
      const answer = await post(urls.dryRun, { body: toBody(), triggers: dryRunTriggers });
      dryRunSteps.replaceChildren();
      if (answer.problems) {
        showProblems(answer.problems);
        say(t.dryRunNeedsValid, 'danger');
        return;
      }
      answer.steps.forEach(function (step, i) {
        const item = document.createElement('li');
        item.className = 'list-group-item small';
        const head = document.createElement('div');
        head.className = 'fw-bold';
        head.textContent = (i === 0 ? t.start : step.label) + '：' + (step.from ? step.from + ' → ' : '') + step.to + (step.final ? ' · ' + t.reachedFinal : '');
        item.appendChild(head);
        [[t.checks, step.checks], [t.runs, step.actions], [t.timersShort, step.timers]].forEach(function (group) {
          if (group[1].length) {
            const list = document.createElement('ul');
            list.className = 'mb-0';
            group[1].forEach(function (line) {
              const li = document.createElement('li');
              li.textContent = group[0] + ' · ' + line;
              list.appendChild(li);
            });
            item.appendChild(list);
          }
        });
        dryRunSteps.appendChild(item);
      });
      if (answer.error) {
        say(answer.error, 'warning');
      }
      dryRunNext.replaceChildren();
      answer.next.forEach(function (n) {
        const o = document.createElement('option');
        o.value = n.trigger;
        o.textContent = n.label;
        dryRunNext.appendChild(o);
      });
      dryRunNext.disabled = answer.next.length === 0;
    } catch (error) {
      say(error.message, 'danger');
    }
  }
  document.getElementById('wf-dryrun-start').addEventListener('click', function () { dryRunTriggers = []; dryRun(); });
  document.getElementById('wf-dryrun-step').addEventListener('click', function () {
    if (dryRunNext.value) {
      dryRunTriggers.push(dryRunNext.value);
      dryRun();
    }
  });

  // The subject type decides which business statuses subject.setStatus may choose from.
  fetch(urls.palette + '&subjectType=' + encodeURIComponent(initial.subjectType || ''), { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (p) {
    palette = p;
    window.WorkflowProperties.renderPalette(document.getElementById('wf-palette'), palette, t);
    select(null);
    root.dataset.ready = 'true';
  });
})();
