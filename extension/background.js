// Service worker (Chromium) / background script (Firefox): the only part of the extension that
// talks to the network, and only to the backend URL set in the options. It scores each page a
// content script hands over, sets the toolbar badge to the tier, keeps the result for the popup
// and posts "this is wrong" feedback.
"use strict";

if (typeof importScripts === "function" && typeof DEFAULTS === "undefined") {
  importScripts("settings.js"); // Firefox loads settings.js first via background.scripts
}

const BADGES = Object.freeze({
  "likely-republisher": { text: "FARM", color: "#c62828" },
  uncertain: { text: "?", color: "#f9a825" },
  "likely-original": { text: "OK", color: "#2e7d32" },
});
const GREY = "#757575";
const results = ext.storage.session ?? ext.storage.local; // per-tab results, dropped on close

const tabKey = (tabId) => `tab:${tabId}`;

async function setBadge(tabId, text, color, title) {
  try {
    await ext.action.setBadgeText({ tabId, text });
    if (color) await ext.action.setBadgeBackgroundColor({ tabId, color });
    if (title) await ext.action.setTitle({ tabId, title });
  } catch (_) {
    // the tab was closed meanwhile
  }
}

// POST a JSON body to the configured backend; throws an Error with `kind` on failure.
async function callBackend(settings, path, body) {
  const backend = normaliseBackend(settings.backend);
  if (!backend) {
    throw Object.assign(new Error("the backend URL in the options is not an http(s) URL"), {
      kind: "config",
    });
  }
  const headers = { "Content-Type": "application/json" };
  if (settings.apiKey) headers["X-API-Key"] = settings.apiKey;
  let response;
  try {
    response = await fetch(backend + path, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
    });
  } catch (err) {
    throw Object.assign(new Error(`cannot reach the backend at ${backend}`), { kind: "network" });
  }
  let data = null;
  try {
    data = await response.json();
  } catch (_) {
    data = null;
  }
  if (!response.ok) {
    const error = data && data.error ? data.error : {};
    throw Object.assign(new Error(error.message || `HTTP ${response.status}`), {
      kind: error.kind || `http_${response.status}`,
      status: response.status,
    });
  }
  return data;
}

function sameOrigin(a, b) {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch (_) {
    return false;
  }
}

async function scorePage(tabId, url, html) {
  const settings = await loadSettings();
  if (!settings.enabled) {
    await setBadge(tabId, "", null, "detector (off)");
    return;
  }
  if (sameOrigin(url, settings.backend)) return; // do not score the backend's own pages
  await setBadge(tabId, "…", GREY, "detector: scoring…");
  const entry = { url, at: Date.now() };
  try {
    entry.result = await callBackend(settings, "/v1/score", { url, html });
    const tier = entry.result.tier;
    const badge = BADGES[tier] ?? { text: "?", color: GREY };
    const percent = Math.round(Number(entry.result.score) * 100);
    await setBadge(tabId, badge.text, badge.color, `detector: ${TIER_LABELS[tier] ?? tier} (${percent}%)`);
  } catch (err) {
    entry.error = { kind: err.kind ?? "error", message: String(err.message ?? err) };
    await setBadge(tabId, "ERR", GREY, `detector: ${entry.error.message}`);
  }
  await results.set({ [tabKey(tabId)]: entry });
}

async function sendFeedback(tabId, label, comment) {
  const settings = await loadSettings();
  const stored = (await results.get(tabKey(tabId)))[tabKey(tabId)];
  if (!stored) throw new Error("this page has not been scored yet");
  const body = { url: stored.url, label, comment: String(comment ?? "").slice(0, 4000) };
  if (stored.result) {
    body.tier = stored.result.tier;
    body.score = stored.result.score;
  }
  try {
    // The page itself makes the report trainable (`detector train --extra`).
    const page = await ext.tabs.sendMessage(tabId, { type: "get-html" });
    if (page && page.url === stored.url && page.html) body.html = page.html;
  } catch (_) {
    // the content script is gone (tab navigated): send the verdict without the page
  }
  return callBackend(settings, "/v1/feedback", body);
}

ext.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== ext.runtime.id || !message) return false;
  if (message.type === "score-page" && sender.tab && sender.frameId === 0) {
    scorePage(sender.tab.id, String(message.url), String(message.html ?? "")).catch(() => {});
    return false;
  }
  if (message.type === "feedback") {
    sendFeedback(Number(message.tabId), message.label, message.comment).then(
      (answer) => sendResponse({ ok: true, id: answer.id }),
      (err) => sendResponse({ ok: false, error: String(err.message ?? err) }),
    );
    return true; // answer asynchronously
  }
  return false;
});

ext.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === "loading") results.remove(tabKey(tabId)).catch(() => {});
});
ext.tabs.onRemoved.addListener((tabId) => {
  results.remove(tabKey(tabId)).catch(() => {});
});
