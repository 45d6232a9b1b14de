/*
 * The HTML edition's page script (plain browser JavaScript, inlined after lunr's own runtime and
 * allowed by the page's CSP through its SHA-256). It routes `#/note/<slug>[/<element id>]` to
 * one note, so links, Back and Forward work from a file:// page; filters the list by domain; and
 * searches the lunr index built at export time, with highlighted snippets taken from the notes'
 * own text. It never loads anything and never writes markup from note text: every string goes
 * in through `textContent`.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('edition-data').textContent);
  var strings = data.strings;

  // lunr 2.3.9's TokenSet key lacks a separator (olivernn/lunr.js#314), which merges different
  // trie nodes when the index is loaded: the same fix as main/core/search/lunrPatched.ts.
  lunr.TokenSet.prototype.toString = function () {
    if (this._str) return this._str;
    var key = this.final ? '1' : '0';
    var labels = Object.keys(this.edges).sort();
    for (var i = 0; i < labels.length; i++)
      key += labels[i] + String(this.edges[labels[i]].id) + ',';
    return key;
  };

  /** Lower case without diacritics: the index was built with the same folding. */
  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  }
  function foldToken(token) {
    return token.update(fold);
  }
  lunr.Pipeline.registerFunction(foldToken, 'praxisFold');

  /** The compact index (terms + field vectors) back into lunr's own serialised form. */
  function loadIndex(compact) {
    var postings = compact.terms.map(function () {
      var entry = {};
      compact.fields.forEach(function (field) {
        entry[field] = {};
      });
      return entry;
    });
    var fieldVectors = compact.vectors.map(function (row) {
      var ref = row[0];
      var cells = row[1];
      var field = ref.slice(0, ref.indexOf('/'));
      var doc = ref.slice(ref.indexOf('/') + 1);
      var vector = [];
      var term = 0;
      for (var i = 0; i < cells.length; i += 2) {
        term += cells[i];
        vector.push(term, cells[i + 1]);
        postings[term][field][doc] = {};
      }
      return [ref, vector];
    });
    var invertedIndex = compact.terms
      .map(function (term, i) {
        postings[i]._index = i;
        return [term, postings[i]];
      })
      .sort(function (a, b) {
        return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
      });
    return lunr.Index.load({
      version: lunr.version,
      fields: compact.fields,
      fieldVectors: fieldVectors,
      invertedIndex: invertedIndex,
      pipeline: compact.pipeline,
    });
  }

  var index = loadIndex(data.index);
  var notes = data.notes;
  var bySlug = {};
  notes.forEach(function (note, i) {
    bySlug[note.slug] = i;
  });

  var home = document.getElementById('edition-home');
  var searchBox = document.getElementById('edition-search');
  var domainFilter = document.getElementById('edition-domain');
  var results = document.getElementById('edition-results');
  var resultsStatus = document.getElementById('edition-results-status');
  var noteList = document.getElementById('edition-list');
  var current = null;

  function articleOf(i) {
    return document.getElementById('note-' + notes[i].slug);
  }

  function show(hash) {
    var match = /^#\/note\/([^/]+)(?:\/(.+))?$/.exec(hash);
    var i = match ? bySlug[decodeURIComponent(match[1])] : undefined;
    if (current !== null) articleOf(current).hidden = true;
    current = i === undefined ? null : i;
    home.hidden = current !== null;
    var article = current === null ? home : articleOf(current);
    article.hidden = false;
    var links = document.querySelectorAll('#edition-list a, #edition-results a');
    for (var k = 0; k < links.length; k++) {
      if (links[k].getAttribute('href') === '#/note/' + (match ? match[1] : ''))
        links[k].setAttribute('aria-current', 'page');
      else links[k].removeAttribute('aria-current');
    }
    document.title = (current === null ? '' : notes[current].title + ' · ') + data.title;
    var target = match && match[2] ? document.getElementById('n' + i + '-' + match[2]) : null;
    var heading = target || article.querySelector('h1, h2');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      // A route change the reader asked for moves focus (and screen readers) to the note.
      if (started) heading.focus();
      heading.scrollIntoView({ block: 'start' });
    }
  }

  function inDomain(i) {
    var domain = domainFilter.value;
    return domain === '' || notes[i].domains.indexOf(domain) >= 0;
  }

  function applyDomainFilter() {
    var groups = noteList.querySelectorAll('[data-domain-group]');
    for (var g = 0; g < groups.length; g++) {
      var name = groups[g].getAttribute('data-domain-group');
      groups[g].hidden = domainFilter.value !== '' && name !== domainFilter.value;
    }
    runSearch();
  }

  function words(query) {
    return fold(query)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(function (w) {
        return w.length > 0;
      });
  }

  /** A short passage of the note's text around the first word found, words marked. */
  function snippet(i, terms) {
    var text = articleOf(i).querySelector('.note-body').textContent.replace(/\s+/g, ' ').trim();
    var folded = '';
    var map = [];
    for (var c = 0; c < text.length; c++) {
      var f = fold(text[c]);
      for (var k = 0; k < f.length; k++) map.push(c);
      folded += f;
    }
    var first = -1;
    terms.forEach(function (term) {
      var at = folded.indexOf(term);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    var start = first < 0 ? 0 : Math.max(0, map[first] - 60);
    var end = Math.min(text.length, start + 180);
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.append('… ');
    var part = text.slice(start, end);
    var partFolded = fold(part);
    var pattern = new RegExp(
      terms
        .map(function (t) {
          return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('|'),
      'g',
    );
    var last = 0;
    var m;
    // Folding keeps one character per character for the scripts notes use; where it does not,
    // the snippet is shown unmarked rather than marked in the wrong place.
    if (partFolded.length === part.length && terms.length > 0) {
      while ((m = pattern.exec(partFolded)) !== null) {
        if (m[0] === '') break;
        fragment.append(part.slice(last, m.index));
        var mark = document.createElement('mark');
        mark.textContent = part.slice(m.index, m.index + m[0].length);
        fragment.append(mark);
        last = m.index + m[0].length;
      }
    }
    fragment.append(part.slice(last));
    if (end < text.length) fragment.append(' …');
    return fragment;
  }

  function runSearch() {
    var query = searchBox.value.trim();
    results.replaceChildren();
    noteList.hidden = query !== '';
    results.hidden = query === '';
    if (query === '') {
      resultsStatus.textContent = '';
      return;
    }
    var terms = words(query);
    var hits = [];
    if (terms.length > 0) {
      hits = index.query(function (q) {
        terms.forEach(function (term) {
          // Every word must be in the note; the last may still be being typed.
          q.term(term, {
            wildcard: lunr.Query.wildcard.TRAILING,
            presence: lunr.Query.presence.REQUIRED,
          });
        });
      });
    }
    var shown = hits.filter(function (hit) {
      return inDomain(Number(hit.ref));
    });
    shown.slice(0, 50).forEach(function (hit) {
      var i = Number(hit.ref);
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#/note/' + notes[i].slug;
      link.textContent = notes[i].title;
      var passage = document.createElement('p');
      passage.className = 'snippet';
      passage.append(snippet(i, terms));
      item.append(link, passage);
      results.append(item);
    });
    resultsStatus.textContent =
      shown.length === 0
        ? strings.noResults
        : (shown.length === 1 ? strings.resultsOne : strings.resultsOther).replace(
            '{{count}}',
            String(shown.length),
          );
  }

  // lunr's query parser throws on some input (a lone `:` or `~`); terms are added one by one
  // instead (runSearch), so anything typed is a search and never an error.
  searchBox.addEventListener('input', runSearch);
  domainFilter.addEventListener('change', applyDomainFilter);
  window.addEventListener('hashchange', function () {
    show(location.hash);
  });
  var started = false;
  show(location.hash);
  started = true;
  document.documentElement.classList.add('is-ready');
})();
