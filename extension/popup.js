// Popup: shows the stored result for the active tab (or ?tab=ID): tier, score, top reasons and
// a link to the matched original, and posts "this is wrong" feedback through the service worker.
"use strict";

const store = ext.storage.session ?? ext.storage.local;
const $ = (id) => document.getElementById(id);

async function currentTabId() {
  const fromQuery = new URLSearchParams(location.search).get("tab");
  if (fromQuery) return Number(fromQuery);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : undefined;
}

// Only http(s) links are shown: the backend's answer is data, never markup or script.
function safeHref(value) {
  try {
    const url = new URL(String(value));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (_) {
    return null;
  }
}

function matchUrl(match) {
  if (!match || typeof match !== "object") return null;
  for (const key of ["url", "original_url", "source_url", "original"]) {
    const href = safeHref(match[key]);
    if (href) return href;
  }
  return null;
}

function renderReasons(reasons) {
  const list = $("reasons");
  list.textContent = "";
  for (const reason of (reasons || []).slice(0, 3)) {
    const item = document.createElement("li");
    item.append(document.createTextNode(String(reason.evidence || reason.signal)));
    const signal = document.createElement("span");
    signal.className = "signal";
    const weight = Number(reason.weight);
    signal.textContent = ` (${reason.signal}, ${weight >= 0 ? "+" : ""}${weight.toFixed(2)})`;
    item.append(signal);
    list.append(item);
  }
}

function render(entry) {
  const tier = $("tier");
  if (!entry) {
    $("message").textContent = "This page has not been scored (yet).";
    return;
  }
  if (entry.error) {
    tier.textContent = "Error";
    tier.dataset.tier = "error";
    $("message").textContent = `${entry.error.message} (${entry.error.kind})`;
    return;
  }
  const result = entry.result;
  tier.textContent = TIER_LABELS[result.tier] ?? result.tier;
  tier.dataset.tier = result.tier;
  $("score").textContent = `score ${Math.round(Number(result.score) * 100)}%`;
  $("message").textContent = "";
  renderReasons(result.reasons);
  const href = matchUrl(result.match);
  if (href) {
    $("match").href = href;
    $("match").textContent = (result.match && result.match.title) || href;
    $("original").hidden = false;
  }
  $("wrong").dataset.label = result.tier === "likely-republisher" ? "original" : "republisher";
  $("wrong").textContent =
    result.tier === "uncertain" ? "It is a republisher" : "This is wrong";
  $("details").hidden = false;
}

async function main() {
  const tabId = await currentTabId();
  const key = `tab:${tabId}`;
  const entry = tabId === undefined ? undefined : (await store.get(key))[key];
  render(entry);
  $("wrong").addEventListener("click", async () => {
    $("wrong").disabled = true;
    const answer = await ext.runtime.sendMessage({
      type: "feedback",
      tabId,
      label: $("wrong").dataset.label,
      comment: $("comment").value,
    });
    $("feedback-status").textContent = answer && answer.ok
      ? "Thanks: your report was sent."
      : `Could not send the report: ${answer ? answer.error : "no answer"}`;
    $("wrong").disabled = Boolean(answer && answer.ok);
  });
}

main();
