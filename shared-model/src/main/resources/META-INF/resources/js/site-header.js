// The frame every page shares: a skip link, the site name, the signed-in person, logging out, the
// language switch and the place of the main navigation (filled by session.js). Pages hold only an
// empty <header class="site-header"></header>, so this markup lives here once; i18n.js renders it
// before translating the page.
const SESSION_HEADER = `
  <p class="site-name" data-i18n="app.name">Platform huisvesting internationale werknemers</p>
  <nav aria-label="Taal" data-i18n-aria="nav.session" class="session-nav">
    <span id="session-user"></span>
    <button type="button" class="language-switch" id="logout" data-i18n="session.logout">Uitloggen</button>
    <button type="button" class="language-switch" id="language-switch" data-i18n="language.switch">English</button>
  </nav>`;

function addSkipLink(doc) {
  if (doc.querySelector('.skip-link') || !doc.getElementById('main')) {
    return;
  }
  const skip = doc.createElement('a');
  skip.className = 'skip-link';
  skip.href = '#main';
  skip.dataset.i18n = 'nav.skip';
  skip.textContent = 'Naar de inhoud';
  // The target must take focus, so the next Tab starts inside the content.
  doc.getElementById('main').tabIndex = -1;
  doc.body.prepend(skip);
}

export function renderSiteHeader(doc = document) {
  addSkipLink(doc);
  const header = doc.querySelector('header.site-header');
  if (!header || header.childElementCount > 0) {
    return; // no frame on this page, or written out by the page itself (the login page)
  }
  header.innerHTML = SESSION_HEADER;
  if (!doc.getElementById('main-nav')) {
    const nav = doc.createElement('nav');
    nav.id = 'main-nav';
    nav.className = 'main-nav';
    nav.setAttribute('aria-label', 'Hoofdmenu');
    nav.dataset.i18nAria = 'nav.main';
    header.after(nav);
  }
}
