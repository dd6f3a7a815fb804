// EngineScope page: the editor, the toolbar, the console and the timeline. The diagrams are drawn
// by Go (ebiten) inside the viz.html iframe; this file calls the functions Go registers on the
// iframe's window (esLoad, esStep, …) and Go calls back window.esUpdate(statusJSON).
'use strict';

const $ = (id) => document.getElementById(id);
const code = $('code'), gutter = $('gutter'), hl = $('hl');
const viz = $('viz');
const ui = {
  run: $('run'), back: $('back'), step: $('step'), play: $('play'), share: $('share'),
  unit: $('unit'), speed: $('speed'), host: $('host'), scenes: $('scenes'),
  scrub: $('scrub'), counter: $('counter'), where: $('where'), out: $('out'),
  narration: $('narration'), errbar: $('errbar'), loading: $('loading'), shared: $('shared'), constatus: $('constatus'),
  side: $('side'), sideout: $('sideout'), outA: $('outA'), outB: $('outB'),
};

let ready = false;
let status = null;        // the last status from Go (side by side: the Node column's)
let sideStatus = null;    // side by side: {side, a, b, diverge}
let sideMode = false;     // the "Node | Browser" button is down
let ranSource = null;     // the program text of the current run (highlights only apply to it)
let pendingLoad = null;   // a share link or scene waiting for the engine
let scrubbing = false;

// ---- calls into Go -------------------------------------------------------------------------
function go(name, ...args) {
  const w = viz.contentWindow;
  if (!ready || !w || typeof w[name] !== 'function') return undefined;
  return w[name](...args);
}

// ---- editor: line numbers, highlight layer, Tab -----------------------------------------------
let charW = 8.4;
function measure() {
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;font:' + getComputedStyle(code).font;
  probe.textContent = 'x'.repeat(100);
  document.body.appendChild(probe);
  charW = probe.getBoundingClientRect().width / 100 || charW;
  probe.remove();
}
const lineH = () => parseFloat(getComputedStyle(code).lineHeight) || 20;
const padTop = () => parseFloat(getComputedStyle(code).paddingTop) || 8;
const padLeft = () => parseFloat(getComputedStyle(code).paddingLeft) || 8;

function lines() { return code.value.split('\n'); }

function renderGutter() {
  const n = lines().length;
  const cur = currentLine(), err = errorPos();
  let html = '';
  for (let i = 1; i <= n; i++) {
    const cls = err && err.line === i ? 'err' : (cur === i ? 'cur' : '');
    html += cls ? `<span class="${cls}">${i}</span>\n` : i + '\n';
  }
  gutter.innerHTML = html;
  gutter.scrollTop = code.scrollTop;
}

// The visual x of a 1-based UTF-16 column on a line (tabs expand to the CSS tab-size of 4).
function columnX(lineText, col) {
  let x = 0;
  for (let i = 0; i < col - 1 && i < lineText.length; i++) {
    x = lineText[i] === '\t' ? (Math.floor(x / 4) + 1) * 4 : x + 1;
  }
  return x * charW;
}

function currentLine() {
  if (!status || !status.line || ranSource !== code.value || status.pos === 0) return 0;
  return status.line;
}
function errorPos() {
  if (!status || !status.error || !status.error.line || ranSource !== code.value) return null;
  return status.error;
}

function renderHighlight() {
  const top = padTop() - code.scrollTop, left = padLeft() - code.scrollLeft, h = lineH();
  let html = '';
  const cur = currentLine();
  if (cur) html += `<div class="line cur" data-line="${cur}" style="top:${top + (cur - 1) * h}px"></div>`;
  const err = errorPos();
  if (err) {
    html += `<div class="line errline" data-line="${err.line}" style="top:${top + (err.line - 1) * h}px"></div>`;
    if (err.col) {
      const x = left + columnX(lines()[err.line - 1] || '', err.col);
      html += `<div class="caret" data-col="${err.col}" style="top:${top + (err.line - 1) * h}px;left:${x}px"></div>`;
    }
  }
  hl.innerHTML = html;
  renderGutter();
}

