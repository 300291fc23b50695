/*
 * Issue 24: the header's menu on a phone. The menu folds behind the "Menu" button when the screen is narrow (CSS,
 * .app-header.collapsible); the button says whether it is open (aria-expanded), Escape closes it and gives the focus
 * back to the button. Without this script the menu stays open, as on a wide screen.
 */
(function () {
  var header = document.querySelector('.app-header');
  var button = document.getElementById('menu-toggle');
  var menu = document.getElementById('site-menu');
  if (!header || !button || !menu) {
    return;
  }
  header.classList.add('collapsible');
  function show(open) {
    header.classList.toggle('open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function () {
    show(button.getAttribute('aria-expanded') !== 'true');
  });
  header.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      show(false);
      button.focus();
    }
  });
})();
