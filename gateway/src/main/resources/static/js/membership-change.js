// The change-membership view: preview the chosen plan and add-ons, then apply the same change.
import { callApi, clearErrors, newIdempotencyKey, showProblem } from './api.js';

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

const money = (m) => (m ? `${m.amount} ${m.currency}` : '—');

function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function render(quote) {
  document.getElementById('preview-kind').textContent = quote.kind.replaceAll('_', ' ').toLowerCase();
  document.getElementById('preview-effective').textContent = quote.outcome === 'awaiting-payment'
    ? 'once its invoice is paid' : (quote.effectiveAt || 'now');
  document.getElementById('preview-due').textContent = money(quote.amountDueNow);
  document.getElementById('preview-recurring').textContent = money(quote.newRecurringTotal);
  document.getElementById('preview-lines').replaceChildren(...(quote.lines.length
    ? quote.lines.map((l) => item(`${l.description}: ${money(l.amount)}`)) : [item('Nothing is charged now.')]));
  document.getElementById('preview-limits').replaceChildren(...quote.limitsVsUsage.map((l) => item(
    `${labels[l.limit] || l.limit}: ${l.usage} used of ${l.allowed === null || l.allowed === 0 ? 'Unlimited' : l.allowed}`)));
  const blocking = document.getElementById('preview-blocking');
  blocking.hidden = quote.blocking.length === 0;
  blocking.replaceChildren(...quote.blocking.map((b) => item(
    `Over the new ${labels[b.limit] || b.limit} limit: ${b.usage} used, ${b.allowed} allowed — remove ${b.remove} first.`)));
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
