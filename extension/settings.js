// Settings shared by the service worker, the popup and the options page.
// The backend URL and API key live in storage.local (never synced: the key is a secret).
"use strict";

const ext = globalThis.browser ?? globalThis.chrome;

const DEFAULTS = Object.freeze({
  backend: "http://127.0.0.1:8765",
  apiKey: "",
  enabled: true,
});

// Largest page sent to the backend; the service answers 413 above its body cap (5 MB).
const MAX_HTML_CHARS = 4_000_000;

const TIER_LABELS = Object.freeze({
  "likely-republisher": "Likely a republisher",
  uncertain: "Uncertain",
  "likely-original": "Likely original",
});

async function loadSettings() {
  const stored = await ext.storage.local.get(Object.keys(DEFAULTS));
  return { ...DEFAULTS, ...stored };
}

// The backend URL without a trailing slash, or null when it is not an http(s) URL.
function normaliseBackend(value) {
  try {
    const url = new URL(String(value).trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin + url.pathname.replace(/\/+$/, "");
  } catch (_) {
    return null;
  }
}
