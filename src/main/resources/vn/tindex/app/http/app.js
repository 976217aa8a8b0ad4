// tindex web page: search with facets, article view with fact cards, agency page.
// Every piece of data goes into the page as text (textContent), never as HTML: a release that contains
// <script> shows it as text. Snippets come from the API HTML-escaped with <b> marks; they are parsed here into
// text nodes and <b> elements, nothing else.
'use strict';
(function () {
  const view = document.getElementById('view');
  const errorBox = document.getElementById('error');
  const form = document.getElementById('search-form');
  const input = document.getElementById('q');

  const FILTERS = ['agency', 'official', 'post', 'province', 'year', 'kind'];
  const DATE_FILTERS = ['from', 'to', 'publishedFrom', 'publishedTo', 'meetingFrom', 'meetingTo'];
  const DIMS = { agency: 'Cơ quan', official: 'Cán bộ', post: 'Chức vụ', province: 'Tỉnh, thành', year: 'Năm',
    kind: 'Loại dữ kiện', from: 'Từ ngày', to: 'Đến ngày', publishedFrom: 'Đăng từ', publishedTo: 'Đăng đến',
    meetingFrom: 'Họp từ', meetingTo: 'Họp đến' };
  const KINDS = { date: 'Ngày', official: 'Cán bộ', agency: 'Cơ quan', taskcount: 'Nhiệm vụ', directive: 'Chỉ đạo',
    event: 'Sự kiện' };
  const ARRAYS = { date: 'dates', official: 'officials', agency: 'agencies', taskcount: 'taskCounts',
    directive: 'directives', event: 'events' };
  const CARD_ORDER = ['directive', 'taskcount', 'event', 'official', 'agency', 'date'];
  const PAGE = 10;
  let renderId = 0;

  // ---- small helpers -------------------------------------------------------------------------------------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key === 'class') node.className = value;
      else if (key === 'data') Object.assign(node.dataset, value);
      else if (key === 'on') Object.entries(value).forEach(([ev, fn]) => node.addEventListener(ev, fn));
      else if (key in node) node[key] = value;
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function unescapeHtml(s) {
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }

  /** The API's snippet (escaped text with <b> marks) as DOM nodes: text and <b> only. */
  function snippetNodes(snippet) {
    const nodes = [];
    let bold = false;
    for (const part of String(snippet || '').split(/(<b>|<\/b>)/)) {
      if (part === '<b>') { bold = true; continue; }
      if (part === '</b>') { bold = false; continue; }
      if (!part) continue;
      const text = unescapeHtml(part);
      nodes.push(bold ? el('b', {}, text) : document.createTextNode(text));
    }
    return nodes;
  }

  function hashOf(route, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
    const qs = query.toString();
    return '#/' + route + (qs ? '?' + qs : '');
  }

  function currentRoute() {
    const hash = location.hash.replace(/^#\/?/, '');
    const [path, qs] = hash.split('?');
    const params = Object.fromEntries(new URLSearchParams(qs || ''));
    const parts = (path || 'search').split('/');
    return { name: parts[0] || 'search', id: parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : null, params };
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') query.set(k, v);
    const response = await fetch(path + (query.toString() ? '?' + query : ''), { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) throw new Error((body && body.error) || ('HTTP ' + response.status));
    return body;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  function searchParams(params) {
    const out = {};
    for (const k of ['q', ...FILTERS, ...DATE_FILTERS]) if (params[k]) out[k] = params[k];
    return out;
  }

  function kindBadge(kind) {
    return el('span', { class: 'kind ' + kind }, KINDS[kind] || kind);
  }

  // ---- search --------------------------------------------------------------------------------------------
  async function renderSearch(route, id) {
    const params = route.params;
    input.value = params.q || '';
    const offset = Math.max(0, parseInt(params.offset || '0', 10) || 0);
    const data = await api('/api/search', Object.assign(searchParams(params), { offset, limit: PAGE }));
    if (id !== renderId) return;
    const go = (changes) => { location.hash = hashOf('search', Object.assign(searchParams(params), changes)); };

    const facets = el('aside', { class: 'facets', id: 'facets' });
    for (const dim of FILTERS) {
      const values = data.facets[dim] || [];
      if (!values.length) continue;
      const list = el('ul');
      for (const fv of values) {
        const on = params[dim] === fv.label;
        const button = el('button', { type: 'button', class: on ? 'on' : '', title: fv.label,
          data: { dim, value: fv.label }, on: { click: () => go({ [dim]: on ? '' : fv.label, offset: '' }) } },
          el('span', { class: 'label' }, dim === 'kind' ? (KINDS[fv.label] || fv.label) : fv.label),
          el('span', { class: 'count' }, fv.count));
        const item = el('li', {}, button);
        if (dim === 'agency') {
          item.append(el('a', { class: 'go', href: hashOf('agency', { name: fv.label }), title: 'Trang cơ quan',
            data: { agency: fv.label } }, '→'));
        }
        list.append(item);
      }
      facets.append(el('section', { class: 'facet', data: { dim } }, el('h3', {}, DIMS[dim]), list));
    }
    if (!facets.children.length) facets.append(el('p', { class: 'empty' }, 'Không có bộ lọc.'));

    const chips = el('div', { class: 'chips', id: 'active-filters' });
    for (const dim of [...FILTERS, ...DATE_FILTERS]) {
      if (!params[dim]) continue;
      chips.append(el('button', { type: 'button', class: 'chip', data: { dim },
        on: { click: () => go({ [dim]: '', offset: '' }) } }, DIMS[dim] + ': ' + params[dim]));
    }

    const exportParams = new URLSearchParams(searchParams(params));
    const exports = el('span', { class: 'exports' }, 'Xuất:',
      el('a', { href: '/api/export?format=csv&' + exportParams, download: 'tindex-articles.csv' }, 'CSV'),
      el('a', { href: '/api/export?format=jsonl&' + exportParams, download: 'tindex-articles.jsonl' }, 'JSONL'),
      el('a', { href: '/api/export?format=csv&what=facts&' + exportParams, download: 'tindex-facts.csv' }, 'dữ kiện CSV'));
    const summary = el('div', { class: 'summary' },
      el('strong', { id: 'total' }, data.total + ' bài viết'), exports);

    const hits = el('ol', { class: 'hits', id: 'hits', start: offset + 1 });
    for (const hit of data.hits) {
      const link = hashOf('article/' + encodeURIComponent(hit.id), { q: params.q });
      const cards = el('div', { class: 'cards' });
      for (const f of hit.matchingFacts) {
        cards.append(el('a', { class: 'card', href: hashOf('article/' + encodeURIComponent(hit.id),
          { q: params.q, fact: f.kind + '-' + f.index }), title: f.text || '' }, kindBadge(f.kind), f.label));
      }
      hits.append(el('li', { class: 'hit', data: { id: hit.id } },
        el('h2', {}, el('a', { class: 'title', href: link }, hit.title || hit.id)),
        el('div', { class: 'meta' }, [hit.published, hit.province, hit.url].filter(Boolean).join(' · ')),
        el('p', { class: 'snippet' }, snippetNodes(hit.snippet)),
        cards));
    }
    if (!data.hits.length) hits.append(el('li', { class: 'empty' }, 'Không tìm thấy bài viết nào.'));

    const pager = el('div', { class: 'pager' },
      el('button', { type: 'button', disabled: offset === 0, on: { click: () => go({ offset: Math.max(0, offset - PAGE) || '' }) } }, '← Trước'),
      el('span', {}, data.total ? `${offset + 1}–${Math.min(offset + PAGE, data.total)} / ${data.total}` : ''),
      el('button', { type: 'button', disabled: offset + PAGE >= data.total, on: { click: () => go({ offset: offset + PAGE }) } }, 'Sau →'));

    view.replaceChildren(el('div', { class: 'layout' }, facets,
      el('section', { class: 'results' }, chips, summary, timeline(data.timeline), hits, pager)));
  }

  /** Matching articles per month, the months between filled with zeros. */
  function timeline(months) {
    const box = el('div', { class: 'timeline', id: 'timeline' }, el('h3', {}, 'Số bài theo tháng'));
    if (!months || !months.length) { box.append(el('p', { class: 'empty' }, 'Không có ngày.')); return box; }
    const [y0, m0] = months[0].label.split('-').map(Number);
    const [y1, m1] = months[months.length - 1].label.split('-').map(Number);
    const span = (y1 - y0) * 12 + (m1 - m0) + 1;
    const counts = new Map();
    const labels = [];
    if (span <= 240) {
      months.forEach(m => counts.set(m.label, m.count));
      for (let i = 0; i < span; i++) {
        const y = y0 + Math.floor((m0 - 1 + i) / 12), m = (m0 - 1 + i) % 12 + 1;
        labels.push(y + '-' + String(m).padStart(2, '0'));
      }
    } else { // over 20 years: one bar per year
      box.firstChild.textContent = 'Số bài theo năm';
      months.forEach(m => { const y = m.label.slice(0, 4); counts.set(y, (counts.get(y) || 0) + m.count); });
      for (let y = y0; y <= y1; y++) labels.push(String(y));
    }
    const max = Math.max(...counts.values());
    const bars = el('div', { class: 'bars' });
    for (const label of labels) {
      const count = counts.get(label) || 0;
      bars.append(el('div', { class: 'bar' + (count ? '' : ' zero'), title: label + ': ' + count,
        style: count ? 'height:' + Math.max(4, Math.round(70 * count / max)) + 'px' : null }));
    }
    box.append(bars, el('div', { class: 'axis' }, el('span', {}, labels[0]), el('span', {}, labels[labels.length - 1])));
    return box;
  }

  // ---- article -------------------------------------------------------------------------------------------
  /** Every fact of the record that can be placed in the text: {id, kind, index, start, end}. */
  function factSpans(record) {
    const spans = [];
    const text = record.text || '';
    const add = (kind, index, start, end) => {
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end) {
        spans.push({ id: kind + '-' + index, kind, start, end });
      }
    };
    record.dates.forEach((d, i) => add('date', i, d.start, d.end));
    record.taskCounts.forEach((t, i) => add('taskcount', i, t.start, t.end));
    record.directives.forEach((d, i) => add('directive', i, d.start, d.end));
    record.officials.forEach((o, i) => (o.mentions || []).forEach(m => add('official', i, m.start, m.end)));
    record.agencies.forEach((a, i) => (a.mentions || []).forEach(m => add('agency', i, m.start, m.end)));
    record.events.forEach((e, i) => {
      const at = e.text ? text.indexOf(e.text) : -1;
      if (at >= 0) add('event', i, at, at + e.text.length);
    });
    return spans;
  }

  /** The text cut at every fact boundary; each piece inside facts is a span naming them. */
  function markedText(text, spans) {
    const cuts = new Set([0, text.length]);
    spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const box = el('div', { class: 'text', id: 'article-text' });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = spans.filter(s => s.start <= a && s.end >= b);
      if (!covering.length) { box.append(document.createTextNode(piece)); continue; }
      const kinds = [...new Set(covering.map(s => s.kind))];
      box.append(el('span', { class: 'seg ' + kinds.join(' '), data: { facts: covering.map(s => s.id).join(' ') } }, piece));
    }
    return box;
  }

  function factDetail(kind, f) {
    switch (kind) {
      case 'date': return [f.value || f.text, f.text + (f.type ? ' · ' + f.type : '')];
      case 'official': return [f.name, [f.title, f.organization].filter(Boolean).join(', ')];
      case 'agency': return [f.name, [f.short, f.level].filter(Boolean).join(' · ')];
      case 'taskcount': return [f.count + (f.of != null ? '/' + f.of : '') + ' ' + f.task + (f.status ? ' (' + f.status + ')' : ''),
        [f.assignedBy && 'giao: ' + f.assignedBy, f.assignee && 'nhận: ' + f.assignee, f.period && 'kỳ: ' + f.period].filter(Boolean).join(' · ')];
      case 'directive': return [[f.speaker, f.verb, f.addressee].filter(Boolean).join(' '), f.content || f.text];
      case 'event': return [[f.type, f.date].filter(Boolean).join(' '), [f.chair && 'chủ trì: ' + f.chair, (f.agencies || []).join(', ')].filter(Boolean).join(' · ')];
      default: return [kind, ''];
    }
  }

  function selectFact(factId) {
    document.querySelectorAll('.seg.active, .factcard.active').forEach(n => n.classList.remove('active'));
    const segs = [...document.querySelectorAll('.seg')].filter(n => n.dataset.facts.split(' ').includes(factId));
    segs.forEach(n => n.classList.add('active'));
    const card = document.querySelector('.factcard[data-fact="' + CSS.escape(factId) + '"]');
    if (card) card.classList.add('active');
    if (segs.length) segs[0].scrollIntoView({ block: 'center' });
  }

  async function renderArticle(route, id) {
    const record = await api('/api/articles/' + encodeURIComponent(route.id));
    if (id !== renderId) return;
    const spans = factSpans(record);
    const placed = new Set(spans.map(s => s.id));
    const groups = el('aside', { class: 'factcards', id: 'fact-cards' });
    for (const kind of CARD_ORDER) {
      const facts = record[ARRAYS[kind]] || [];
      if (!facts.length) continue;
      const group = el('section', { class: 'group', data: { kind } }, el('h3', {}, KINDS[kind] + ' (' + facts.length + ')'));
      facts.forEach((f, i) => {
        const factId = kind + '-' + i;
        const [label, detail] = factDetail(kind, f);
        const card = el('button', { type: 'button', class: 'factcard', data: { fact: factId },
          title: placed.has(factId) ? 'Xem trong bài' : 'Không định vị được trong bài',
          on: { click: () => selectFact(factId) } }, kindBadge(kind), ' ', el('strong', {}, label),
          detail ? el('span', { class: 'detail' }, detail) : null);
        group.append(card);
        if (kind === 'agency') {
          group.append(el('a', { class: 'go', href: hashOf('agency', { name: f.name }), data: { agency: f.name } },
            'Trang cơ quan →'));
        }
      });
      groups.append(group);
    }
    const back = route.params.q !== undefined ? hashOf('search', { q: route.params.q }) : '#/search';
    view.replaceChildren(el('div', { class: 'article-page' },
      el('a', { href: back }, '← Kết quả tìm kiếm'),
      el('h1', { id: 'article-title' }, record.title || record.id),
      el('div', { class: 'meta' }, [record.published, record.province, record.author, record.site].filter(Boolean).join(' · '),
        record.url ? el('span', {}, ' · ', el('a', { href: record.url, rel: 'noopener noreferrer', target: '_blank' }, 'nguồn')) : null),
      el('div', { class: 'article' }, markedText(record.text || '', spans), groups)));
    if (route.params.fact) selectFact(route.params.fact);
  }

  // ---- agency --------------------------------------------------------------------------------------------
  function barTable(rows, columns, value) {
    const max = Math.max(1, ...rows.map(value));
    const table = el('table', {}, el('tr', {}, columns.map(c => el('th', {}, c[0]))));
    for (const row of rows) {
      table.append(el('tr', {}, columns.map(c => el('td', {}, c[1](row))),
        el('td', {}, el('span', { class: 'hbar', style: 'width:' + Math.round(120 * value(row) / max) + 'px' }))));
    }
    return table;
  }

  async function renderAgency(route, id) {
    const name = route.params.name || '';
    const p = await api('/api/agency', { name });
    if (id !== renderId) return;
    const officials = p.officials.length
      ? el('table', {}, el('tr', {}, el('th', {}, 'Cán bộ'), el('th', {}, 'Chức vụ'), el('th', {}, 'Bài')),
        p.officials.map(o => el('tr', {}, el('td', {}, el('a', { href: hashOf('search', { official: o.name }) }, o.name)),
          el('td', {}, o.posts.join(', ')), el('td', {}, o.articles))))
      : el('p', { class: 'empty' }, 'Chưa có cán bộ nào của cơ quan này.');
    const tasks = p.taskTotals.length
      ? barTable(p.taskTotals, [['Năm', t => t.year], ['Trạng thái', t => t.status || '—'], ['Nhiệm vụ', t => t.tasks]], t => t.tasks)
      : el('p', { class: 'empty' }, 'Chưa có số nhiệm vụ nào được giao cho cơ quan này.');
    const directives = el('div', { id: 'agency-directives' });
    for (const d of p.directives) {
      const where = [d.published, d.title].filter(Boolean).join(' · ');
      directives.append(el('a', { class: 'card', href: hashOf('article/' + encodeURIComponent(d.articleId), { fact: d.kind + '-' + d.index }) },
        kindBadge('directive'), el('span', {}, el('strong', {}, d.label), ' — ', snippetNodes(d.snippet),
          where ? el('span', { class: 'meta' }, ' (' + where + ')') : null)));
    }
    if (!p.directives.length) directives.append(el('p', { class: 'empty' }, 'Chưa có chỉ đạo nào gửi cơ quan này.'));
    view.replaceChildren(el('div', { class: 'agency-page' },
      el('a', { href: hashOf('search', { agency: p.name }) }, '← Các bài viết của cơ quan'),
      el('h1', { id: 'agency-name' }, p.name),
      el('p', {}, p.articles + ' bài viết'),
      el('div', { class: 'panels' },
        el('section', { class: 'panel' }, el('h2', {}, 'Bài viết theo năm'),
          p.years.length ? barTable(p.years, [['Năm', y => y.label], ['Bài', y => y.count]], y => y.count) : el('p', { class: 'empty' }, '—')),
        el('section', { class: 'panel', id: 'agency-officials' }, el('h2', {}, 'Cán bộ'), officials),
        el('section', { class: 'panel', id: 'agency-tasks' }, el('h2', {}, 'Nhiệm vụ được giao theo thời gian'), tasks),
        el('section', { class: 'panel' }, el('h2', {}, 'Chỉ đạo nhận được (' + p.directivesTotal + ')'), directives))));
  }

  // ---- routing -------------------------------------------------------------------------------------------
  async function render() {
    const id = ++renderId;
    const route = currentRoute();
    document.body.dataset.state = 'loading';
    try {
      showError('');
      if (route.name === 'article' && route.id) await renderArticle(route, id);
      else if (route.name === 'agency') await renderAgency(route, id);
      else await renderSearch(route, id);
    } catch (e) {
      if (id === renderId) { showError(e.message); view.replaceChildren(); }
    } finally {
      if (id === renderId) document.body.dataset.state = 'ready';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const route = currentRoute();
    const keep = route.name === 'search' ? searchParams(route.params) : {};
    const next = hashOf('search', Object.assign(keep, { q: input.value.trim(), offset: '' }));
    if (location.hash === next) render(); else location.hash = next;
  });
  window.addEventListener('hashchange', render);
  render();
}());
