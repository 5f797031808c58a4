// Account administration: create accounts, reset passwords, disable, role review and the audit log.
import { getJson, postJson } from './api.js';
import { loadMessages, roleName, t } from './i18n.js';
import { showSession } from './session.js';
import { cell, showError } from './dom.js';

const ROLES = ['reader', 'contributor', 'editor', 'data-steward', 'steering', 'coordinator', 'expert', 'admin'];
const API = 'api/v1/';

function say(message) {
  const box = document.getElementById('accounts-message');
  box.textContent = message;
  box.hidden = false;
}

function actionButton(label, handler) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', handler);
  return button;
}

async function showAccounts() {
  const accounts = await getJson(`${API}admin/accounts`);
  const body = document.querySelector('#account-table tbody');
  body.replaceChildren();
  for (const account of accounts) {
    const row = document.createElement('tr');
    row.dataset.username = account.username;
    cell(row, account.username);
    cell(row, account.displayName);
    cell(row, account.municipalityName || t('accounts.region'));
    cell(row, account.roles.map(roleName).join(', '));
    cell(row, account.enabled ? t('accounts.enabled') : t('accounts.disabled'));
    const actions = cell(row, '');
    actions.appendChild(actionButton(t('accounts.reset'), async () => {
      const reset = await postJson(`${API}admin/accounts/${account.id}/password-reset`);
      say(t('accounts.temporaryPassword', { username: reset.username, password: reset.temporaryPassword }));
    }));
    actions.appendChild(actionButton(account.enabled ? t('accounts.disable') : t('accounts.enable'), async () => {
      await postJson(`${API}admin/accounts/${account.id}/${account.enabled ? 'disable' : 'enable'}`);
      await refresh();
    }));
    body.appendChild(row);
  }
}

async function showReview() {
  const review = await getJson(`${API}admin/accounts/role-review`);
  const list = document.getElementById('role-review');
  list.replaceChildren();
  for (const [role, holders] of Object.entries(review)) {
    const term = document.createElement('dt');
    term.textContent = roleName(role);
    const description = document.createElement('dd');
    description.textContent = holders.length > 0 ? holders.join('; ') : '—';
    list.append(term, description);
  }
}

async function showAudit() {
  const params = new URLSearchParams();
  const actor = document.getElementById('audit-actor').value.trim();
  const action = document.getElementById('audit-action').value.trim();
  if (actor) params.set('actor', actor);
  if (action) params.set('action', action);
  params.set('limit', '100');
  const entries = await getJson(`${API}admin/audit?${params}`);
  const body = document.querySelector('#audit-table tbody');
  body.replaceChildren();
  for (const entry of entries) {
    const row = document.createElement('tr');
    cell(row, new Date(entry.occurredAt).toLocaleString(document.documentElement.lang));
    cell(row, entry.actor);
    cell(row, entry.action);
    cell(row, `${entry.entityType} ${entry.entityId ?? ''}`);
    cell(row, [entry.oldValue, entry.newValue].filter(Boolean).join(' → '));
    cell(row, entry.clientAddress);
    body.appendChild(row);
  }
}

async function refresh() {
  await Promise.all([showAccounts(), showReview(), showAudit()]);
}

async function fillForm() {
  const municipalities = await getJson(`${API}municipalities`);
  const select = document.getElementById('new-municipality');
  const region = new Option(t('accounts.region'), '');
  select.appendChild(region);
  for (const m of municipalities) {
    select.appendChild(new Option(m.name, m.cbsCode));
  }
  const roles = document.getElementById('new-roles');
  for (const role of ROLES) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = role;
    box.name = 'role';
    label.append(box, ` ${roleName(role)}`);
    roles.appendChild(label);
  }
}

document.getElementById('new-account').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('new-account-error');
  error.hidden = true;
  try {
    const created = await postJson(`${API}admin/accounts`, {
      username: document.getElementById('new-username').value.trim(),
      displayName: document.getElementById('new-display-name').value.trim(),
      municipality: document.getElementById('new-municipality').value,
      roles: [...document.querySelectorAll('#new-roles input:checked')].map((box) => box.value),
    });
    say(t('accounts.temporaryPassword', { username: created.username, password: created.temporaryPassword }));
    event.target.reset();
    await refresh();
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('audit-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  showAudit();
});

await loadMessages('app');
await showSession();
await fillForm();
await refresh();
document.body.dataset.ready = 'true';
