// The account page's progressive enhancement: dialogs, API calls with the CSRF header, field errors next to
// their fields, block refresh after a change, and live updates from GET /api/account/events. No build step.

import { bodyOf, callApi, clearErrors, csrfToken, newIdempotencyKey, showProblem, t } from './api.js';

const live = document.getElementById('live-status');

function announce(message) {
  if (live && message) live.textContent = message;
}

// --- dialogs: showModal keeps focus inside; closing returns focus to the button that opened it ---
const openers = new WeakMap();

function openDialog(dialog, opener) {
  openers.set(dialog, opener);
  dialog.querySelectorAll('form').forEach(clearErrors);
  // One key per submission the dialog makes: a retry after a lost answer acts once.
  dialog.querySelectorAll('form[data-api]').forEach((form) => { form.dataset.idempotencyKey = newIdempotencyKey(); });
  dialog.querySelectorAll('[data-step]').forEach((step) => { step.hidden = step.dataset.step !== '1'; });
  dialog.showModal();
  if (dialog.id === 'domain-dialog') loadInstructions();
}

function closeDialog(dialog) {
  dialog.close();
}

// However a dialog closes (its buttons, or Escape by itself), focus goes back to the button that opened it, or to
// that button's copy when a refresh of the blocks replaced it while the dialog was open.
document.addEventListener('close', (event) => {
  const opener = openers.get(event.target);
  if (!opener) return;
  const again = document.contains(opener) ? opener : sameControl(opener);
  if (again) again.focus();
}, true); // close does not bubble: heard while it goes down

function sameControl(control) {
  if (control.id) return document.getElementById(control.id);
  const { opens, api, path } = control.dataset;
  if (opens) return document.querySelector(`[data-opens="${CSS.escape(opens)}"]`);
  return path ? document.querySelector(`[data-api="${CSS.escape(api)}"][data-path="${CSS.escape(path)}"]`) : null;
}

async function loadInstructions() {
  const target = document.getElementById('domain-instructions');
  const answer = await callApi('GET', '/api/domains/instructions');
  target.textContent = answer.ok ? answer.json.instructions : t('domains.instructions-unavailable');
}

// --- refreshing the blocks from the server after a change or a live event ---
let refreshing = null;

