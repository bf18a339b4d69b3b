// Small enhancements on top of pages that work without scripts.
(() => {
  'use strict';

  // Forms marked data-confirm ask before they post (deleting, revoking, replacing the plan).
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });

  // The first field with an error gets the focus, so the keyboard lands where the fix is needed.
  document.addEventListener('DOMContentLoaded', () => {
    const invalid = document.querySelector('[aria-invalid="true"], .input-validation-error');
    if (invalid instanceof HTMLElement) {
      invalid.focus();
    }
  });
})();
