// Breakout on a phone: join with a card's code, follow the point, vote, send.
// Served by the laptop; no framework, nothing from outside.
"use strict";

(function () {
  const phrases = JSON.parse(document.getElementById("phrases").textContent);
  const token = document.querySelector('meta[name="breakout-token"]').content;
  const $ = (id) => document.getElementById(id);
  const state = { data: null, drafts: {}, reviewing: null, key: "", clockAt: 0 };

  function t(phrase, values) {
    let text = phrases[phrase] || "";
    for (const name in values || {}) {
      text = text.split("{" + name + "}").join(String(values[name]));
    }
    return text;
  }

  function say(text) {
    $("status").textContent = "";
    window.setTimeout(() => { $("status").textContent = text; }, 50);
  }

  function warn(text) {
    $("alert").textContent = text;
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const name in attrs || {}) {
      if (name === "text") node.textContent = attrs[name];
      else node.setAttribute(name, attrs[name]);
    }
    for (const child of children || []) node.appendChild(child);
    return node;
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Breakout-Token": token },
      body: JSON.stringify(body),
    });
    let answer = {};
    try { answer = await response.json(); } catch (e) { answer = {}; }
    if (!response.ok) throw new Error(answer.error || String(response.status));
    return answer;
  }

  // -- the clock ------------------------------------------------------------------

  function clockText(seconds) {
    const whole = Math.abs(Math.round(seconds));
    const time = Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
    return seconds >= 0 ? t("left", { time: time }) : t("over", { time: time });
  }

  function tick() {
    const point = state.data && state.data.point;
    if (!point) { $("clock").textContent = ""; return; }
    let left = point.remaining;
    if (point.running) left -= (Date.now() - state.clockAt) / 1000;
    $("clock").textContent = clockText(left) + (point.running ? "" : " · " + t("paused"));
  }

  // -- ballots ----------------------------------------------------------------------

  function draftOf(round) {
    if (!state.drafts[round.id]) state.drafts[round.id] = {};
    return state.drafts[round.id];
  }

  function dotsLeft(round) {
    const used = Object.values(draftOf(round)).reduce((a, b) => a + b, 0);
    return round.form.budget - used;
  }

  function countRow(round, item) {
    const draft = draftOf(round);
    const value = el("output", { "aria-live": "polite", text: String(draft[item.id] || 0) });
    const change = (step) => () => {
      const next = (draft[item.id] || 0) + step;
      if (next < 0 || next > round.form.cap || (step > 0 && dotsLeft(round) <= 0)) return;
      draft[item.id] = next;
      value.textContent = String(next);
      $("left-" + round.id).textContent = t("dots_left", { n: dotsLeft(round) });
    };
    const minus = el("button", { type: "button", "aria-label": t("remove_dot", { item: item.label }), text: "−" });
    const plus = el("button", { type: "button", "aria-label": t("add_dot", { item: item.label }), text: "+" });
    minus.addEventListener("click", change(-1));
    plus.addEventListener("click", change(1));
    return el("div", { class: "item" }, [el("span", { class: "label", dir: "auto", text: item.label }), el("span", { class: "stepper" }, [minus, value, plus])]);
  }

  function checkRow(round, item) {
    const id = "r" + round.id + "i" + item.id;
    const box = el("input", { type: "checkbox", id: id });
    box.checked = Boolean(draftOf(round)[item.id]);
    box.addEventListener("change", () => { draftOf(round)[item.id] = box.checked ? 1 : 0; });
    return el("div", { class: "item" }, [box, el("label", { for: id, dir: "auto", text: item.label })]);
  }

  function selectRow(round, item, options) {
    const id = "r" + round.id + "i" + item.id;
    const select = el("select", { id: id });
    for (const [value, text] of options) select.appendChild(el("option", { value: value, text: text }));
    const chosen = draftOf(round)[item.id];
    select.value = chosen === undefined ? "" : String(chosen);
    select.addEventListener("change", () => {
      if (select.value === "") delete draftOf(round)[item.id];
      else draftOf(round)[item.id] = Number(select.value);
    });
    return el("div", { class: "item" }, [el("label", { for: id, dir: "auto", text: item.label }), select]);
  }

  function itemRow(round, item) {
    const form = round.form;
    if (form.kind === "count") return countRow(round, item);
    if (form.kind === "check") return checkRow(round, item);
    if (form.kind === "rank") {
      const most = form.most || round.items.length;
      const options = [["", t("not_ranked")]];
      for (let n = 1; n <= Math.min(most, round.items.length); n++) options.push([String(n), String(n)]);
      return selectRow(round, item, options);
    }
    const options = [["", t("choose")]];
    form.levels.forEach((text, n) => options.push([String(n), text]));
    return selectRow(round, item, options);
  }

  function ballotForm(round) {
    const box = el("section", { class: "round", "aria-labelledby": "round-" + round.id });
    box.appendChild(el("h2", { id: "round-" + round.id, dir: "auto", text: round.title }));
    box.appendChild(el("p", { text: round.method_title + " · " + round.instruction }));
    if (round.voted) {
      box.appendChild(el("p", { class: "done", text: t("voted") }));
      return box;
    }
    if (round.form.kind === "unsupported") {
      box.appendChild(el("p", { text: t("kiosk_only") }));
      return box;
    }
    if (round.form.kind === "count") {
      box.appendChild(el("p", { id: "left-" + round.id, "aria-live": "polite", text: t("dots_left", { n: dotsLeft(round) }) }));
    }
    for (const item of round.items) box.appendChild(itemRow(round, item));
    const review = el("button", { type: "button", class: "primary", text: t("review") });
    review.addEventListener("click", () => { state.reviewing = round.id; render(true); $("vote-code").focus(); });
    box.appendChild(review);
    return box;
  }

  function reviewForm(round) {
    const draft = draftOf(round);
    const box = el("section", { class: "round", "aria-labelledby": "review-heading" });
    box.appendChild(el("h2", { id: "review-heading", text: round.title }));
    box.appendChild(el("p", { text: t("check") }));
    const list = el("ul");
    for (const item of round.items) {
      if (draft[item.id] === undefined || draft[item.id] === 0 && round.form.kind !== "scale") continue;
      let value = String(draft[item.id]);
      if (round.form.kind === "scale") value = round.form.levels[draft[item.id]];
      if (round.form.kind === "check") value = "✓";
      list.appendChild(el("li", { text: value + " — " + item.label }));
    }
    box.appendChild(list);
    const code = el("input", { id: "vote-code", autocomplete: "off", autocapitalize: "characters", spellcheck: "false", maxlength: "12" });
    box.appendChild(el("label", { for: "vote-code", text: t("code") }));
    box.appendChild(code);
    const confirm = el("button", { type: "button", class: "primary", text: t("confirm") });
    const back = el("button", { type: "button", text: t("change") });
    confirm.addEventListener("click", async () => {
      const ballot = {};
      for (const id in draft) if (draft[id]) ballot[id] = draft[id];
      if (round.form.kind === "scale") for (const id in draft) ballot[id] = draft[id];
      try {
        const answer = await post("/api/vote", { round: round.id, code: code.value, ballot: ballot });
        code.value = "";
        state.reviewing = null;
        delete state.drafts[round.id];
        warn("");
        say(answer.message);
        refresh();
      } catch (error) { code.value = ""; warn(error.message); }
    });
    back.addEventListener("click", () => { state.reviewing = null; render(true); });
    box.appendChild(el("div", { class: "actions" }, [confirm, back]));
    return box;
  }

  // -- the page ----------------------------------------------------------------------

  function render(force) {
    const data = state.data;
    $("join").hidden = data.joined;
    $("main").hidden = !data.joined;
    if (!data.joined) return;
    document.title = data.title || document.title;
    $("title").textContent = data.title || $("title").textContent;
    const point = data.point;
    $("point-heading").textContent = point ? t("point", { n: point.number, count: point.count }) : t("no_point");
    $("question").textContent = point ? point.question : "";
    $("named-choice").hidden = data.chatham_house;
    tick();
    const key = JSON.stringify([data.rounds.map((r) => [r.id, r.voted]), state.reviewing]);
    if (force || key !== state.key) {
      const before = state.key ? JSON.parse(state.key)[0].map((r) => r[0]) : [];
      state.key = key;
      const rounds = $("rounds");
      rounds.textContent = "";
      for (const round of data.rounds) {
        rounds.appendChild(round.id === state.reviewing ? reviewForm(round) : ballotForm(round));
        if (!before.includes(round.id) && !force) say(t("open", { title: round.title }));
      }
      if (before.some((id) => !data.rounds.some((r) => r.id === id))) say(t("closed"));
    }
    const results = $("results");
    results.textContent = "";
    for (const result of data.results) {
      const list = el("ol");
      for (const line of result.lines) list.appendChild(el("li", { text: line.label + " — " + line.figure }));
      results.appendChild(el("section", { class: "round" }, [el("h2", { text: t("results", { title: result.title }) }), list]));
    }
  }

  function show(data) {
    state.data = data;
    state.clockAt = Date.now();
    if (state.reviewing !== null && !data.rounds.some((r) => r.id === state.reviewing && !r.voted)) state.reviewing = null;
    render(false);
  }

  async function refresh() {
    const response = await fetch("/api/state", { credentials: "same-origin" });
    if (!response.ok) { warn(t("signed_out")); return; }
    show(await response.json());
    if (state.data.joined) listen();
  }

  let events = null;
  function listen() {
    if (events) return;
    events = new EventSource("/api/events");
    events.onmessage = (message) => { warn(""); show(JSON.parse(message.data)); };
    events.onerror = () => warn(t("lost"));
  }

  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const session = window.location.pathname.split("/j/")[1] || "";
    const code = $("code");
    try {
      const answer = await post("/api/join", { session: session, code: code.value });
      code.value = "";
      warn("");
      say(answer.message);
      window.history.replaceState(null, "", "/app" + window.location.search);
      await refresh();
      $("point-heading").focus();
    } catch (error) { code.value = ""; warn(error.message); code.focus(); }
  });

  $("send-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const kind = document.querySelector('input[name="kind"]:checked').value;
    try {
      const answer = await post("/api/send", { text: $("send-text").value, kind: kind, named: $("named").checked });
      $("send-text").value = "";
      warn("");
      say(answer.message);
    } catch (error) { warn(error.message); }
  });

  $("point-heading").setAttribute("tabindex", "-1");
  window.setInterval(tick, 1000);
  refresh();
})();
