// The alignment map: the outline the server rendered stays the source of truth for keyboards and screen
// readers; this script draws the same tree as a graph (Cytoscape.js with the ELK layered layout), filters both
// at once, and shows or hides subtrees in both.
(() => {
  'use strict';

  const dataElement = document.getElementById('map-data');
  const form = document.getElementById('map-filters');
  if (!dataElement || !form) {
    return;
  }

  const nodes = JSON.parse(dataElement.textContent || '[]');
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map();
  for (const node of nodes) {
    if (node.parent && byId.has(node.parent)) {
      if (!children.has(node.parent)) {
        children.set(node.parent, []);
      }
      children.get(node.parent).push(node.id);
    }
  }

  const isItem = (node) => node.kind !== 'vision' && node.kind !== 'group';
  const isWork = (node) => node.kind === 'initiative' || node.kind === 'action';
  const icons = { 'on-track': '●', 'at-risk': '▲', 'off-track': '■', done: '✓', 'not-started': '○' };
  const kinds = { vision: 'Vision', goal: 'Goal', objective: 'Objective', 'key-result': 'Key result', initiative: 'Initiative', action: 'Action', group: 'Group' };

  // What is under a node is hidden at first below the key results: the work shows on demand, except orphan
  // work, which is the point of its group.
  const collapsed = new Set();
  const collapseToKeyResults = () => {
    collapsed.clear();
    for (const node of nodes) {
      const under = (children.get(node.id) || []).map((id) => byId.get(id));
      if (under.length > 0 && node.kind !== 'group' && under.every(isWork)) {
        collapsed.add(node.id);
      }
    }
  };
  collapseToKeyResults();

  // Filters: the same rule as the server (MapFilter): a node matches when it passes every filter set, and the
  // map keeps the matches with everything above them.
  const filters = () => {
    const value = (name) => (form.elements.namedItem(name)?.value || '').trim();
    return { unit: value('unit'), person: value('person'), area: value('area'), status: value('status') };
  };
  const matches = (node, f) => isItem(node)
    && (!f.unit || node.units.includes(f.unit))
    && (!f.person || node.owner === f.person)
    && (!f.area || node.areas.includes(f.area))
    && (!f.status || node.status === f.status);
  const shownSet = () => {
    const f = filters();
    const shown = new Set();
    const any = f.unit || f.person || f.area || f.status;
    for (const node of nodes) {
      if (!any) {
        shown.add(node.id);
      } else if (matches(node, f)) {
        for (let at = node; at && !shown.has(at.id); at = at.parent ? byId.get(at.parent) : null) {
          shown.add(at.id);
        }
      }
    }
    return shown;
  };

  let shown = shownSet();

  const hiddenUnder = (id) => {
    let count = 0;
    const stack = [...(children.get(id) || [])];
    while (stack.length > 0) {
      const next = stack.pop();
      if (shown.has(next)) {
        count++;
        stack.push(...(children.get(next) || []));
      }
    }
    return count;
  };

  // The outline: filtered items get `hidden`; a collapsed item's list of children is hidden too.
  const outline = document.getElementById('map-outline');
  const outlineItems = new Map();
  for (const item of outline.querySelectorAll('li[data-id]')) {
    outlineItems.set(item.dataset.id, item);
  }

  const renderOutline = () => {
    for (const [id, item] of outlineItems) {
      item.hidden = !shown.has(id);
      const toggle = item.querySelector(':scope > .outline-row > .outline-toggle');
      const list = item.querySelector(':scope > ul');
      if (toggle && list) {
        const open = !collapsed.has(id);
        toggle.hidden = false;
        toggle.setAttribute('aria-expanded', String(open));
        toggle.querySelector('[aria-hidden]').textContent = open ? '▾' : '▸';
        toggle.querySelector('.visually-hidden').textContent = (open ? 'Hide what is under ' : 'Show what is under ') + id;
        list.hidden = !open;
      }
    }
    const items = nodes.filter((n) => isItem(n) && shown.has(n.id)).length;
    const total = nodes.filter(isItem).length;
    document.getElementById('map-count').textContent = `Showing ${items} of ${total} items.`;
    document.getElementById('map-empty').hidden = items > 0;
  };

  outline.addEventListener('click', (event) => {
    const toggle = event.target.closest('.outline-toggle');
    if (toggle) {
      toggleNode(toggle.closest('li[data-id]').dataset.id);
    }
  });

  // The graph.
  const section = document.getElementById('map-graph-section');
  const container = document.getElementById('map-graph');
  let cy = null;
  const toggles = document.createElement('div');
  toggles.className = 'map-toggles';

  const visibleInGraph = (node) => {
    if (!shown.has(node.id)) {
      return false;
    }
    for (let at = node.parent ? byId.get(node.parent) : null; at; at = at.parent ? byId.get(at.parent) : null) {
      if (collapsed.has(at.id)) {
        return false;
      }
    }
    return true;
  };

  const shorten = (text, length) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

  const label = (node) => {
    const status = node.kind === 'group' ? node.state : `${icons[node.status] || (node.status ? '' : '◇')} ${node.state}`.trim();
    const progress = node.progress === null || node.progress === undefined ? '' : ` · ${Math.round(node.progress * 100)}%`;
    const head = node.kind === 'group' ? node.title : `${kinds[node.kind]} ${node.kind === 'vision' ? '' : node.id} · ${status}${progress}`;
    const lines = [head.replace(/\s+/g, ' ')];
    if (node.kind !== 'group') {
      lines.push(shorten(node.title, node.kind === 'vision' ? 90 : 64));
    } else {
      lines.push(status);
    }
    if (collapsed.has(node.id)) {
      const hidden = hiddenUnder(node.id);
      if (hidden > 0) {
        lines.push(`⊕ ${hidden} more`);
      }
    }
    return lines.join('\n');
  };

  const elements = () => {
    const list = [];
    const visible = new Set();
    for (const node of nodes) {
      if (visibleInGraph(node)) {
        visible.add(node.id);
        const classes = [node.kind, `status-${node.status || 'none'}`];
        if (node.parent === 'group:orphans' || node.id === 'group:orphans') {
          classes.push('orphan');
        }
        list.push({ group: 'nodes', data: { id: node.id, label: label(node), url: node.url || '' }, classes: classes.join(' ') });
      }
    }
    for (const node of nodes) {
      if (!visible.has(node.id)) {
        continue;
      }
      if (node.parent && visible.has(node.parent)) {
        list.push({ group: 'edges', data: { id: `t:${node.parent}>${node.id}`, source: node.parent, target: node.id } });
      }
      for (const other of node.also) {
        if (visible.has(other)) {
          list.push({ group: 'edges', data: { id: `a:${other}>${node.id}`, source: other, target: node.id }, classes: 'also' });
        }
      }
    }
    return list;
  };

  const placeToggles = () => {
    if (!cy) {
      return;
    }
    for (const button of toggles.children) {
      const node = cy.getElementById(button.dataset.id);
      if (node.empty()) {
        button.hidden = true;
        continue;
      }
      const box = node.renderedBoundingBox({ includeLabels: false });
      button.hidden = cy.zoom() < 0.35;
      button.style.left = `${box.x2 - 12}px`;
      button.style.top = `${box.y1 - 10}px`;
    }
  };

  // A large tree fitted whole would be too small to read: then the map opens at a readable size on the vision,
  // and Fit shows everything.
  const readable = () => {
    const smallest = 0.55;
    if (cy.zoom() >= smallest) {
      return;
    }
    const root = cy.getElementById('vision');
    const anchor = root.empty() ? cy.nodes().first() : root;
    cy.zoom(smallest);
    const position = anchor.position();
    cy.pan({ x: 24 + (anchor.width() * smallest) / 2 - position.x * smallest, y: container.clientHeight / 2 - position.y * smallest });
  };

  const renderGraph = (fit) => {
    if (!cy) {
      return;
    }
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements());
    });
    toggles.replaceChildren();
    cy.nodes().forEach((element) => {
      const id = element.id();
      const under = (children.get(id) || []).filter((c) => shown.has(c));
      if (under.length === 0) {
        return;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.tabIndex = -1;
      button.className = 'map-toggle';
      button.dataset.id = id;
      const open = !collapsed.has(id);
      button.textContent = open ? '⊖' : '⊕';
      button.title = (open ? 'Hide what is under ' : 'Show what is under ') + id;
      button.setAttribute('aria-label', button.title);
      toggles.appendChild(button);
    });
    const layout = cy.layout({
      name: 'elk',
      fit,
      padding: 24,
      animate: false,
      elk: {
        algorithm: 'layered',
        'elk.direction': 'RIGHT',
        'elk.layered.spacing.nodeNodeBetweenLayers': 56,
        'elk.spacing.nodeNode': 14,
        'elk.spacing.componentComponent': 48,
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      },
    });
    layout.one('layoutstop', () => {
      if (fit) {
        readable();
      }
      placeToggles();
    });
    layout.run();
  };

  toggles.addEventListener('click', (event) => {
    const button = event.target.closest('.map-toggle');
    if (button) {
      toggleNode(button.dataset.id);
    }
  });

  function toggleNode(id) {
    if (collapsed.has(id)) {
      collapsed.delete(id);
    } else {
      collapsed.add(id);
    }
    renderOutline();
    renderGraph(false);
  }

  const statusColours = {
    'on-track': ['#1d7a46', '#e3f4ea'],
    'at-risk': ['#8a5a00', '#fff1d1'],
    'off-track': ['#b42318', '#fde7e5'],
    done: ['#2453c7', '#e6ecfb'],
    'not-started': ['#4a5363', '#eceff3'],
  };

  const style = [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 236,
        height: 74,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': 218,
        'text-valign': 'center',
        'text-halign': 'center',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
        'font-size': 12,
        'line-height': 1.3,
        color: '#1c2430',
        'background-color': '#ffffff',
        'border-width': 2,
        'border-color': '#aab3c2',
      },
    },
    { selector: 'node.vision', style: { 'background-color': '#1c2b4a', color: '#ffffff', 'border-color': '#1c2b4a', 'font-weight': 600 } },
    { selector: 'node.goal', style: { 'border-width': 3, 'font-weight': 600 } },
    { selector: 'node.key-result', style: { shape: 'cut-rectangle' } },
    { selector: 'node.initiative', style: { shape: 'rectangle' } },
    { selector: 'node.action', style: { shape: 'rectangle', height: 60, 'font-size': 11 } },
    ...Object.entries(statusColours).map(([key, [line, fill]]) => ({ selector: `node.status-${key}`, style: { 'border-color': line, 'background-color': fill } })),
    { selector: 'node.vision', style: { 'background-color': '#1c2b4a', 'border-color': '#1c2b4a' } },
    { selector: 'node.group', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#8a5a00', 'background-color': '#fff8e6', 'font-weight': 600 } },
    { selector: 'node.orphan', style: { 'border-style': 'dashed', 'border-color': '#8a5a00' } },
    { selector: 'edge', style: { width: 1.5, 'line-color': '#aab3c2', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#aab3c2', 'arrow-scale': 0.8 } },
    { selector: 'edge.also', style: { 'line-style': 'dashed', 'line-color': '#8d97a8', 'target-arrow-color': '#8d97a8' } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.08 } },
  ];

  if (section && container && typeof window.cytoscape === 'function' && typeof window.cytoscapeElk === 'function') {
    section.hidden = false;
    window.cytoscape.use(window.cytoscapeElk);
    cy = window.cytoscape({
      container,
      style,
      minZoom: 0.1,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    container.appendChild(toggles);
    cy.on('tap', 'node', (event) => {
      const url = event.target.data('url');
      if (url) {
        window.location.assign(url);
      }
    });
    cy.on('mouseover', 'node', (event) => {
      container.style.cursor = event.target.data('url') ? 'pointer' : '';
    });
    cy.on('mouseout', 'node', () => {
      container.style.cursor = '';
    });
    cy.on('pan zoom resize', () => window.requestAnimationFrame(placeToggles));

    const zoomBy = (factor) => {
      cy.zoom({ level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)), renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    };
    section.querySelector('.map-tools').addEventListener('click', (event) => {
      const action = event.target.closest('button')?.dataset.map;
      if (action === 'zoom-in') {
        zoomBy(1.25);
      } else if (action === 'zoom-out') {
        zoomBy(0.8);
      } else if (action === 'fit') {
        cy.fit(undefined, 24);
      } else if (action === 'expand') {
        collapsed.clear();
        renderOutline();
        renderGraph(true);
      } else if (action === 'collapse') {
        collapseToKeyResults();
        renderOutline();
        renderGraph(true);
      }
    });
  }

  // Filters apply as soon as they change; the address follows, so the filtered map stays a link.
  const applyFilters = () => {
    shown = shownSet();
    const url = new URL(window.location.href);
    for (const [name, value] of Object.entries(filters())) {
      if (value) {
        url.searchParams.set(name, value);
      } else {
        url.searchParams.delete(name);
      }
    }
    window.history.replaceState(null, '', url);
    renderOutline();
    renderGraph(true);
  };
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
  });
  document.getElementById('map-clear')?.addEventListener('click', (event) => {
    event.preventDefault();
    for (const select of form.querySelectorAll('select')) {
      select.value = '';
    }
    applyFilters();
  });

  renderOutline();
  renderGraph(true);
})();
