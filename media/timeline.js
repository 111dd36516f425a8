// Draws Clausewise timelines (the JSON of `clausewise timeline --format json` and of the
// server's clausewise/timelines request) as SVG charts. Shared by the VS Code timeline
// view and the HTML report. Document text is only ever set with textContent: it is data.
(function (global) {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var UNIT_HOURS = { Y: 8766, M: 730.5, W: 168, D: 24, H: 1, m: 1 / 60, S: 1 / 3600 };

  /** ISO 8601 duration → hours ("P7D" → 168, "-PT24H" → -24, "P1DT2H" → 26). */
  function hours(iso) {
    var m = /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso || '');
    if (!m) return 0;
    var h = (+m[2] || 0) * UNIT_HOURS.Y + (+m[3] || 0) * UNIT_HOURS.M + (+m[4] || 0) * UNIT_HOURS.W + (+m[5] || 0) * UNIT_HOURS.D + (+m[6] || 0) + (+m[7] || 0) / 60 + (+m[8] || 0) / 3600;
    return m[1] ? -h : h;
  }

  /** Square-root scale: a day and a month both stay readable on one axis. */
  function scale(h, max) { var s = Math.sqrt(Math.abs(h)) / Math.sqrt(max || 1); return h < 0 ? -s : s; }

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    for (var k in attrs) node.setAttribute(k, String(attrs[k]));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function html(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * Renders every sequence into `container`. `onSelect(range)` (optional) is called when
   * a step is clicked, with the step's 0-based LSP range.
   */
  function render(container, sequences, options) {
    options = options || {};
    container.textContent = '';
    if (!sequences || !sequences.length) {
      container.appendChild(html('p', 'cw-empty', options.emptyText || 'No timelines in this document.'));
      return;
    }
    sequences.forEach(function (seq, index) {
      var card = html('section', 'cw-sequence');
      var title = html('h3', 'cw-title');
      title.appendChild(html('span', 'cw-trigger', 'T0 · ' + seq.trigger));
      title.appendChild(html('span', 'cw-clause', seq.title || seq.clause || ''));
      card.appendChild(title);

      var events = seq.events || [];
      var offsets = events.map(function (e) { return hours(e.total); });
      var max = Math.max.apply(null, offsets.map(Math.abs).concat([1]));
      var hasBefore = offsets.some(function (h) { return h < 0; });
      var zh = /[\u4e00-\u9fff]/.test((seq.text || '') + seq.trigger);
      var width = 620, left = hasBefore ? 310 : 60, right = width - 30, rowHeight = 46;
      var height = 70 + events.length * rowHeight;
      var span = hasBefore ? Math.min(left - 60, right - left) : right - left;
      var x = function (h) { return left + scale(h, max) * span; };
      var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', class: 'cw-chart' });
      svg.appendChild(el('title', {}, seq.text || seq.trigger));
      svg.appendChild(el('line', { x1: hasBefore ? 40 : left, y1: 36, x2: right, y2: 36, class: 'cw-axis' }));
      svg.appendChild(el('circle', { cx: left, cy: 36, r: 7, class: 'cw-t0' }));
      svg.appendChild(el('text', { x: left, y: 20, 'text-anchor': 'middle', class: 'cw-label cw-strong' }, 'T0'));
      if (seq.start) svg.appendChild(el('text', { x: left, y: 60, 'text-anchor': 'middle', class: 'cw-date' }, seq.start.replace('T', ' ')));

      events.forEach(function (e, i) {
        var px = x(offsets[i]);
        var y = 80 + i * rowHeight;
        var group = el('g', { class: 'cw-step', tabindex: 0 });
        group.appendChild(el('line', { x1: px, y1: 36, x2: px, y2: y - 8, class: 'cw-tick' }));
        group.appendChild(el('circle', { cx: px, cy: 36, r: 5, class: offsets[i] < 0 ? 'cw-dot cw-before' : 'cw-dot' }));
        var anchor = px > width * 0.6 ? 'end' : 'start';
        var label = (offsets[i] < 0 ? '−' : '+') + humanTotal(e, zh) + '  ' + e.action + (e.clause ? '（' + e.clause + '）' : '');
        group.appendChild(el('text', { x: px, y: y, 'text-anchor': anchor, class: 'cw-label' }, label));
        if (e.date) group.appendChild(el('text', { x: px, y: y + 16, 'text-anchor': anchor, class: 'cw-date' }, e.date.replace('T', ' ') + (e.notes && e.notes.length ? '  ⚠ ' + e.notes.join('; ') : '')));
        group.appendChild(el('title', {}, (e.after ? 'after ' + e.after + ', ' : '') + 'total ' + e.total));
        if (options.onSelect && e.range) {
          var select = function () { options.onSelect(e.range); };
          group.addEventListener('click', select);
          group.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') select(); });
        }
        svg.appendChild(group);
      });
      card.appendChild(svg);
      if (seq.text) card.appendChild(html('p', 'cw-text', seq.text));
      card.setAttribute('data-index', String(index));
      container.appendChild(card);
    });
    var rule = sequences[0] && sequences[0].rule;
    if (rule) container.appendChild(html('p', 'cw-rule', rule));
  }

  var UNITS = { zh: { Y: '年', M: '个月', W: '周', D: '日', H: '小时', m: '分钟' }, en: { Y: 'y', M: 'mo', W: 'w', D: 'd', H: 'h', m: 'min' } };

  /** "P8D" → "8日" / "8d", "P1DT2H" → "1日2小时": the total offset from T0, in the document's language. */
  function humanTotal(e, zh) {
    var units = zh ? UNITS.zh : UNITS.en;
    var iso = (e.total || '').replace(/^-/, '');
    var out = '', inTime = false, m, re = /(\d+(?:\.\d+)?)([YMWDHS])|T/g;
    while ((m = re.exec(iso))) {
      if (m[0] === 'T') { inTime = true; continue; }
      out += m[1] + (inTime && m[2] === 'M' ? units.m : units[m[2]] || m[2].toLowerCase());
    }
    return out || '0';
  }

  global.ClausewiseTimeline = { render: render, hours: hours };
})(typeof window !== 'undefined' ? window : globalThis);
