// Options page: backend URL, API key and on/off, kept in storage.local. A backend other than
// localhost needs its host permission, asked for here (optional_host_permissions).
"use strict";

const $ = (id) => document.getElementById(id);

async function show() {
  const settings = await loadSettings();
  $("backend").value = settings.backend;
  $("apiKey").value = settings.apiKey;
  $("enabled").checked = Boolean(settings.enabled);
}

async function save(event) {
  event.preventDefault();
  const backend = normaliseBackend($("backend").value);
  if (!backend) {
    $("status").textContent = "The backend must be an http:// or https:// URL.";
    return;
  }
  const origin = `${new URL(backend).protocol}//${new URL(backend).hostname}/*`;
  const local = ["127.0.0.1", "localhost"].includes(new URL(backend).hostname);
  if (!local && ext.permissions) {
    const granted = await ext.permissions.request({ origins: [origin] });
    if (!granted) {
      $("status").textContent = `Access to ${origin} was not granted; settings not saved.`;
      return;
    }
  }
  await ext.storage.local.set({
    backend,
    apiKey: $("apiKey").value.trim(),
    enabled: $("enabled").checked,
  });
  $("status").textContent = `Saved. Pages will be scored by ${backend}.`;
}

$("form").addEventListener("submit", save);
show();