async function refreshBlocks() {
  const response = await fetch('/account', { credentials: 'same-origin' });
  if (response.redirected && new URL(response.url).pathname === '/login') {
    window.location.assign(response.url);
    return;
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  // A site created or deleted since the page was rendered changes what the blocks refer to.
  if (page.body.dataset.siteId) document.body.dataset.siteId = page.body.dataset.siteId;
  else delete document.body.dataset.siteId;
  document.querySelectorAll('[data-block]').forEach((block) => {
    if (block.tagName === 'DIALOG' && block.open) return;
    const fresh = page.querySelector(`[data-block="${block.dataset.block}"]`);
    if (fresh) block.replaceWith(document.importNode(fresh, true));
  });
}

function scheduleRefresh() {
  clearTimeout(refreshing);
  refreshing = setTimeout(refreshBlocks, 250);
}

// --- what happens after a successful call ---
const after = {
  'template-switch': (answer) => {
    showSwitch(answer.json.status, answer.json.progress || 0);
    watchSwitch(answer.json.switchId);
  },
  'signed-out': async () => {
    if (events) events.close(); // the stream ends with the session; this page says why itself
    await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' });
    window.location.assign('/login?deleted');
  },
};

async function submitApiForm(form) {
  clearErrors(form);
  const button = form.querySelector('[type=submit]');
  button.disabled = true;
  try {
    const key = form.dataset.api === 'POST' ? (form.dataset.idempotencyKey || newIdempotencyKey()) : undefined;
    const answer = await callApi(form.dataset.api, form.dataset.path, bodyOf(form), key);
    if (!answer.ok) { showProblem(form, answer); return; }
    form.dataset.idempotencyKey = newIdempotencyKey();
    const dialog = form.closest('dialog');
    if (dialog) closeDialog(dialog);
    form.reset();
    announce(form.dataset.success);
    const next = after[form.dataset.after];
    if (next) await next(answer); else scheduleRefresh();
  } catch (e) {
    showProblem(form, { status: 0, json: { detail: t('connection-failed') } });
  } finally {
    button.disabled = false;
  }
}

// --- one-button actions, with a confirmation first when they say so ---
let pending = null;

async function runAction(button) {
  const body = button.dataset.body ? JSON.parse(button.dataset.body) : undefined;
  // The same key until the action succeeds: pressing again after a lost answer acts once.
  if (!button.dataset.idempotencyKey) button.dataset.idempotencyKey = newIdempotencyKey();
  const answer = await callApi(button.dataset.api, button.dataset.path, body,
    button.dataset.api === 'POST' ? button.dataset.idempotencyKey : undefined);
  if (answer.ok) delete button.dataset.idempotencyKey;
  if (!answer.ok) {
    const detail = (answer.json && (answer.json.detail || answer.json.title)) || t('failed', answer.status);
    return detail;
  }
  announce(t('done'));
  scheduleRefresh();
  return null;
}

document.addEventListener('click', async (event) => {
  const target = event.target.closest('button, a');
  if (!target) return;
  if (target.dataset.opens) {
    event.preventDefault(); // a link to the plain page without JavaScript; with it, the dialog
    openDialog(document.getElementById(target.dataset.opens), target);
  } else if (target.hasAttribute('data-closes')) {
    closeDialog(target.closest('dialog'));
  } else if (target.hasAttribute('data-next-step')) {
    const dialog = target.closest('dialog');
    dialog.querySelectorAll('[data-step]').forEach((step) => { step.hidden = step.dataset.step !== '2'; });
    dialog.querySelector('[data-step="2"] input')?.focus();
  } else if (target.dataset.api && target.dataset.confirm) {
    event.preventDefault(); // a form posting to /account/actions without JavaScript; with it, the dialog
    pending = target;
    const dialog = document.getElementById('confirm-dialog');
    document.getElementById('confirm-message').textContent = target.dataset.confirm;
    openDialog(dialog, target);
  } else if (target.dataset.api) {
    event.preventDefault();
    target.disabled = true;
    const problem = await runAction(target);
    target.disabled = false;
    if (problem) announce(problem);
  }
});

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (form.hasAttribute('data-confirm-form')) {
    event.preventDefault();
    clearErrors(form);
    const problem = pending ? await runAction(pending) : null;
    if (problem) {
      showProblem(form, { json: { detail: problem } });
    } else {
      closeDialog(form.closest('dialog'));
    }
  } else if (form.dataset.api) {
    event.preventDefault();
    await submitApiForm(form);
  }
});

// --- template switch progress: live from the event stream, polled only while the stream is down ---
let events = null;

function showSwitch(status, progress) {
  const panel = document.getElementById('switch-progress');
  panel.hidden = false;
  document.getElementById('switch-bar').value = status === 'done' ? 100 : progress;
  const words = { queued: t('switch.queued'), running: t('switch.running', progress), done: t('switch.done'),
    failed: t('switch.failed') };
  document.getElementById('switch-status').textContent = words[status] || status;
  panel.dataset.status = status;
  if (status === 'done' || status === 'failed') scheduleRefresh();
}

function watchSwitch(switchId) {
  const siteId = document.body.dataset.siteId;
  const poll = async () => {
    const panel = document.getElementById('switch-progress');
    if (panel.dataset.status === 'done' || panel.dataset.status === 'failed') return;
    if (!events || events.readyState !== EventSource.OPEN) {
      const answer = await callApi('GET', `/api/sites/${siteId}/template-switches/${switchId}`);
      if (answer.ok) showSwitch(answer.json.status, answer.json.progress);
    }
    setTimeout(poll, 2000);
  };
  setTimeout(poll, 2000);
}

function listen() {
  if (!window.EventSource) return;
  events = new EventSource('/api/account/events');
  events.addEventListener('TemplateSwitchProgressed', (e) => {
    const data = JSON.parse(e.data);
    showSwitch(data.status, data.progress);
  });
  // The page carries the events the gateway forwards; every other one re-reads the blocks.
  for (const type of (document.body.dataset.liveEvents || '').split(' ')) {
    if (type && type !== 'TemplateSwitchProgressed') events.addEventListener(type, scheduleRefresh);
  }
  events.addEventListener('open', () => {
    document.body.dataset.live = 'on';
    // What happened between rendering the page and (re)connecting was not streamed: read it once now.
    scheduleRefresh();
  });
  events.addEventListener('error', () => {
    document.body.dataset.live = 'off';
    // The gateway ends the stream when the session ends and then refuses it: the page follows to the sign-in page.
    if (events.readyState === EventSource.CLOSED) scheduleRefresh();
  });
}

listen();
document.documentElement.dataset.enhanced = 'true';
