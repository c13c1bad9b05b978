// The change-membership view: preview the chosen plan and add-ons, then apply the same change.
import { callApi, clearErrors, money, newIdempotencyKey, showProblem, t } from './api.js';

const form = document.getElementById('change-form');
const panel = document.getElementById('preview-panel');
const confirmButton = document.getElementById('confirm-change');
const labels = Object.fromEntries([...document.getElementById('limit-labels').content.querySelectorAll('[data-limit]')]
  .map((label) => [label.dataset.limit, label.textContent]));

/** The full desired set: the chosen plan and every add-on with a quantity above zero. */
function desired() {
  const plan = form.querySelector('input[name=planId]:checked');
  const addOns = [...form.querySelectorAll('[data-add-on]')]
    .map((input) => ({ productId: input.dataset.product, quantity: Number(input.value || 0) }))
    .filter((addOn) => addOn.quantity > 0);
  return { planId: plan ? plan.value : undefined, addOns };
}

// The change's kinds as membership-service words them, in the page's language.
const kinds = { 'no-change': t('change.kind.no-change'), 'add-on-purchase': t('change.kind.add-on-purchase'),
  upgrade: t('change.kind.upgrade'), downgrade: t('change.kind.downgrade') };

/** A day of the API ("2027-01-01") in the page's language: Jan 1, 2027 / 1 janv. 2027. */
function day(value) {
  try {
    return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium', timeZone: 'UTC' })
      .format(new Date(`${value}T00:00:00Z`));
  } catch {
    return value;
  }
}

function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

// A credit's words by its reason (membership-service's ChargeLine documents the set).
const credits = {
  'unused-time': (subject) => t('change.line.credit.unused-time', subject),
  'setup-fee-paid': () => t('change.line.credit.setup-fee-paid'),
};

/**
 * A charge line in the page's language from its type, subject (the product's name, the coupon's code) and reason;
 * a line without them, or with a reason this page does not know, shows its English description.
 */
function lineText(line) {
  if (line.type === 'product' && line.subject) return line.subject;
  if (line.type === 'fee' && line.subject) return t('change.line.fee', line.subject);
  if (line.type === 'discount' && line.subject) return t('change.line.discount', line.subject);
  if (line.type === 'credit' && line.reason && Object.hasOwn(credits, line.reason)) {
    return credits[line.reason](line.subject);
  }
  return line.description;
}

function render(quote) {
  document.getElementById('preview-kind').textContent = kinds[quote.kind] || quote.kind;
  document.getElementById('preview-effective').textContent = quote.outcome === 'awaiting-payment'
    ? t('change.once-paid') : (quote.effectiveAt ? day(quote.effectiveAt) : t('change.now'));
  document.getElementById('preview-due').textContent = money(quote.amountDueNow);
  document.getElementById('preview-recurring').textContent = money(quote.newRecurringTotal);
  document.getElementById('preview-lines').replaceChildren(...(quote.lines.length
    ? quote.lines.map((l) => item(t('change.line', lineText(l), money(l.amount))))
    : [item(t('change.nothing-charged'))]));
  document.getElementById('preview-limits').replaceChildren(...quote.limitsVsUsage.map((l) => item(
    t('change.limit-usage', labels[l.limit] || l.limit, l.usage,
      l.allowed === null || l.allowed === 0 ? t('change.unlimited') : l.allowed))));
  const blocking = document.getElementById('preview-blocking');
  blocking.hidden = quote.blocking.length === 0;
  blocking.replaceChildren(...quote.blocking.map((b) => item(
    t('change.blocking', labels[b.limit] || b.limit, b.usage, b.allowed, b.remove))));
  confirmButton.disabled = quote.blocking.length > 0;
  panel.hidden = false;
  panel.focus();
}

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(form);
  const answer = await callApi('POST', `/api/memberships/${form.dataset.membership}/change/preview`, desired());
  if (answer.ok) render(answer.json);
  else { panel.hidden = true; showProblem(form, answer); }
});

// One key per change the customer confirms; choosing something else makes it another change.
let changeKey = newIdempotencyKey();

form?.addEventListener('change', () => { panel.hidden = true; changeKey = newIdempotencyKey(); });

confirmButton?.addEventListener('click', async () => {
  confirmButton.disabled = true;
  const answer = await callApi('POST', `/api/memberships/${form.dataset.membership}/change`, desired(), changeKey);
  if (answer.ok) {
    window.location.assign(`/account?changed=${answer.json.outcome}`);
  } else {
    confirmButton.disabled = false;
    panel.hidden = true;
    showProblem(form, answer);
  }
});
