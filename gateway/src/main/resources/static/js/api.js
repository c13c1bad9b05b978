// What every page's script shares: API calls with the CSRF header, and problem+json answers shown next to the
// fields they concern.

let words = null;

/**
 * The page's words for its scripts, in the page's language (the gateway's "js." bundle entries, PageMessages), by key
 * without "js."; {0}, {1} are filled with {@code args}. An unknown key shows itself, never nothing.
 */
export function t(key, ...args) {
  if (!words) {
    const meta = document.querySelector('meta[name="page-messages"]');
    try { words = meta ? JSON.parse(meta.content) : {}; } catch { words = {}; }
  }
  const text = words[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (all, index) => (args[index] === undefined ? all : String(args[index])));
}

/** An API money object ({amount: "30.00", currency: "USD"}) in the page's language: $30.00, 30,00 $US. */
export function money(value) {
  if (!value) return '—';
  try {
    return new Intl.NumberFormat(document.documentElement.lang || 'en',
      { style: 'currency', currency: value.currency }).format(Number(value.amount));
  } catch {
    return `${value.amount} ${value.currency}`;
  }
}

/** The CSRF token the gateway sets as a cookie; it must come back as a header with every write. */
export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * Calls the API with the CSRF header. {@code idempotencyKey}: one key per submission the customer makes (Stripe's
 * Idempotency-Key), so a retry or a second click of the same submission acts once.
 */
export async function callApi(method, path, body, idempotencyKey) {
  const headers = { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const response = await fetch(path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { ok: response.ok, status: response.status, json };
}

/** A fresh key for one submission. */
export function newIdempotencyKey() {
  return window.crypto && crypto.randomUUID ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A form's fields as the JSON body: checkboxes are booleans, blank optional fields are left out, text trimmed. */
export function bodyOf(form) {
  const body = {};
  for (const field of form.elements) {
    if (!field.name || field.disabled) continue;
    if (field.type === 'checkbox') body[field.name] = field.checked;
    else if (field.type === 'radio') { if (field.checked) body[field.name] = field.value; }
    else if (field.value.trim() !== '') {
      // A password is sent exactly as typed: its spaces are part of it.
      body[field.name] = field.type === 'password' ? field.value : field.value.trim();
    }
  }
  return body;
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error, .form-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
}

/** Puts each of the problem's field errors next to its field, and its detail at the top of the form. */
export function showProblem(form, answer) {
  const problem = answer.json || {};
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  let first = null;
  for (const error of errors) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`);
    const field = form.elements.namedItem(error.field);
    if (slot) { slot.textContent = error.message; slot.hidden = false; }
    if (field && field.setAttribute) { field.setAttribute('aria-invalid', 'true'); first = first || field; }
  }
  const general = form.querySelector('.form-error');
  const unplaced = errors.length === 0 || !first;
  const fallbackField = form.dataset.problemField;
  if (unplaced && fallbackField && form.querySelector(`[data-error-for="${fallbackField}"]`)) {
    const slot = form.querySelector(`[data-error-for="${fallbackField}"]`);
    slot.textContent = problem.detail || problem.title || t('refused');
    slot.hidden = false;
    first = form.elements.namedItem(fallbackField);
    first.setAttribute('aria-invalid', 'true');
  } else if (general) {
    general.textContent = unplaced ? (problem.detail || problem.title || t('failed', answer.status))
      : t('correct-fields');
    general.hidden = false;
  }
  (first || general)?.focus?.();
}
