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

  // A code the designer made (state, transition, field, timer): shown for reference, never typed.
  function code(labelText, value) {
    return el('div', { className: 'small text-muted mb-2', 'data-testid': 'generated-code' }, [
      el('span', { text: labelText + '：' }), el('code', { text: value || '' }),
    ]);
  }

  function nextName(prefix, taken) {
    let i = 1;
    while (taken.indexOf(prefix + i) >= 0) {
      i++;
    }
    return prefix + i;
  }

  function button(text, className, onClick) {
    const b = el('button', { type: 'button', className: 'btn btn-sm ' + className, text: text });
    b.addEventListener('click', onClick);
    return b;
  }

  // The list a parameter's value is chosen from: the subject's statuses, the message templates (both from the palette),
  // the transitions or fill-in items around the selection (ctx.lists), or the parameter's own allowed values.
  function choicesOf(parameter, lists) {
    if (parameter.choicesFrom) {
      return lists[parameter.choicesFrom] || [];
    }
    if (parameter.allowedValues && parameter.allowedValues.length) {
      const labels = parameter.valueLabels || {};
      return parameter.allowedValues.map(function (a) { return [a, labels[a] || a]; });
    }
    return null;
  }

  // One parameter of a guard or action, typed by the registered schema and named in Chinese.
  function parameterField(parameter, parameters, changed, t, lists) {
    const value = parameters[parameter.name];
    const set = function (v) {
      if (v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'number' && isNaN(v))) {
        delete parameters[parameter.name];
      } else {
        parameters[parameter.name] = v;
      }
      changed(false);
    };
    const label = (parameter.label || parameter.description) + (parameter.required ? ' *' : '');
    const help = parameter.label ? parameter.description : null;
    if (parameter.choicesFrom === 'designer.code') {
      if (!value) {
        set(nextName('timer', lists['designer.timers'] || []));
      }
      return code(label, parameters[parameter.name]);
    }
    switch (parameter.type) {
      case 'WholeNumber':
        return field(label, input(value, function (v) { set(v === '' ? undefined : parseInt(v, 10)); }, 'number'), help);
      case 'Boolean':
        return checkbox(label, value === true, function (v) { set(v); });
      case 'TextList':
        return field(label, input((value || []).join(', '), function (v) { set(v.split(/[,，]/).map(function (s) { return s.trim(); }).filter(Boolean)); }), (help || '') + t.listHint);
      default: {
        const choices = choicesOf(parameter, lists);
        if (choices) {
          // A stored value no list offers (an older definition's) stays visible and selected rather than lost.
          const known = choices.some(function (c) { return c[0] === value; });
          const all = [['', t.choose]].concat(choices, value && !known ? [[value, value]] : []);
          return field(label, select(all, value, set), help);
        }
        return field(label, input(value, set), help);
      }
    }
  }

  function stepName(c) {
    return c.displayName || c.name;
  }

  // A guard or action: its Chinese name from the palette, then its parameters.
  function stepBlock(step, catalog, changed, remove, t, lists) {
    const known = catalog.find(function (c) { return c.name === step.name; });
    step.parameters = step.parameters || {};
    const block = el('div', { className: 'wf-step', 'data-step': step.name }, [
      el('div', { className: 'd-flex justify-content-between align-items-center' }, [
        el('strong', { className: 'small', text: known ? stepName(known) : step.name, title: step.name }),
        remove ? button(t.remove, 'btn-link text-danger p-0', remove) : null,
      ]),
      el('div', { className: 'small text-muted mb-1', text: known ? known.description : t.unknownStep }),
    ]);
    (known ? known.parameters : []).forEach(function (p) { block.appendChild(parameterField(p, step.parameters, changed, t, lists)); });
    return block;
  }

  function stepList(title, steps, catalog, changed, t, lists) {
    const box = el('div', { className: 'mb-3' }, [el('div', { className: 'small fw-bold', text: title })]);
    steps.forEach(function (step, i) {
      box.appendChild(stepBlock(step, catalog, changed, function () { steps.splice(i, 1); changed(true); }, t, lists));
    });
    const picker = select([['', t.choose]].concat(catalog.map(function (c) { return [c.name, stepName(c)]; })), '', function () { });
    picker.setAttribute('aria-label', title + ' · ' + t.add);
    box.appendChild(el('div', { className: 'input-group input-group-sm' }, [picker, button(t.add, 'btn-outline-secondary', function () {
      if (picker.value) {
        steps.push({ name: picker.value, parameters: {} });
        changed(true);
      }
    })]));
    return box;
  }

  function guardField(data, catalog, changed, t, lists) {
    const box = el('div', { className: 'mb-3' });
    box.appendChild(field(t.guard, select([['', t.none]].concat(catalog.map(function (c) { return [c.name, stepName(c)]; })), data.guard ? data.guard.name : '', function (v) {
      data.guard = v ? { name: v, parameters: {} } : undefined;
      changed(true);
    })));
    if (data.guard) {
      box.appendChild(stepBlock(data.guard, catalog, changed, null, t, lists));
    }
    return box;
  }

  function inputsList(data, changed, t) {
    data.inputs = data.inputs || [];
    const box = el('div', { className: 'mb-3' }, [el('div', { className: 'small fw-bold', text: t.inputs })]);
    data.inputs.forEach(function (item, i) {
      box.appendChild(el('div', { className: 'wf-step' }, [
        field(t.inputLabel, input(item.label, function (v) { item.label = v; changed(false); })),
        code(t.inputName, item.name),
        checkbox(t.required, item.required, function (v) { item.required = v || undefined; changed(false); }),
        field(t.maxLength, input(item.maxLength, function (v) { item.maxLength = v ? parseInt(v, 10) : undefined; changed(false); }, 'number')),
        button(t.remove, 'btn-link text-danger p-0', function () { data.inputs.splice(i, 1); changed(true); }),
      ]));
    });
    box.appendChild(button(t.addInput, 'btn-outline-secondary', function () {
      data.inputs.push({ name: nextName('f', data.inputs.map(function (i) { return i.name; })), label: '' });
      changed(true);
    }));
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

  function timersList(data, triggers, palette, changed, t, others, lists) {
    data.timers = data.timers || [];
    const box = el('div', { className: 'mb-3' }, [el('div', { className: 'small fw-bold', text: t.timers })]);
    data.timers.forEach(function (timer, i) {
      timer.actions = timer.actions || [];
      box.appendChild(el('div', { className: 'wf-step' }, [
        code(t.timerName, timer.name),
        field(t.after, input(timer.after, function (v) { timer.after = parseInt(v, 10) || 0; changed(false); }, 'number')),
        field(t.unit, select([['workingDays', t.workingDays], ['days', t.days], ['hours', t.hours]], timer.unit, function (v) { timer.unit = v; changed(false); })),
        field(t.fires, select([['', t.markOverdue]].concat(triggers), timer.trigger, function (v) { timer.trigger = v || undefined; changed(false); })),
        checkbox(t.deadline, timer.deadline, function (v) { timer.deadline = v || undefined; changed(false); }),
        continuesField(timer, others || [], changed, t),
        stepList(t.timerActions, timer.actions, palette.actions, changed, t, lists),
        button(t.remove, 'btn-link text-danger p-0', function () { data.timers.splice(i, 1); changed(true); }),
      ]));
    });
    box.appendChild(button(t.addTimer, 'btn-outline-secondary', function () {
      data.timers.push({ name: nextName('timer', data.timers.map(function (x) { return x.name; })), after: 3, unit: 'workingDays', deadline: true, actions: [] });
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
    // The transitions a timer or a trigger parameter may name: those leaving the state (for a transition, its target).
    const from = cell.isNode() ? cell : cell.getTargetCell();
    const triggers = from ? (ctx.graph.getOutgoingEdges(from) || []).map(function (e) {
      const d = e.getData() || {};
      const target = e.getTargetCell();
      return [d.trigger, (d.label || d.trigger) + (target ? ' → ' + target.getData().label : '')];
    }) : [];
    const lists = Object.assign({}, ctx.palette.choices || {}, {
      'designer.trigger': triggers,
      'designer.input': (data.inputs || []).map(function (i) { return [i.name, i.label || i.name]; }),
      // Timer codes taken in the state: its timers and the timers its entry actions start.
      'designer.timers': (data.timers || []).map(function (x) { return x.name; }).concat((data.entryActions || []).map(function (a) {
        return (a.parameters || {}).name;
      }).filter(Boolean)),
    });
    if (cell.isNode()) {
      data.entryActions = data.entryActions || [];
      form.append(
        el('h2', { className: 'h6', text: t.state }),
        field(t.label, input(data.label, function (v) { data.label = v; changed(false); })),
        code(t.stateName, data.name),
        field(t.kind, select([['initial', t.initial], ['normal', t.normal], ['final', t.final]], data.kind, function (v) { data.kind = v; changed(true); })),
        stepList(t.entryActions, data.entryActions, ctx.palette.actions, changed, t, lists),
        timersList(data, triggers, ctx.palette, changed, t, ctx.graph.getNodes().filter(function (n) { return n !== cell && n.getData().kind !== 'final'; })
          .map(function (n) { return [n.getData().name, n.getData().label]; }), lists),
        button(t.deleteState, 'btn-outline-danger', function () { ctx.remove(cell); }));
    } else {
      data.actions = data.actions || [];
      const source = cell.getSourceCell();
      const target = cell.getTargetCell();
      form.append(
        el('h2', { className: 'h6', text: t.transition }),
        el('p', { className: 'small', text: (source ? source.getData().label : '?') + ' → ' + (target ? target.getData().label : '?') }),
        field(t.label, input(data.label, function (v) { data.label = v; changed(false); })),
        code(t.trigger, data.trigger),
        field(t.permission, select([['', t.anyone]].concat(ctx.palette.permissions.map(function (p) { return [p.name, p.displayName]; })), data.permission, function (v) { data.permission = v || undefined; changed(false); })),
        guardField(data, ctx.palette.guards, changed, t, lists),
        stepList(t.actions, data.actions, ctx.palette.actions, changed, t, lists),
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
          el('strong', { text: stepName(step), title: step.name }),
          el('div', { text: step.description }),
          el('ul', { className: 'mb-0' }, step.parameters.map(function (p) {
            return el('li', { text: (p.label || p.name) + '（' + (t['type' + p.type] || p.type) + (p.required ? '，' + t.requiredShort : '') + '）：' + p.description });
          })),
        ]));
      });
    });
  }

  window.WorkflowProperties = { render: render, renderPalette: renderPalette };
})();
