/**
 * The team server's own pages: sign-in, accepting an invitation (also the first admin's set-up
 * link) and the admin page (people, roles, invitations, audit log). Plain HTML with one script
 * file of this server (`team.js`, `teamScript.ts`), so the app's Content-Security-Policy holds:
 * no inline script. Texts from the database are set with `textContent` by the script, never
 * as HTML.
 */

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
label{display:block;margin:.6rem 0}input,select{font:inherit;display:block;width:100%;max-width:24rem}
button{font:inherit;margin-top:.8rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ccd;padding:.3rem;text-align:left;vertical-align:top}
[role=alert]{color:#a40000}.who{float:right}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Stepwise</title><style>${STYLE}</style>
<script type="module" src="/team/team.js"></script></head>
<body><p class="who" data-who></p><h1>${title}</h1>${body}
<p role="alert" data-error></p></body></html>`;
}

export const SIGN_IN_PAGE = page(
  'Sign in',
  `<form data-form="sign-in">
<label>Email <input name="email" type="email" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form>`,
);

export const INVITE_PAGE = page(
  'Create your account',
  `<p data-offer>Checking the link…</p>
<form data-form="invite" hidden>
<label data-email-field hidden>Email <input name="email" type="email" autocomplete="username"></label>
<label>Your name (shown on every version you save) <input name="name" autocomplete="name" required></label>
<label>Password (at least 12 characters) <input name="password" type="password" autocomplete="new-password" minlength="12" required></label>
<button type="submit">Create account</button></form>`,
);

export const ADMIN_PAGE = page(
  'People',
  `<p><a href="/">Open Stepwise</a> · <button type="button" data-sign-out>Sign out</button></p>
<h2>Invite someone</h2>
<form data-form="invitation">
<label>Email <input name="email" type="email" required></label>
<label>Role <select name="role">
<option>viewer</option><option selected>author</option><option>reviewer</option><option>approver</option><option>admin</option>
</select></label>
<button type="submit">Create invitation link</button></form>
<p>Send this one-time link (valid 72 hours): <output data-link></output></p>
<h2>Accounts</h2><table><thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th></tr></thead>
<tbody data-users></tbody></table>
<h2>Audit log</h2><table><thead><tr><th>When (UTC)</th><th>Who</th><th>What</th><th>Detail</th></tr></thead>
<tbody data-audit></tbody></table>`,
);

export const PAGES: Record<string, string> = {
  '/team/sign-in.html': SIGN_IN_PAGE,
  '/team/invite.html': INVITE_PAGE,
  '/team/admin.html': ADMIN_PAGE,
};