function scrollToLine(line) {
  if (!line) return;
  const h = lineH(), y = padTop() + (line - 1) * h;
  if (y < code.scrollTop + h || y > code.scrollTop + code.clientHeight - 2 * h) {
    code.scrollTop = Math.max(0, y - code.clientHeight / 3);
  }
}

code.addEventListener('scroll', renderHighlight);
code.addEventListener('input', () => { renderHighlight(); updateButtons(); });
code.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') { code.blur(); return; }
  if (e.key !== 'Tab' || e.ctrlKey || e.metaKey || e.altKey) return;
  e.preventDefault();
  const v = code.value, s = code.selectionStart, t = code.selectionEnd;
  const multi = v.slice(s, t).includes('\n');
  if (!multi && !e.shiftKey) { insert('  '); return; }
  // Indent or outdent every selected line by two spaces.
  const from = v.lastIndexOf('\n', s - 1) + 1;
  const block = v.slice(from, t);
  const out = e.shiftKey ? block.replace(/^ {1,2}/gm, '') : block.replace(/^/gm, '  ');
  code.setSelectionRange(from, t);
  insert(out);
  code.setSelectionRange(from, from + out.length);
});
// insertText keeps the browser's undo history; setRangeText is the fallback.
function insert(text) {
  if (!document.execCommand || !document.execCommand('insertText', false, text)) {
    code.setRangeText(text, code.selectionStart, code.selectionEnd, 'end');
    code.dispatchEvent(new Event('input'));
  }
}

// ---- status from Go -------------------------------------------------------------------------
window.esUpdate = function (json) {
  const j = JSON.parse(json);
  if (j.side) { sideStatus = j; status = j.a; } else { sideStatus = null; status = j; }
  render();
};
window.esReady = function () { onReady(); };
window.esLoadFailed = function (msg) {
  ui.loading.classList.add('failed');
  ui.loading.querySelector('p').textContent = 'The engine failed to load: ' + msg;
};

function render() {
  const s = status;
  if (!s) return;
  if (sideStatus) { renderSide(sideStatus); return; }
  ui.out.hidden = false;
  ui.sideout.hidden = true;
  ui.unit.disabled = false;
  ui.counter.textContent = `step ${s.step} of ${s.total}${s.running ? '…' : ''}`;
  ui.where.textContent = (s.line ? `line ${s.line}:${s.col}` + (s.fn ? ` · in ${s.fn}` : '') + (s.end ? ` · ended (${s.end})` : '') : '') +
    (s.tasks ? ` · callback ${s.task} of ${s.tasks}` : '');
  if (!scrubbing) {
    ui.scrub.max = String(s.total);
    ui.scrub.value = String(s.step);
  }
  setMarks(s.marks || []);
  ui.scrub.disabled = !s.run;
  ui.play.textContent = s.playing ? '❚❚ Pause' : '▶ Play';
  ui.unit.value = s.unit;
  ui.constatus.textContent = s.running ? `recording… ${s.events} events` : '';
  // Console: the lines printed up to the current step.
  const frag = document.createDocumentFragment();
  for (const l of s.console) {
    const div = document.createElement('div');
    div.className = 'line ' + (l.stream === 'stderr' ? 'stderr ' : '') + (l.level || '');
    div.textContent = l.text;
    frag.appendChild(div);
  }
  ui.out.replaceChildren(frag);
  ui.out.scrollTop = ui.out.scrollHeight;
  // Narration of a scene.
  ui.narration.hidden = !s.narration;
  ui.narration.textContent = s.narration || '';
  // Errors: syntax errors are marked in the editor; the engine's own message is shown as is.
  if (s.error) {
    ui.errbar.hidden = false;
    ui.errbar.className = s.error.kind === 'engine' || s.error.kind === 'budget' ? 'info' : '';
    ui.errbar.textContent = s.error.message + (s.error.line ? `  (line ${s.error.line}:${s.error.col})` : '');
  } else {
    ui.errbar.hidden = true;
  }
  renderHighlight();
  if (s.line && ranSource === code.value) scrollToLine(s.line);
  updateButtons();
}

