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

  /* ---- index: sort by date or title, filter by the search box ---- */
  var table = document.getElementById('tk-docs');
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var data = JSON.parse(document.getElementById('tk-index').textContent);
    var haystack = {};
    data.forEach(function (d) { haystack[d.page] = fold([d.title, d.date, d.summary, d.source].concat(d.names).join(' ')); });

    Array.prototype.forEach.call(table.querySelectorAll('.tk-sort'), function (button) {
      button.addEventListener('click', function () {
        var th = button.closest('th');
        var key = button.getAttribute('data-sort');
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(table.querySelectorAll('th[aria-sort]'), function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var sign = dir === 'ascending' ? 1 : -1;
        rows.sort(function (a, b) {
          var x = a.getAttribute('data-' + key), y = b.getAttribute('data-' + key);
          if (x === y) return 0;
          if (!x) return 1;
          if (!y) return -1;
          return sign * x.localeCompare(y, 'en');
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });

    var input = document.getElementById('tk-search');
    var count = document.getElementById('tk-count');
    input.addEventListener('input', function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (r) {
        var text = haystack[r.getAttribute('data-page')] || '';
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        r.hidden = !match;
        if (match) shown++;
      });
      count.textContent = shown + (shown === 1 ? ' document' : ' documents') +
        (words.length ? ' match \u201c' + input.value.trim() + '\u201d' : '');
    });
  }

  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
})();
