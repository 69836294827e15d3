// 流程设计 · 属性: the side panel that edits every property of the selected state or transition. Forms are built with
// DOM calls (no HTML strings, no style attributes); a change writes the cell's data and repaints it at once, so the
// canvas and the JSON the designer sends are always the same thing.
(function () {
  'use strict';
  let counter = 0;

  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(function (entry) {
      if (entry[0] === 'text') {
        node.textContent = entry[1];
      } else if (entry[0].startsWith('data-') || entry[0] === 'for' || entry[0] === 'aria-label') {
        node.setAttribute(entry[0], entry[1]);
      } else {
        node[entry[0]] = entry[1];
      }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function option(value, text, selected) {
    return el('option', { value: value, text: text, selected: !!selected });
  }

  // A labelled control; the label's for= lets users (and browser tests) find the field by its Chinese name.
  function field(labelText, control, help) {
    control.id = control.id || 'wf-f-' + (++counter);
    return el('div', { className: 'mb-2' }, [
      el('label', { className: 'form-label small mb-0', for: control.id, text: labelText }),
      control,
      help ? el('div', { className: 'form-text small', text: help }) : null,
    ]);
  }

  function input(value, onInput, type) {
    const control = el('input', { className: 'form-control form-control-sm', type: type || 'text', value: value === undefined || value === null ? '' : value });
    control.addEventListener('input', function () { onInput(control.value); });
    return control;
  }

  function select(choices, value, onChange) {
    const control = el('select', { className: 'form-select form-select-sm' }, choices.map(function (c) { return option(c[0], c[1], c[0] === (value || '')); }));
    control.addEventListener('change', function () { onChange(control.value); });
    return control;
  }

  function checkbox(labelText, checked, onChange) {
    const box = el('input', { className: 'form-check-input', type: 'checkbox', checked: !!checked, id: 'wf-f-' + (++counter) });
    box.addEventListener('change', function () { onChange(box.checked); });
    return el('div', { className: 'form-check mb-2' }, [box, el('label', { className: 'form-check-label small', for: box.id, text: labelText })]);
  }

  function button(text, className, onClick) {
    const b = el('button', { type: 'button', className: 'btn btn-sm ' + className, text: text });
    b.addEventListener('click', onClick);
    return b;
  }

  // One parameter of a guard or action, typed by the registered schema.
  function parameterField(parameter, parameters, changed, t) {
    const value = parameters[parameter.name];
    const set = function (v) {
      if (v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'number' && isNaN(v))) {
        delete parameters[parameter.name];
      } else {
        parameters[parameter.name] = v;
      }
      changed(false);
    };
    const label = parameter.name + (parameter.required ? ' *' : '');
    switch (parameter.type) {
      case 'WholeNumber':
        return field(label, input(value, function (v) { set(v === '' ? undefined : parseInt(v, 10)); }, 'number'), parameter.description);
      case 'Boolean':
        return checkbox(label + ' — ' + parameter.description, value === true, function (v) { set(v); });
      case 'TextList':
        return field(label, input((value || []).join(', '), function (v) { set(v.split(/[,，]/).map(function (s) { return s.trim(); }).filter(Boolean)); }), parameter.description + t.listHint);
      default:
        if (parameter.allowedValues && parameter.allowedValues.length) {
          return field(label, select([['', t.none]].concat(parameter.allowedValues.map(function (a) { return [a, a]; })), value, set), parameter.description);
        }
        return field(label, input(value, set), parameter.description);
    }
  }

  // A guard or action: its name from the palette, then its parameters.
  function stepBlock(step, catalog, changed, remove, t) {
    const known = catalog.find(function (c) { return c.name === step.name; });
    step.parameters = step.parameters || {};
    const block = el('div', { className: 'wf-step', 'data-step': step.name }, [
      el('div', { className: 'd-flex justify-content-between align-items-center' }, [
        el('code', { text: step.name }),
        remove ? button(t.remove, 'btn-link text-danger p-0', remove) : null,
      ]),
      el('div', { className: 'small text-muted mb-1', text: known ? known.description : t.unknownStep }),
    ]);
    (known ? known.parameters : []).forEach(function (p) { block.appendChild(parameterField(p, step.parameters, changed, t)); });
    return block;
  }

  function stepList(title, steps, catalog, changed, t) {
    const box = el('div', { className: 'mb-3' }, [el('div', { className: 'small fw-bold', text: title })]);
    steps.forEach(function (step, i) {
      box.appendChild(stepBlock(step, catalog, changed, function () { steps.splice(i, 1); changed(true); }, t));
    });
    const picker = select([['', t.choose]].concat(catalog.map(function (c) { return [c.name, c.name + ' — ' + c.description]; })), '', function () { });
    picker.setAttribute('aria-label', title + ' · ' + t.add);
    box.appendChild(el('div', { className: 'input-group input-group-sm' }, [picker, button(t.add, 'btn-outline-secondary', function () {
      if (picker.value) {
        steps.push({ name: picker.value, parameters: {} });
        changed(true);
      }
    })]));
    return box;
  }

  function guardField(data, catalog, changed, t) {
    const box = el('div', { className: 'mb-3' });
    box.appendChild(field(t.guard, select([['', t.none]].concat(catalog.map(function (c) { return [c.name, c.name + ' — ' + c.description]; })), data.guard ? data.guard.name : '', function (v) {
      data.guard = v ? { name: v, parameters: {} } : undefined;
      changed(true);
    })));
    if (data.guard) {
      box.appendChild(stepBlock(data.guard, catalog, changed, null, t));
    }
    return box;
  }

  function inputsList(data, changed, t) {
    data.inputs = data.inputs || [];
    const box = el('div', { className: 'mb-3' }, [el('div', { className: 'small fw-bold', text: t.inputs })]);
    data.inputs.forEach(function (item, i) {
      box.appendChild(el('div', { className: 'wf-step' }, [
        field(t.inputName, input(item.name, function (v) { item.name = v; changed(false); })),
        field(t.inputLabel, input(item.label, function (v) { item.label = v; changed(false); })),
        checkbox(t.required, item.required, function (v) { item.required = v || undefined; changed(false); }),
        field(t.maxLength, input(item.maxLength, function (v) { item.maxLength = v ? parseInt(v, 10) : undefined; changed(false); }, 'number')),
        button(t.remove, 'btn-link text-danger p-0', function () { data.inputs.splice(i, 1); changed(true); }),
      ]));
    });
    box.appendChild(button(t.addInput, 'btn-outline-secondary', function () { data.inputs.push({ name: 'field' + (data.inputs.length + 1), label: '' }); changed(true); }));
    return box;
  }

  // 延续到状态: the later states in which the timer keeps running (one 办理时限 over 受理 and 审核), by their labels.
  function continuesField(timer, others, changed, t) {
    const box = el('div', { className: 'mb-2' }, [el('div', { className: 'small', text: t.continuesIn })]);
    others.forEach(function (state) {
      box.appendChild(checkbox(state[1], (timer.continuesIn || []).indexOf(state[0]) >= 0, function (v) {
        const list = (timer.continuesIn || []).filter(function (n) { return n !== state[0]; });
        if (v) { list.push(state[0]); }
        timer.continuesIn = list.length ? list : undefined;
        changed(false);
      }));
    });
    return others.length ? box : null;
  }

  function timersList(data, triggers, palette, changed, t, others) {
    data.timers = data.timers || [];
    const box = el('div', { className: 'mb-3' }, [el('div', { className: 'small fw-bold', text: t.timers })]);
    data.timers.forEach(function (timer, i) {
      timer.actions = timer.actions || [];
      box.appendChild(el('div', { className: 'wf-step' }, [
        field(t.timerName, input(timer.name, function (v) { timer.name = v; changed(false); })),
        field(t.after, input(timer.after, function (v) { timer.after = parseInt(v, 10) || 0; changed(false); }, 'number')),
        field(t.unit, select([['workingDays', t.workingDays], ['days', t.days], ['hours', t.hours]], timer.unit, function (v) { timer.unit = v; changed(false); })),
        field(t.fires, select([['', t.markOverdue]].concat(triggers.map(function (x) { return [x, x]; })), timer.trigger, function (v) { timer.trigger = v || undefined; changed(false); })),
        checkbox(t.deadline, timer.deadline, function (v) { timer.deadline = v || undefined; changed(false); }),
        continuesField(timer, others || [], changed, t),
        stepList(t.timerActions, timer.actions, palette.actions, changed, t),
        button(t.remove, 'btn-link text-danger p-0', function () { data.timers.splice(i, 1); changed(true); }),
      ]));
    });
    box.appendChild(button(t.addTimer, 'btn-outline-secondary', function () {
      data.timers.push({ name: 'timer' + (data.timers.length + 1), after: 3, unit: 'workingDays', deadline: true, actions: [] });
      changed(true);
    }));
    return box;
  }

  // Renders the form of the selected cell into panel; ctx: { graph, palette, texts, changed(cell), remove(cell) }.
  function render(panel, cell, ctx) {
    const t = ctx.texts;
    panel.replaceChildren();
    if (!cell) {
      panel.appendChild(el('p', { className: 'small text-muted', text: t.nothingSelected }));
      return;
    }
    const data = JSON.parse(JSON.stringify(cell.getData() || {}));
    const changed = function (structural) {
      cell.setData(JSON.parse(JSON.stringify(data)), { overwrite: true });
      window.WorkflowGraph.paint(cell);
      ctx.changed(cell);
      if (structural) {
        render(panel, cell, ctx);
      }
    };
    const form = el('div', { 'data-testid': cell.isNode() ? 'state-form' : 'transition-form' });
    if (cell.isNode()) {
      data.entryActions = data.entryActions || [];
      const triggers = (ctx.graph.getOutgoingEdges(cell) || []).map(function (e) { return e.getData().trigger; });
      form.append(
        el('h2', { className: 'h6', text: t.state }),
        field(t.stateName, input(data.name, function (v) { data.name = v; changed(false); }), t.nameHint),
        field(t.label, input(data.label, function (v) { data.label = v; changed(false); })),
        field(t.kind, select([['initial', t.initial], ['normal', t.normal], ['final', t.final]], data.kind, function (v) { data.kind = v; changed(true); })),
        stepList(t.entryActions, data.entryActions, ctx.palette.actions, changed, t),
        timersList(data, triggers, ctx.palette, changed, t, ctx.graph.getNodes().filter(function (n) { return n !== cell && n.getData().kind !== 'final'; })
          .map(function (n) { return [n.getData().name, n.getData().label]; })),
        button(t.deleteState, 'btn-outline-danger', function () { ctx.remove(cell); }));
    } else {
      data.actions = data.actions || [];
      const source = cell.getSourceCell();
      const target = cell.getTargetCell();
      form.append(
        el('h2', { className: 'h6', text: t.transition }),
        el('p', { className: 'small', text: (source ? source.getData().label : '?') + ' → ' + (target ? target.getData().label : '?') }),
        field(t.trigger, input(data.trigger, function (v) { data.trigger = v; changed(false); }), t.nameHint),
        field(t.label, input(data.label, function (v) { data.label = v; changed(false); })),
        field(t.permission, select([['', t.anyone]].concat(ctx.palette.permissions.map(function (p) { return [p.name, p.displayName + '（' + p.name + '）']; })), data.permission, function (v) { data.permission = v || undefined; changed(false); })),
        guardField(data, ctx.palette.guards, changed, t),
        stepList(t.actions, data.actions, ctx.palette.actions, changed, t),
        inputsList(data, changed, t),
        button(t.deleteTransition, 'btn-outline-danger', function () { ctx.remove(cell); }));
    }
    panel.appendChild(form);
  }

  // The palette as a reference list: every registered guard and action with its parameter schema.
  function renderPalette(container, palette, t) {
    container.replaceChildren();
    [[t.guards, palette.guards], [t.actionsPalette, palette.actions]].forEach(function (group) {
      container.appendChild(el('div', { className: 'small fw-bold mt-2', text: group[0] }));
      group[1].forEach(function (step) {
        container.appendChild(el('div', { className: 'wf-step small', 'data-testid': 'palette-' + step.name }, [
          el('code', { text: step.name }),
          el('div', { text: step.description }),
          el('ul', { className: 'mb-0' }, step.parameters.map(function (p) {
            return el('li', { text: p.name + '（' + (t['type' + p.type] || p.type) + (p.required ? '，' + t.requiredShort : '') + '）：' + p.description + (p.allowedValues ? ' [' + p.allowedValues.join(', ') + ']' : '') });
          })),
        ]));
      });
    });
  }

  window.WorkflowProperties = { render: render, renderPalette: renderPalette };
})();