// The scrubber's tick marks: where each event-loop callback starts.
let markKey = '';
function setMarks(steps) {
  const key = steps.join(',');
  if (key === markKey) return;
  markKey = key;
  const list = $('marks');
  list.replaceChildren(...steps.map((n) => { const o = document.createElement('option'); o.value = String(n); return o; }));
}

// Side by side: both columns' consoles aligned line by line, the first differing line marked;
// the counter and the scrubber count event-loop callbacks.
function renderSide(p) {
  const a = p.a, b = p.b;
  ui.out.hidden = true;
  ui.sideout.hidden = false;
  ui.unit.value = 'task';
  ui.unit.disabled = true;
  const at = Math.max(a.task, b.task), of = Math.max(a.tasks, b.tasks);
  ui.counter.textContent = `callback ${at} of ${of}${a.running || b.running ? '…' : ''}`;
  ui.where.textContent = `Node: ${a.task}/${a.tasks}${a.end ? ' (ended)' : ''} · Browser: ${b.task}/${b.tasks}${b.end ? ' (ended)' : ''}` +
    (p.diverge >= 0 ? ` · outputs differ from line ${p.diverge + 1}` : '');
  if (!scrubbing) {
    ui.scrub.max = String(of);
    ui.scrub.value = String(at);
  }
  setMarks([]);
  ui.scrub.disabled = !a.run;
  ui.play.textContent = a.playing || b.playing ? '❚❚ Pause' : '▶ Play';
  ui.constatus.textContent = a.running || b.running ? 'recording…' : '';
  const n = Math.max(a.console.length, b.console.length);
  const column = (lines, pre) => {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const div = document.createElement('div');
      const l = lines[i];
      div.className = 'line' + (l ? (l.stream === 'stderr' ? ' stderr' : '') : ' missing') +
        (i === p.diverge ? ' diverge' : '') + (p.diverge >= 0 && i > p.diverge ? ' after' : '');
      div.dataset.line = String(i + 1);
      div.textContent = l ? l.text : '';
      frag.appendChild(div);
    }
    pre.replaceChildren(frag);
  };
  column(a.console, ui.outA);
  column(b.console, ui.outB);
  ui.sideout.scrollTop = ui.sideout.scrollHeight;
  ui.narration.hidden = true;
  const err = a.error || b.error;
  ui.errbar.hidden = !err;
  if (err) {
    ui.errbar.className = err.kind === 'engine' || err.kind === 'budget' ? 'info' : '';
    ui.errbar.textContent = (a.error ? 'Node: ' : 'Browser: ') + err.message;
  }
  renderHighlight();
  updateButtons();
}

function updateButtons() {
  const has = ready && status && status.run;
  ui.run.disabled = !ready;
  ui.side.disabled = !ready;
  ui.side.setAttribute('aria-pressed', String(sideMode));
  ui.host.disabled = sideMode;
  if (sideStatus) {
    const a = sideStatus.a, b = sideStatus.b;
    ui.back.disabled = !has || a.pos === 0 && b.pos === 0;
    ui.step.disabled = !has || a.done && b.done && a.pos >= a.events && b.pos >= b.events;
  } else {
    ui.back.disabled = !has || status.step === 0 && status.pos === 0;
    ui.step.disabled = !has || status.done && status.pos >= status.events;
  }
  ui.play.disabled = !has;
  ui.share.disabled = !ready;
}

// ---- toolbar ---------------------------------------------------------------------------------
function run(step) {
  ranSource = code.value;
  if (sideMode) go('esLoadSide', code.value, step === undefined ? -1 : step);
  else go('esLoad', code.value, ui.host.value, step === undefined ? -1 : step);
}
ui.run.addEventListener('click', () => run());
ui.side.addEventListener('click', () => { sideMode = !sideMode; updateButtons(); run(); });
ui.step.addEventListener('click', () => go('esStep', 1));
ui.back.addEventListener('click', () => go('esStep', -1));
ui.play.addEventListener('click', () => go('esToggle'));
ui.unit.addEventListener('change', () => go('esSetUnit', ui.unit.value));
ui.speed.addEventListener('change', () => go('esSetSpeed', Number(ui.speed.value)));
ui.scrub.addEventListener('input', () => { scrubbing = true; go('esSeek', Number(ui.scrub.value)); });
ui.scrub.addEventListener('change', () => { scrubbing = false; });
ui.scenes.addEventListener('change', () => {
  const sc = scenes.find((x) => x.name === ui.scenes.value);
  if (!sc) return;
  code.value = sc.source;
  ui.host.value = sc.host;
  sideMode = false;
  code.scrollTop = 0;
  run();
});

