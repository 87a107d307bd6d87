// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the phone voting page's script against a minimal DOM, for every poll kind: the page is
// built from the poll JSON with textContent only, and a submitted answer posts the right body.
// Usage: node vote_page_check.js VOTE_JS > report; exit status 0 when every check passes.
'use strict';
const fs = require('fs');
const vm = require('vm');
const script = fs.readFileSync(process.argv[2], 'utf8');

class Element {
  constructor(tag) {
    this.tagName = tag.toUpperCase(); this.children = []; this.parentElement = null; this.attributes = {};
    this.listeners = {}; this.className = ''; this.dataset = {}; this.hidden = false; this.disabled = false;
    this.checked = false; this.value = ''; this.type = ''; this.name = ''; this.id = ''; this._text = '';
    const self = this;
    this.classList = { toggle(c, on) { const s = new Set(self.className.split(' ').filter(Boolean)); if (on) s.add(c); else s.delete(c); self.className = [...s].join(' '); } };
  }
  set textContent(t) { this.children = []; this._text = String(t); }
  get textContent() { return this._text + this.children.map((c) => c.textContent).join(''); }
  set innerHTML(_) { throw new Error('innerHTML used'); }
  appendChild(c) { c.parentElement = this; this.children.push(c); return c; }
  setAttribute(k, v) { this.attributes[k] = String(v); }
  addEventListener(type, f) { (this.listeners[type] = this.listeners[type] || []).push(f); }
  dispatch(type, event) { (this.listeners[type] || []).forEach((f) => f(Object.assign({ preventDefault() {} }, event))); if (this.parentElement && type !== 'click') this.parentElement.dispatch(type, event); }
  click() { if (this.disabled) return; if (this.type === 'radio') { all(root(this), (e) => e.type === 'radio' && e.name === this.name).forEach((e) => { e.checked = false; }); this.checked = true; this.dispatch('change', {}); } else if (this.type === 'checkbox') { this.checked = !this.checked; this.dispatch('change', {}); } (this.listeners.click || []).forEach((f) => f({ preventDefault() {} })); }
  focus() {}
  querySelectorAll(sel) { return all(this, (e) => matches(e, sel)); }
  querySelector(sel) { return this.querySelectorAll(sel)[0] || null; }
  get htmlFor() { return this.attributes.for; } set htmlFor(v) { this.attributes.for = v; }
}
function root(e) { while (e.parentElement) e = e.parentElement; return e; }
function all(node, pred) { const out = []; (function walk(n) { n.children.forEach((c) => { if (pred(c)) out.push(c); walk(c); }); })(node); return out; }
function matches(e, sel) {
  let s = sel; let checked = false;
  if (s.endsWith(':checked')) { checked = true; s = s.slice(0, -8); }
  let type = null; const m = s.match(/^(\w+)\[type=(\w+)\]$/); if (m) { s = m[1]; type = m[2]; }
  return e.tagName === s.toUpperCase() && (!type || e.type === type) && (!checked || e.checked);
}
function dump(e, depth) {
  const attrs = [e.id && `id="${e.id}"`, e.className && `class="${e.className}"`, e.type && `type="${e.type}"`, e.name && `name="${e.name}"`,
    e.value && `value="${e.value}"`, e.hidden && 'hidden', e.disabled && 'disabled', ...Object.entries(e.attributes).map(([k, v]) => `${k}="${v}"`)].filter(Boolean).join(' ');
  const text = e._text ? ' ' + JSON.stringify(e._text) : '';
  return '  '.repeat(depth) + `<${e.tagName.toLowerCase()}${attrs ? ' ' + attrs : ''}>${text}\n` + e.children.map((c) => dump(c, depth + 1)).join('');
}

const ui = { send: 'Send my vote', change: 'Change my vote', recorded: 'Vote recorded — you can change it until the poll closes.', closed: 'Closed', draft: 'Draft',
  busy: 'Busy', failed: 'Failed:', offline: 'Offline', chooseOne: 'Choose one answer.', chooseMany: 'Choose one or more.', chooseUpTo: 'Choose up to %1 answers.',
  rankHint: 'Order them', moveUp: 'Move up: %1', moveDown: 'Move down: %1', scaleHint: 'Choose a point', wordHint: 'A word', openHint: 'Your answer', empty: 'Please answer' };
const hostile = '<script>alert(1)</script>';
const cases = [
  { kind: 'choice', options: [hostile, 'B', 'C'], act: (d) => d.radios[1].click(), expect: { choices: [1] } },
  { kind: 'multi', max_choices: 2, options: ['A', 'B', 'C'], act: (d) => { d.boxes[0].click(); d.boxes[2].click(); }, expect: { choices: [0, 2] }, check: (d) => d.boxes[1].disabled },
  { kind: 'ranking', options: ['A', 'B', 'C'], act: (d) => { d.buttons('↓')[0].click(); }, expect: { ranking: [1, 0, 2] } },
  { kind: 'scale', levels: 5, options: ['Low', '2', '3', '4', 'High'], act: (d) => d.radios[3].click(), expect: { scale: 4 } },
  { kind: 'wordcloud', options: [], act: (d) => { d.byId('answer-text').value = 'Hope'; }, expect: { text: 'Hope' } },
  { kind: 'open', options: [], act: (d) => { d.byId('answer-text').value = hostile; }, expect: { text: hostile } },
];

let failures = 0;
(async () => {
  for (const c of cases) {
    const body = new Element('body');
    const ids = {};
    const make = (tag, id, parent) => { const e = new Element(tag); e.id = id; ids[id] = e; parent.appendChild(e); return e; };
    const app = make('main', 'app', body); app.dataset.base = '/v/TOKEN';
    const form = make('form', 'ballot', app); const field = make('fieldset', 'field', form);
    make('legend', 'question', field); make('p', 'hint', field); make('div', 'answers', field);
    const send = make('button', 'send', form); send.hidden = true; make('p', 'status', app);
    const poll = { question: hostile, kind: c.kind, options: c.options, state: 'open', max_choices: c.max_choices || 0, levels: c.levels || 0, ui };
    let posted = null;
    const document = {
      getElementById: (id) => ids[id] || all(body, (e) => e.id === id)[0] || null,
      createElement: (tag) => new Element(tag),
    };
    const fetch = (url, opts) => {
      if (opts && opts.method === 'POST') {
        posted = { url, opts };
        return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve({ ok: true }) });
      }
      return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(JSON.parse(JSON.stringify(poll))) });
    };
    vm.runInNewContext(script, { document, fetch, Number, Array, JSON, String, Promise, console, setTimeout });
    await new Promise((r) => setTimeout(r, 10));
    const d = {
      radios: all(body, (e) => e.type === 'radio'), boxes: all(body, (e) => e.type === 'checkbox'),
      buttons: (t) => all(body, (e) => e.tagName === 'BUTTON' && e._text === t), byId: document.getElementById,
    };
    c.act(d);
    if (c.check && !c.check(d)) { failures++; console.log(`FAIL ${c.kind}: limit not enforced`); }
    form.dispatch('submit', {});
    await new Promise((r) => setTimeout(r, 10));
    const got = posted && JSON.parse(posted.opts.body);
    const ok = posted && posted.url === '/v/TOKEN/vote' && posted.opts.headers['Content-Type'] === 'application/json'
      && JSON.stringify(got) === JSON.stringify(c.expect) && ids.status._text === ui.recorded && ids.question._text === hostile;
    if (!ok) failures++;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${c.kind}: posted ${posted && posted.opts.body}; status "${ids.status._text}"`);
    console.log(dump(app, 1));
  }
  process.exit(failures ? 1 : 0);
})();
