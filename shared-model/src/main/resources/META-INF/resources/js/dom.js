// Small DOM helpers every page shares: table cells, links, and showing errors the way the NL Design
// System does (the message above the form, each field's own text next to it, aria-invalid and
// aria-describedby so a screen reader reads the text with the field).
import { t } from './i18n.js';

/** Appends a cell (text, or a node) to a table row and returns it. */
export function cell(row, content) {
  const td = document.createElement('td');
  if (content instanceof Node) {
    td.appendChild(content);
  } else {
    td.textContent = content ?? '';
  }
  row.appendChild(td);
  return td;
}

export function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** A message for a failed request that a person can read: the server's own text, or "no connection". */
export function errorText(error) {
  if (typeof error === 'string') {
    return error;
  }
  if (error && error.network) {
    return t('error.network');
  }
  return error && error.message ? error.message : t('error.unknown');
}

/** Shows an error in its box (role="alert"); an empty message hides the box. */
export function showError(element, error) {
  const text = error ? errorText(error) : '';
  element.textContent = text;
  element.hidden = !text;
}

export function clearError(element) {
  showError(element, '');
}

/**
 * Puts each field error of a refused request next to its field in the form: fields are found by
 * their name attribute or data-field (the API's field name). Returns the errors that found no field.
 */
export function showFieldErrors(form, error) {
  clearFieldErrors(form);
  const rest = [];
  for (const fieldError of (error && error.fieldErrors) || []) {
    const field = form.querySelector(`[data-field="${CSS.escape(fieldError.field)}"]`)
      || form.querySelector(`[name="${CSS.escape(fieldError.field)}"]`);
    if (!field) {
      rest.push(fieldError);
      continue;
    }
    const message = document.createElement('p');
    message.className = 'field-error';
    message.id = `${field.id || fieldError.field}-error`;
    message.textContent = fieldError.message;
    if (field.tagName === 'FIELDSET') {
      field.querySelector('legend').insertAdjacentElement('afterend', message);
    } else {
      // The text goes right above its field, both in one cell of the form's grid.
      const wrap = document.createElement('div');
      wrap.className = 'field-with-error';
      field.replaceWith(wrap);
      wrap.append(message, field);
    }
    field.setAttribute('aria-invalid', 'true');
    const describedBy = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    field.setAttribute('aria-describedby', [...describedBy, message.id].join(' '));
    field.dataset.errorId = message.id;
  }
  return rest;
}

export function clearFieldErrors(form) {
  form.querySelectorAll('.field-error').forEach((message) => message.remove());
  form.querySelectorAll('.field-with-error').forEach((wrap) => wrap.replaceWith(...wrap.childNodes));
  form.querySelectorAll('[aria-invalid="true"]').forEach((field) => {
    field.removeAttribute('aria-invalid');
    const rest = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== field.dataset.errorId);
    if (rest.length > 0) {
      field.setAttribute('aria-describedby', rest.join(' '));
    } else {
      field.removeAttribute('aria-describedby');
    }
    delete field.dataset.errorId;
  });
}

/**
 * Wraps a table in a scroll box of its own, so a wide table scrolls inside the page, not the page
 * itself. While it does scroll, the box takes keyboard focus (so it can be scrolled with the arrow
 * keys) and is a named region; a table that fits adds no tab stop.
 */
export function scrollBox(table) {
  if (table.parentElement && table.parentElement.classList.contains('table-scroll')) {
    return table.parentElement;
  }
  const box = document.createElement('div');
  box.className = 'table-scroll';
  table.replaceWith(box);
  box.appendChild(table);
  const caption = table.querySelector('caption');
  const update = () => {
    const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (scrolls) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', caption && caption.textContent ? caption.textContent : table.id);
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  };
  update();
  new ResizeObserver(update).observe(box);
  new ResizeObserver(update).observe(table);
  return box;
}
