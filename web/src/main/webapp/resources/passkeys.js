/*
 * R-SEC.2: passkeys (WebAuthn). A button with data-passkey="create" or "get" and data-options (the server's options,
 * WebAuthn's JSON form) asks the browser to create or use a passkey; the browser's answer, as JSON, goes into the
 * form's hidden field whose id ends in ":response", and the form is submitted by its button of class
 * "passkey-submit", so that the server checks it like any other post. A form with a passkey name field that is empty
 * is submitted without asking the browser: the server says what is missing before an authenticator makes a key.
 * The button's data-waiting, data-cancelled and data-unsupported texts (in the page's language) go into the form's
 * element of class "passkey-status" (a live region).
 */
(function () {
    'use strict';

    function supported() {
        return window.PublicKeyCredential !== undefined
            && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
            && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';
    }

    function ask(button) {
        var options = JSON.parse(button.getAttribute('data-options'));
        if (button.getAttribute('data-passkey') === 'create') {
            return navigator.credentials.create({publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options)});
        }
        return navigator.credentials.get({publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options)});
    }

    function start(event) {
        var button = event.currentTarget;
        var form = button.closest('form');
        var status = form.querySelector('.passkey-status');
        var submit = form.querySelector('.passkey-submit');
        var name = form.querySelector('input[id$=":passkeyName"]');
        event.preventDefault();
        if (name !== null && name.value.trim() === '') {
            form.requestSubmit(submit);
            return;
        }
        if (!supported()) {
            status.textContent = button.getAttribute('data-unsupported');
            return;
        }
        button.disabled = true;
        status.textContent = button.getAttribute('data-waiting');
        ask(button).then(function (credential) {
            form.querySelector('input[id$=":response"]').value = JSON.stringify(credential.toJSON());
            form.requestSubmit(submit);
        }, function () {
            button.disabled = false;
            status.textContent = button.getAttribute('data-cancelled');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('button[data-passkey]').forEach(function (button) {
            button.hidden = false;
            button.addEventListener('click', start);
        });
    });
}());
