// The unsubscribe link of a mail: works without a login. The token comes from the link; the kind of mail
// is switched off only when the person presses the button, so a mail scanner that opens links changes nothing.
import { postJson } from './api.js';
import { loadMessages, t } from './i18n.js';
import { showError } from './dom.js';

await loadMessages('app');
document.title = `${t('unsubscribe.title')} – ${t('app.name')}`;

const token = new URLSearchParams(location.search).get('token') || '';
const button = document.getElementById('unsubscribe-button');
const done = document.getElementById('unsubscribe-done');
const error = document.getElementById('unsubscribe-error');

button.addEventListener('click', async () => {
  error.hidden = true;
  try {
    const answer = await postJson('api/v1/mail/unsubscribe?token=' + encodeURIComponent(token));
    done.textContent = t('unsubscribe.done', { what: answer.description });
    done.hidden = false;
    button.hidden = true;
  } catch (e) {
    showError(error, e);
  }
});
document.body.dataset.ready = 'true';
