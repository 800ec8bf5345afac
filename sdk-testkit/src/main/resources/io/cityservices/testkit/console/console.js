// The sandbox console: reads the JSON endpoints under /_sandbox/api and drives the sandbox.
// Text goes in with textContent only, so nothing from the sandbox is ever parsed as HTML.
"use strict";

const api = (path) => "/_sandbox/api/" + path;
const FAULTS = ["unavailable", "slow", "flaky", "rate_limited", "healthy"];

async function getJson(path) {
  const response = await fetch(api(path), { cache: "no-store" });
  if (!response.ok) {
    throw new Error((await response.json()).message);
  }
  return response.json();
}

async function postJson(path, body) {
  const response = await fetch(api(path), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  say(answer.message || (answer.now ? "clock: " + answer.now : "done"), !response.ok);
  await refresh();
  return response.ok;
}

function say(text, error) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.dataset.error = error ? "true" : "false";
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  Object.entries(attrs || {}).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function row(cells, attrs) {
  const tr = el("tr", null, attrs);
  cells.forEach((cell) => tr.appendChild(cell instanceof Node ? cell : el("td", cell)));
  return tr;
}

function city() {
  return document.getElementById("city").value;
}

let cities = [];

async function refresh() {
  try {
    const [clock, webhooks, requests, actions, citizens] = await Promise.all([
      getJson("clock"), getJson("webhooks"), getJson("requests"), getJson("actions"),
      getJson("cities/" + encodeURIComponent(city()) + "/citizens"),
    ]);
    cities = await getJson("cities");
    document.getElementById("clock-now").textContent = clock.now;
    renderDepartments();
    renderCitizens(citizens);
    renderActions(actions, citizens);
    renderWebhooks(webhooks);
    renderRequests(requests);
    document.body.dataset.loaded = "true";
  } catch (e) {
    say("the sandbox did not answer: " + e.message, true);
  }
}

function renderDepartments() {
  const body = document.querySelector("#departments tbody");
  body.replaceChildren();
  const current = cities.find((c) => c.city_code === city());
  (current ? current.departments : []).forEach((d) => {
    const buttons = el("td");
    FAULTS.forEach((fault) => {
      const button = el("button", fault.replace("_", " "), { type: "button", "data-fault": fault });
      button.addEventListener("click", () => postJson("faults", { city: city(), department: d.name, fault: fault }));
      buttons.appendChild(button);
    });
    const faultCell = el("td", d.fault, { class: "fault-" + d.fault.split(" ")[0] });
    body.appendChild(row([el("td", d.name), el("td", d.offered ? "yes" : "no"), faultCell, buttons],
      { "data-department": d.name }));
  });
}

function renderCitizens(citizens) {
  const box = document.getElementById("citizens");
  box.replaceChildren();
  citizens.forEach((c) => {
    const card = el("div", null, { class: "citizen", "data-citizen-id": c.id });
    card.appendChild(el("h3", c.id + " · " + c.name + " · " + c.id_number + " · " + c.phone));
    if (c.records.length > 0) {
      const table = el("table");
      table.appendChild(row(["Department", "Kind", "Id", "Status", "Amount", "Summary"].map((h) => el("th", h))));
      c.records.forEach((r) => {
        table.appendChild(row([el("td", r.department), el("td", r.kind), el("td", r.id),
          el("td", r.status, { class: "status-" + r.status }), el("td", r.amount), el("td", r.summary)],
        { "data-record-id": r.id, "data-kind": r.kind, "data-status": r.status }));
      });
      card.appendChild(table);
    }
    box.appendChild(card);
  });
}

function renderActions(actions, citizens) {
  const select = document.getElementById("action-citizen");
  const chosen = select.value;
  select.replaceChildren();
  citizens.forEach((c) => select.appendChild(el("option", c.id + " " + c.name, { value: c.id })));
  if (citizens.some((c) => c.id === chosen)) {
    select.value = chosen;
  }
  const box = document.getElementById("actions");
  box.replaceChildren();
  actions.forEach((a) => {
    const button = el("button", a.label + " (" + a.department + ")", { type: "button", "data-action": a.id });
    button.addEventListener("click", () =>
      postJson("actions/" + encodeURIComponent(a.id), { citizen_id: select.value }));
    box.appendChild(button);
  });
}

function renderWebhooks(webhooks) {
  document.getElementById("webhook-endpoints").textContent = webhooks.endpoints.length === 0
    ? "No webhook endpoint registered."
    : "Endpoints: " + webhooks.endpoints.join(", ");
  const body = document.querySelector("#webhooks tbody");
  body.replaceChildren();
  webhooks.deliveries.forEach((d) => body.appendChild(row(
    [d.event_id, d.type, d.city, d.endpoint, d.attempts, d.status, d.succeeded ? "yes" : "no"])));
}

function renderRequests(requests) {
  const body = document.querySelector("#requests tbody");
  body.replaceChildren();
  requests.forEach((r) => body.appendChild(row([r.at, r.method, r.path_template, r.status, r.request_id],
    { "data-status": r.status })));
}

async function start() {
  cities = await getJson("cities");
  const select = document.getElementById("city");
  cities.forEach((c) => select.appendChild(el("option", c.name + " " + c.city_code, { value: c.city_code })));
  select.addEventListener("change", refresh);
  document.getElementById("refresh").addEventListener("click", refresh);
  document.querySelectorAll("[data-advance]").forEach((button) =>
    button.addEventListener("click", () => postJson("clock", { advance: button.dataset.advance })));
  document.getElementById("connection-fault").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    postJson("connection-faults", {
      path_regex: form.get("path_regex"),
      fault: form.get("fault"),
      times: Number(form.get("times")),
      after_handling: form.get("after_handling") === "on",
    });
  });
  await refresh();
}

start();
