/**
 * `team.js`, the script of the team server's own pages (`pages.ts`). Sent as a file of this
 * server so the Content-Security-Policy needs no inline script. Every write sends JSON from this
 * origin (the same-origin rule of `guard.ts`); texts are shown with `textContent` only.
 */
export const TEAM_SCRIPT = String.raw`
const $ = (selector) => document.querySelector(selector);
const ROLES = ['viewer', 'author', 'reviewer', 'approver', 'admin'];
const fail = (message) => { const el = $('[data-error]'); if (el) el.textContent = message; };
async function call(method, url, body) {
  const init = { method, headers: { 'X-Stepwise-Request': '1' }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const value = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error((value && value.error) || 'HTTP ' + response.status);
  return value;
}
const fields = (form) => Object.fromEntries(new FormData(form));
function cell(row, text) { const td = document.createElement('td'); td.textContent = text; row.append(td); return td; }

async function who() {
  const el = $('[data-who]');
  try {
    const { user } = await call('GET', '/api/session');
    if (el) el.textContent = 'Signed in as ' + user.name + ' (' + user.role + ')';
    return user;
  } catch { return undefined; }
}

function onSubmit(name, run) {
  const form = $('[data-form="' + name + '"]');
  if (!form) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    fail('');
    run(form).catch((error) => fail(error.message));
  });
}

onSubmit('sign-in', async (form) => {
  await call('POST', '/api/session', fields(form));
  location.assign('/');
});

const token = location.hash.slice(1);
if ($('[data-form="invite"]')) {
  call('GET', '/api/team/invitations/' + encodeURIComponent(token)).then((offer) => {
    const setup = offer.kind === 'setup';
    $('[data-offer]').textContent = setup
      ? 'Create the first administrator account of this Stepwise server.'
      : 'You are invited as ' + offer.role + ' with the address ' + offer.email + '.';
    $('[data-email-field]').hidden = !setup;
    $('[data-email-field] input').required = setup;
    $('[data-form="invite"]').hidden = false;
  }, (error) => { $('[data-offer]').textContent = ''; fail(error.message); });
  onSubmit('invite', async (form) => {
    const body = fields(form);
    if (!body.email) delete body.email;
    const { user } = await call('POST', '/api/team/invitations/' + encodeURIComponent(token), body);
    location.assign(user.role === 'admin' ? '/team/admin.html' : '/');
  });
}

async function loadAdmin() {
  const users = await call('GET', '/api/team/users');
  const body = $('[data-users]');
  body.replaceChildren();
  for (const user of users) {
    const row = document.createElement('tr');
    cell(row, user.name);
    cell(row, user.email);
    const select = document.createElement('select');
    select.setAttribute('aria-label', 'Role of ' + user.email);
    for (const role of ROLES) select.append(new Option(role, role, false, role === user.role));
    select.addEventListener('change', () => {
      call('PATCH', '/api/team/users/' + encodeURIComponent(user.email), { role: select.value })
        .then(loadAdmin, (error) => fail(error.message));
    });
    cell(row, '').append(select);
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.textContent = user.disabled ? 'Enable' : 'Disable';
    toggle.addEventListener('click', () => {
      call('PATCH', '/api/team/users/' + encodeURIComponent(user.email), { disabled: !user.disabled })
        .then(loadAdmin, (error) => fail(error.message));
    });
    cell(row, user.disabled ? 'disabled ' : 'active ').append(toggle);
    body.append(row);
  }
  const log = $('[data-audit]');
  log.replaceChildren();
  for (const entry of await call('GET', '/api/team/audit')) {
    const row = document.createElement('tr');
    cell(row, new Date(entry.at).toISOString().replace('T', ' ').slice(0, 19));
    cell(row, entry.actor);
    cell(row, entry.action);
    cell(row, entry.detail);
    log.append(row);
  }
}

if ($('[data-users]')) {
  who().then((user) => {
    if (!user) { location.assign('/team/sign-in.html'); return; }
    loadAdmin().catch((error) => fail(error.message));
  });
  onSubmit('invitation', async (form) => {
    const { link } = await call('POST', '/api/team/invitations', fields(form));
    $('[data-link]').textContent = link;
    await loadAdmin();
  });
  $('[data-sign-out]').addEventListener('click', () => {
    call('DELETE', '/api/session').then(() => location.assign('/team/sign-in.html'), (error) => fail(error.message));
  });
} else if (!$('[data-form="invite"]')) {
  who();
}
`;
