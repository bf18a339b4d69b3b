// Settings: the copy button beside a new token's secret.
(() => {
  'use strict';

  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
    if (!button) {
      return;
    }

    const input = document.getElementById(button.dataset.copy);
    const status = document.getElementById('copy-status');
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = 'Copied. Paste it where the script reads its token.';
    } catch {
      status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });
})();
