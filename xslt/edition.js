/* teikit reading edition: the reading switch, pop-ups for names and dates, the citation copy
   button, and sorting and searching on the index page. Everything on the page is readable
   without this script; it only adds these conveniences. */
(function () {
  'use strict';
  var root = document.documentElement;
  var READING_KEY = 'teikit.reading';

  function remembered() {
    try { return window.localStorage.getItem(READING_KEY); } catch (e) { return null; }
  }
  function remember(value) {
    try { window.localStorage.setItem(READING_KEY, value); } catch (e) { /* private mode: not remembered */ }
  }

  /* ---- diplomatic / normalised ---- */
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.tk-reading'));
  function setReading(value) {
    root.setAttribute('data-reading', value);
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-reading') === value));
    });
  }
  var stored = remembered();
  if (stored === 'diplomatic' || stored === 'normalised') setReading(stored);
  else setReading(root.getAttribute('data-reading') || 'normalised');
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      var value = b.getAttribute('data-reading');
      setReading(value);
      remember(value);
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('.tk-toolbar, .tk-copy'), function (el) { el.hidden = false; });

  /* ---- pop-ups: the register entry of a name, the ISO value of a date ---- */
  var pop = document.getElementById('tk-pop');
  var shownFor = null;
  var hideTimer = null;
  var SELECTOR = '[data-entry], [data-tip]';

  Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), function (el) {
    if (el.tagName !== 'A' && !el.closest('a') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  });

  /* The pop-up of the innermost marked element: the register entry of the name it lies in, and
     its own note (a correction, a date's value) beneath. */
  function fill(el) {
    pop.textContent = '';
    var named = el.closest('[data-entry]');
    var entry = named ? document.getElementById(named.getAttribute('data-entry')) : null;
    if (entry) {
      var title = document.createElement('p');
      title.className = 'tk-pop-title';
      var name = entry.querySelector('.tk-entry-name');
      title.textContent = name ? name.textContent : named.getAttribute('data-entry');
      var part = entry.closest('.tk-register-part');
      var heading = part ? part.querySelector('h3') : null;
      if (heading) {
        var k = document.createElement('span');
        k.className = 'tk-pop-kind';
        k.textContent = ' \u00b7 ' + heading.textContent.replace(/s$/, '').toLowerCase();
        title.appendChild(k);
      }
      pop.appendChild(title);
      var card = entry.querySelector('.tk-card');
      if (card) pop.appendChild(card.cloneNode(true));
    }
    var tip = el.getAttribute('data-tip');
    if (tip) {
      var line = document.createElement('p');
      line.className = 'tk-pop-tip';
      line.textContent = tip;
      pop.appendChild(line);
    }
    return pop.hasChildNodes();
  }

  function place(el) {
    var r = el.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = window.scrollX + r.left;
    pop.style.top = top + 'px';
    pop.style.left = '0px';
    var width = pop.offsetWidth;
    var max = window.scrollX + document.documentElement.clientWidth - width - 8;
    pop.style.left = Math.max(window.scrollX + 8, Math.min(left, max)) + 'px';
  }

  function show(el) {
    clearTimeout(hideTimer);
    if (shownFor === el) return;
    if (!fill(el)) return;
    if (shownFor) shownFor.removeAttribute('aria-describedby');
    shownFor = el;
    pop.hidden = false;
    place(el);
    el.setAttribute('aria-describedby', 'tk-pop');
  }

  function hide() {
    clearTimeout(hideTimer);
    if (shownFor) shownFor.removeAttribute('aria-describedby');
    shownFor = null;
    pop.hidden = true;
  }

  function later() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  if (pop) {
    document.addEventListener('mouseover', function (ev) {
      if (pop.contains(ev.target)) { clearTimeout(hideTimer); return; }
      var el = ev.target.closest(SELECTOR);
      if (el) show(el);
      else if (shownFor) later();
    });
    document.addEventListener('focusin', function (ev) {
      var el = ev.target.closest ? ev.target.closest(SELECTOR) : null;
      if (el) show(el);
      else if (!pop.contains(ev.target)) hide();
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && shownFor) hide();
    });
    window.addEventListener('resize', function () { if (shownFor) place(shownFor); });
  }

  /* ---- copy the citation ---- */
  Array.prototype.forEach.call(document.querySelectorAll('.tk-copy'), function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) return;
      var text = source.textContent;
      var done = function () { button.textContent = 'Copied'; setTimeout(function () { button.textContent = 'Copy citation'; }, 2000); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { selectText(source); });
      } else {
        selectText(source);
      }
    });
  });
  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  /* ---- index: sort, filter, search the full text; rows and search words load in pieces ---- */
  var table = document.getElementById('tk-docs');
  if (table) index(table);

  function index(table) {
    var body = table.tBodies[0];
    var total = Number(table.getAttribute('data-total'));
    var per = Number(table.getAttribute('data-rows')) || total;
    var pieces = Math.max(1, Math.ceil(total / per));
    var docs = new Array(total);
    JSON.parse(document.getElementById('tk-index').textContent).forEach(function (d, i) { docs[i] = d; });
    var haystacks = [];
    var docPieces = { 0: true };
    var wordPieces = {};
    var waiting = {};
    var state = { sort: 'sort', dir: 1, words: [], query: '', author: '', type: '', from: null, to: null, limit: per };
    var input = document.getElementById('tk-search');
    var count = document.getElementById('tk-count');
    var more = document.getElementById('tk-more');
    var author = document.getElementById('tk-author');
    var type = document.getElementById('tk-type');
    var from = document.getElementById('tk-from');
    var to = document.getElementById('tk-to');
    var filters = table.parentNode.querySelector('.tk-filters');
    if (filters) filters.hidden = false;

    window.tkIndexData = {
      docs: function (n, rows) { rows.forEach(function (d, i) { docs[n * per + i] = d; }); docPieces[n] = true; },
      words: function (key, map) { wordPieces[key] = map; }
    };

    /* A piece is a script beside the page: pages opened from disk may load scripts, not fetch files. */
    function load(src, done) {
      if (waiting[src]) { waiting[src].push(done); return; }
      waiting[src] = [done];
      var s = document.createElement('script');
      s.src = src;
      s.onload = s.onerror = function () { var w = waiting[src]; waiting[src] = null; w.forEach(function (f) { f(); }); };
      document.head.appendChild(s);
    }
    function loadAll(srcs, done) {
      var left = srcs.length;
      if (!left) { done(); return; }
      srcs.forEach(function (src) { load(src, function () { if (--left === 0) done(); }); });
    }
    function key(word) {
      return Array.from(word).slice(0, 2).map(function (c) {
        var cp = c.codePointAt(0);
        return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) ? c : '_' + cp.toString(16);
      }).join('');
    }
    function needsAllRows() {
      return state.words.length || state.author || state.type || state.from !== null || state.to !== null
        || state.sort !== 'sort' || state.dir !== 1 || state.limit > per;
    }
    function update() {
      var srcs = [];
      if (needsAllRows()) {
        for (var n = 1; n < pieces; n++) if (!docPieces[n]) srcs.push('data/docs-' + n + '.js');
      }
      state.words.forEach(function (w) {
        var k = key(w);
        if (w.length > 1 && !(k in wordPieces)) srcs.push('data/words-' + k + '.js');
      });
      loadAll(srcs, function () {
        state.words.forEach(function (w) { var k = key(w); if (w.length > 1 && !(k in wordPieces)) wordPieces[k] = {}; });
        render();
      });
    }

    function haystack(i) {
      var d = docs[i];
      if (!haystacks[i]) haystacks[i] = fold([d.title, d.date, d.summary, d.source, d.type].concat(d.names || [], d.authors || []).join(' '));
      return haystacks[i];
    }
    /* The documents holding a word that begins with w, as a set of their numbers. */
    function inText(w) {
      var found = {};
      var piece = wordPieces[key(w)] || {};
      Object.keys(piece).forEach(function (word) {
        if (word.lastIndexOf(w, 0) === 0) piece[word].forEach(function (n) { found[n] = true; });
      });
      return found;
    }
    function year(d) { var m = /^-?\d{4}/.exec(d.sort || ''); return m ? Number(m[0]) : null; }

    function render() {
      var texts = state.words.map(function (w) { return w.length > 1 ? inText(w) : {}; });
      var list = [];
      for (var i = 0; i < total; i++) {
        var d = docs[i];
        if (!d) continue;
        if (state.author && (d.authors || []).indexOf(state.author) < 0) continue;
        if (state.type && d.type !== state.type) continue;
        var y = year(d);
        if (state.from !== null && (y === null || y < state.from)) continue;
        if (state.to !== null && (y === null || y > state.to)) continue;
        var ok = true;
        for (var j = 0; j < state.words.length && ok; j++) {
          ok = haystack(i).indexOf(state.words[j]) >= 0 || texts[j][i] === true;
        }
        if (ok) list.push(i);
      }
      var k = state.sort, sign = state.dir;
      if (k !== 'sort' || sign !== 1) {
        list.sort(function (a, b) {
          var x = sortKey(docs[a], k), y = sortKey(docs[b], k);
          if (x === y) return a - b;
          if (!x) return 1;
          if (!y) return -1;
          return sign * x.localeCompare(y, 'en');
        });
      }
      body.textContent = '';
      list.slice(0, state.limit).forEach(function (i) { body.appendChild(row(docs[i])); });
      more.hidden = list.length <= state.limit;
      var filtered = state.words.length || state.author || state.type || state.from !== null || state.to !== null;
      count.textContent = list.length + (list.length === 1 ? ' document' : ' documents') +
        (state.query ? ' match \u201c' + state.query + '\u201d' : (filtered ? ' match the filters' : '')) +
        (list.length > state.limit ? '; the first ' + state.limit + ' are listed' : '');
    }
    function sortKey(d, k) {
      if (k === 'title') return (d.title || '').toLowerCase();
      if (k === 'author') return (d.authors || []).join('; ').toLowerCase();
      return d.sort || '';
    }
    function row(d) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-page', d.page);
      var when = document.createElement('td');
      when.className = 'tk-when';
      var machine = /^\d{4}(-\d\d){0,2}$/.test(d.iso || '') ? d.iso : '';
      if (machine) {
        var t = document.createElement('time');
        t.setAttribute('datetime', machine);
        t.textContent = d.date || d.iso;
        when.appendChild(t);
      } else {
        when.textContent = d.date || '\u2014';
      }
      var title = document.createElement('td');
      var a = document.createElement('a');
      a.href = d.page;
      a.textContent = d.title;
      title.appendChild(a);
      if (d.validity === 'invalid') {
        title.appendChild(document.createTextNode(' '));
        var badge = document.createElement('span');
        badge.className = 'tk-badge tk-flag-invalid';
        badge.textContent = 'not valid TEI';
        title.appendChild(badge);
      }
      [d.source, d.summary].forEach(function (text) {
        if (!text) return;
        var span = document.createElement('span');
        span.className = 'tk-abstract';
        span.textContent = text;
        title.appendChild(span);
      });
      var by = document.createElement('td');
      by.className = 'tk-author';
      by.textContent = (d.authors || []).join('; ');
      var kind = document.createElement('td');
      kind.className = 'tk-type';
      kind.textContent = d.type || '';
      [when, title, by, kind].forEach(function (td) { tr.appendChild(td); });
      return tr;
    }

    Array.prototype.forEach.call(table.querySelectorAll('.tk-sort'), function (button) {
      button.addEventListener('click', function () {
        var th = button.closest('th');
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(table.querySelectorAll('th[aria-sort]'), function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        state.sort = button.getAttribute('data-sort');
        state.dir = dir === 'ascending' ? 1 : -1;
        update();
      });
    });
    input.addEventListener('input', function () {
      state.query = input.value.trim();
      state.words = fold(input.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      state.limit = per;
      update();
    });
    function number(el) { var v = el && el.value.trim(); return v && /^-?\d+$/.test(v) ? Number(v) : null; }
    [author, type, from, to].forEach(function (el) {
      if (!el) return;
      el.addEventListener(el.tagName === 'SELECT' ? 'change' : 'input', function () {
        state.author = author ? author.value : '';
        state.type = type ? type.value : '';
        state.from = number(from);
        state.to = number(to);
        state.limit = per;
        update();
      });
    });
    more.addEventListener('click', function () { state.limit += per; update(); });
    if (total > per) more.hidden = false;
  }

  /* As tk:fold folds the words of the search index: lower case, accents off. */
  function fold(s) {
    return String(s || '').toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
  }
})();
