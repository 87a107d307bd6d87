// SPDX-License-Identifier: GPL-3.0-or-later
// The phone voting page. Every poll text is put in with textContent, never as HTML.
'use strict';
(function () {
  const app = document.getElementById('app');
  const base = app.dataset.base;
  const form = document.getElementById('ballot');
  const question = document.getElementById('question');
  const hint = document.getElementById('hint');
  const answers = document.getElementById('answers');
  const send = document.getElementById('send');
  const status = document.getElementById('status');
  let poll = null;
  let order = [];

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function say(text, kind) {
    status.textContent = text;
    status.className = 'status' + (kind ? ' ' + kind : '');
  }
  function fmt(s, arg) { return s.replace('%1', String(arg)); }

  function option(type, name, value, text, extra) {
    const label = el('label', 'option');
    const input = el('input');
    input.type = type;
    input.name = name;
    input.value = String(value);
    label.appendChild(input);
    if (extra) label.appendChild(extra);
    label.appendChild(el('span', 'text', text));
    return label;
  }

  function renderRanking() {
    answers.textContent = '';
    const list = el('ol', 'ranking');
    order.forEach(function (index, pos) {
      const text = poll.options[index];
      const li = el('li');
      li.appendChild(el('span', 'text', text));
      const up = el('button', null, '↑');
      up.type = 'button';
      up.setAttribute('aria-label', fmt(poll.ui.moveUp, text));
      up.disabled = pos === 0;
      up.addEventListener('click', function () { move(pos, -1); });
      const down = el('button', null, '↓');
      down.type = 'button';
      down.setAttribute('aria-label', fmt(poll.ui.moveDown, text));
      down.disabled = pos === order.length - 1;
      down.addEventListener('click', function () { move(pos, 1); });
      const moves = el('span', 'moves');
      moves.appendChild(up);
      moves.appendChild(down);
      li.appendChild(moves);
      list.appendChild(li);
    });
    answers.appendChild(list);
  }
  function move(pos, delta) {
    const to = pos + delta;
    if (to < 0 || to >= order.length) return;
    const t = order[pos]; order[pos] = order[to]; order[to] = t;
    renderRanking();
    const buttons = answers.querySelectorAll('li')[to].querySelectorAll('button');
    (delta < 0 ? buttons[0] : buttons[1]).focus();
  }

  function limitMulti() {
    const max = poll.max_choices;
    if (!max) return;
    const boxes = answers.querySelectorAll('input[type=checkbox]');
    const checked = answers.querySelectorAll('input[type=checkbox]:checked').length;
    boxes.forEach(function (b) {
      b.disabled = !b.checked && checked >= max;
      b.parentElement.classList.toggle('disabled', b.disabled);
    });
  }

  function render() {
    question.textContent = poll.question;
    answers.textContent = '';
    const ui = poll.ui;
    switch (poll.kind) {
    case 'choice':
      hint.textContent = ui.chooseOne;
      poll.options.forEach(function (t, i) { answers.appendChild(option('radio', 'choice', i, t)); });
      break;
    case 'multi':
      hint.textContent = poll.max_choices ? fmt(ui.chooseUpTo, poll.max_choices) : ui.chooseMany;
      poll.options.forEach(function (t, i) { answers.appendChild(option('checkbox', 'multi', i, t)); });
      answers.addEventListener('change', limitMulti);
      break;
    case 'ranking':
      hint.textContent = ui.rankHint;
      order = poll.options.map(function (_, i) { return i; });
      renderRanking();
      break;
    case 'scale': {
      hint.textContent = ui.scaleHint;
      const row = el('div', 'scale');
      for (let n = 1; n <= poll.levels; ++n) {
        const label = poll.options.length >= 2 ? poll.options[n - 1] : '';
        row.appendChild(option('radio', 'scale', n, label, el('span', 'level', String(n))));
      }
      answers.appendChild(row);
      break;
    }
    case 'wordcloud':
    case 'open': {
      const id = 'answer-text';
      const label = el('label', 'textlabel', poll.kind === 'open' ? ui.openHint : ui.wordHint);
      label.htmlFor = id;
      const input = poll.kind === 'open' ? el('textarea') : el('input');
      if (poll.kind !== 'open') input.type = 'text';
      input.id = id;
      input.maxLength = poll.kind === 'open' ? 500 : 100;
      input.autocomplete = 'off';
      hint.textContent = '';
      answers.appendChild(label);
      answers.appendChild(input);
      break;
    }
    }
    send.textContent = ui.send;
    send.hidden = false;
    const open = poll.state === 'open';
    send.disabled = !open;
    if (!open) say(poll.state === 'closed' ? ui.closed : ui.draft, 'bad');
  }

  function ballot() {
    switch (poll.kind) {
    case 'choice': {
      const c = answers.querySelector('input:checked');
      return c ? { choices: [Number(c.value)] } : null;
    }
    case 'multi': {
      const c = Array.from(answers.querySelectorAll('input:checked')).map(function (b) { return Number(b.value); });
      return c.length ? { choices: c } : null;
    }
    case 'ranking':
      return { ranking: order.slice() };
    case 'scale': {
      const c = answers.querySelector('input:checked');
      return c ? { scale: Number(c.value) } : null;
    }
    default: {
      const t = document.getElementById('answer-text').value;
      return t.trim() ? { text: t } : null;
    }
    }
  }

  // Busy (503, 429) or unreachable: sent again by itself, a few times, before the phone is told.
  function post(body, tries) {
    fetch(base + '/vote', {
      method: 'POST', credentials: 'same-origin', cache: 'no-store',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(function (r) {
      if (r.ok) {
        say(poll.ui.recorded, 'ok');
        send.textContent = poll.ui.change;
      } else if (r.status === 409) {
        poll.state = 'closed';
        say(poll.ui.closed, 'bad');
        return;
      } else if ((r.status === 503 || r.status === 429) && tries < 6) {
        say(poll.ui.retrying, 'wait');
        const after = Number(r.headers && r.headers.get ? r.headers.get('Retry-After') : 0) || 2;
        setTimeout(function () { post(body, tries + 1); }, after * 1000);
        return;
      } else if (r.status === 503 || r.status === 429) {
        say(poll.ui.busy, 'bad');
      } else if (r.status === 404) {
        say(poll.ui.gone, 'bad');
      } else if (r.status === 413) {
        say(poll.ui.tooLong, 'bad');
      } else {
        say(poll.ui.failed, 'bad');
      }
      send.disabled = false;
    }).catch(function () {
      if (tries < 3) {
        say(poll.ui.retrying, 'wait');
        setTimeout(function () { post(body, tries + 1); }, 2000);
        return;
      }
      say(poll.ui.offline, 'bad');
      send.disabled = false;
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!poll) return;
    const body = ballot();
    if (!body) { say(poll.ui.empty, 'bad'); return; }
    send.disabled = true;
    post(body, 0);
  });

  function load(tries) {
    fetch(base + '/poll', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .then(function (p) { poll = p; render(); })
      .catch(function () {
        say(app.dataset.cannotLoad, 'bad');
        if (tries < 20) setTimeout(function () { load(tries + 1); }, 3000);
      });
  }
  load(0);
})();
