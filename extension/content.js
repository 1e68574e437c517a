// Content script: hands this page's URL and HTML to the extension's service worker, which
// sends them to the configured backend (a content script's own fetch would carry the page's
// origin and be blocked by CORS). Nothing is sent anywhere else.
"use strict";

(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  const MAX_HTML_CHARS = 4_000_000;

  function pageHtml() {
    const html = document.documentElement ? document.documentElement.outerHTML : "";
    return html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  }

  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message && message.type === "get-html") {
      sendResponse({ url: location.href, html: pageHtml() });
    }
    return false;
  });

  api.runtime.sendMessage({ type: "score-page", url: location.href, html: pageHtml() })
    .catch(() => { /* the service worker may be restarting: the page just stays unscored */ });
})();
