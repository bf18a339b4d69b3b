// The plan page: a file above the server's limit is refused before it is uploaded, with the same words the server uses.
(() => {
  'use strict';

  document.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxBytes) {
      return;
    }

    const error = document.getElementById(input.id + '-error');
    const file = input.files && input.files[0];
    const tooLarge = file && file.size > Number(input.dataset.maxBytes);
    input.setCustomValidity(tooLarge ? 'too large' : '');
    if (tooLarge) {
      input.setAttribute('aria-invalid', 'true');
      error.textContent = `${file.name} is ${Math.ceil(file.size / 1048576)} MB; this server takes plan files of up to ${input.dataset.maxSize}. Nothing was changed.`;
    } else {
      input.removeAttribute('aria-invalid');
      error.textContent = '';
    }
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    const input = form instanceof HTMLFormElement ? form.querySelector('input[type="file"][data-max-bytes]') : null;
    if (input && !input.checkValidity()) {
      event.preventDefault();
      input.focus();
    }
  });
})();
