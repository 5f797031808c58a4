// The page header: main navigation (by role), the logged-in person, and logging out. Shared by the
// pages of every module; the pages it lists live in kb-app and in the dashboard module.
import { postJson, sendJson, whoAmI } from './api.js';
import { currentLanguage, onLanguageChosen, rememberLanguage, t } from './i18n.js';
import { scrollBox } from './dom.js';

// Each entry: the page (relative to the context root), its message key, and the roles that see it
// (empty: everyone who is logged in). Features add their pages here.
const NAVIGATION = [
  { href: 'index.html', key: 'nav.start', roles: [] },
  { href: 'monitoring/entry.html', key: 'nav.monitoringEntry', roles: ['data-steward', 'coordinator', 'steering'] },
  { href: 'monitoring/coordinator.html', key: 'nav.monitoringCoordination', roles: ['coordinator', 'steering'] },
  { href: 'monitoring/reference.html', key: 'nav.monitoringReference', roles: ['coordinator'] },
  { href: 'dashboard/overview.html', key: 'nav.dashboard', roles: [] },
  { href: 'dashboard/report.html', key: 'nav.report', roles: [] },
  // collaboration survey (issue 16)
  { href: 'survey/build.html', key: 'nav.surveyBuild', roles: ['coordinator'] },
  { href: 'survey/respond.html', key: 'nav.surveyRespond', roles: ['data-steward'] },
  { href: 'survey/results.html', key: 'nav.surveyResults', roles: [] },
  { href: 'admin/accounts.html', key: 'nav.accounts', roles: ['admin'] },
  // knowledge base (issue 4)
  { href: 'kb/index.html', key: 'nav.kb', roles: [] },
  { href: 'kb/expertise.html', key: 'nav.kb.expertise', roles: [] },
  { href: 'kb/edit.html', key: 'nav.kb.new', roles: ['contributor', 'editor'] },
  { href: 'search.html', key: 'nav.search', roles: [] },
  { href: 'search-admin.html', key: 'nav.searchAdmin', roles: ['editor', 'admin'] },
  // housing-location register (issue 18)
  { href: 'housing/index.html', key: 'nav.housing', roles: [] },
  { href: 'housing/location.html', key: 'nav.housing.new', roles: ['contributor', 'editor', 'coordinator'] },
  { href: 'housing/overview.html', key: 'nav.housing.overview', roles: ['coordinator', 'steering', 'editor'] },
  // questions and answers (issue 20): anyone asks, the expertise team and the coordinator work the inbox
  { href: 'questions/ask.html', key: 'nav.questions.ask', roles: [] },
  { href: 'questions/inbox.html', key: 'nav.questions.inbox', roles: ['expert', 'coordinator'] },
  // e-mail (issue 20): everyone's own settings
  { href: 'mail.html', key: 'nav.mail', roles: [] },
];

function contextRoot() {
  // session.js lives in <context>/js/
  return new URL('../', import.meta.url);
}

function renderNavigation(me) {
  const nav = document.getElementById('main-nav');
  if (!nav) {
    return;
  }
  const list = document.createElement('ul');
  for (const entry of NAVIGATION) {
    if (entry.roles.length > 0 && !entry.roles.some((role) => me.roles.includes(role))) {
      continue;
    }
    const url = new URL(entry.href, contextRoot());
    const link = document.createElement('a');
    link.href = url.pathname;
    link.textContent = t(entry.key);
    if (url.pathname === location.pathname) {
      link.setAttribute('aria-current', 'page');
    }
    const item = document.createElement('li');
    item.appendChild(link);
    list.appendChild(item);
  }
  nav.replaceChildren(list);
}

/** True when the account holds one of the roles: pages draw only the controls a person may use. */
export function hasRole(me, ...roles) {
  return roles.some((role) => (me.roles || []).includes(role));
}

export async function showSession() {
  const me = await whoAmI();
  // The account's own choice wins over what this browser remembered (another computer, a cleared browser).
  if (me.language && me.language !== currentLanguage()) {
    rememberLanguage(me.language);
    location.reload();
    return new Promise(() => {}); // the page is reloading in the chosen language
  }
  onLanguageChosen((language) => sendJson('PUT', 'api/v1/auth/me/language', { language }));
  const user = document.getElementById('session-user');
  if (user) {
    user.textContent = t('session.user', { name: me.displayName });
  }
  const logout = document.getElementById('logout');
  if (logout) {
    logout.addEventListener('click', async () => {
      await postJson(new URL('api/v1/auth/logout', contextRoot()).pathname);
      sessionStorage.clear();
      location.assign(new URL('login.html', contextRoot()).pathname);
    });
  }
  renderNavigation(me);
  // Every table scrolls in its own box, so a wide one never makes the page scroll sideways.
  document.querySelectorAll('main table').forEach(scrollBox);
  return me;
}