// Shortcuts: only when the editor (or another form field) does not have the focus.
function shortcut(e) {
  const t = e.target;
  if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.isContentEditable)) return false;
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === ' ') {
    e.preventDefault();
    go('esKey', e.key);
    return true;
  }
  return false;
}
document.addEventListener('keydown', shortcut);
window.esFrameKey = shortcut; // keys pressed while the diagram iframe has the focus

// ---- share links: #code=<base64url>&host=node&step=N -----------------------------------------
function b64url(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function unb64url(s) {
  s = s.replace(/-/g, '+').replace(/_/g, '/');
  while (s.length % 4) s += '=';
  const bin = atob(s);
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}
ui.share.addEventListener('click', async () => {
  let url = location.href.split('#')[0] + `#code=${b64url(code.value)}`;
  if (sideMode) url += `&side=1&step=${sideStatus ? Math.max(sideStatus.a.task, sideStatus.b.task) : 0}`;
  else url += `&host=${ui.host.value}&step=${status && status.run ? status.step : 0}`;
  history.replaceState(null, '', url);
  let copied = false;
  try { await navigator.clipboard.writeText(url); copied = true; } catch (_) { /* not a secure context, or denied */ }
  ui.shared.textContent = copied ? 'Link copied.' : 'Link is in the address bar.';
  setTimeout(() => { ui.shared.textContent = ''; }, 4000);
});
function readFragment() {
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.has('code')) {
    try {
      const host = ['node', 'node10'].includes(p.get('host')) ? p.get('host') : 'browser';
      return { code: unb64url(p.get('code')), host, side: p.get('side') === '1', step: Math.max(0, parseInt(p.get('step') || '0', 10) || 0) };
    } catch (e) {
      ui.errbar.hidden = false;
      ui.errbar.textContent = 'This share link is damaged: ' + e.message;
    }
  }
  if (p.has('scene')) return { scene: p.get('scene'), step: Math.max(0, parseInt(p.get('step') || '0', 10) || 0) };
  return null;
}
window.addEventListener('hashchange', () => { pendingLoad = readFragment(); if (ready) applyPending(); });

// ---- startup ------------------------------------------------------------------------------
let scenes = [];
function onReady() {
  if (ready) return;
  ready = true;
  ui.loading.classList.add('gone');
  try { scenes = JSON.parse(go('esScenes') || '[]'); } catch (_) { scenes = []; }
  for (const sc of scenes) {
    const o = document.createElement('option');
    o.value = sc.name;
    o.textContent = sc.title;
    ui.scenes.appendChild(o);
  }
  go('esSetSpeed', Number(ui.speed.value));
  go('esSetUnit', ui.unit.value);
  updateButtons();
  applyPending();
}
function applyPending() {
  const p = pendingLoad;
  pendingLoad = null;
  if (!p) return;
  if (p.scene) {
    const sc = scenes.find((x) => x.name === p.scene);
    if (!sc) return;
    ui.scenes.value = sc.name;
    code.value = sc.source;
    ui.host.value = sc.host;
    sideMode = false;
  } else {
    code.value = p.code;
    ui.host.value = p.host;
    sideMode = p.side;
  }
  renderHighlight();
  run(p.step);
}

measure();
pendingLoad = readFragment();
if (pendingLoad && pendingLoad.code !== undefined) { code.value = pendingLoad.code; ui.host.value = pendingLoad.host; }
renderHighlight();
updateButtons();
// The Go entry calls esReady; poll as well in case it ran before this script did.
const poll = setInterval(() => {
  const w = viz.contentWindow;
  if (w && typeof w.esLoad === 'function') { clearInterval(poll); onReady(); }
}, 200);
window.addEventListener('resize', renderHighlight);
