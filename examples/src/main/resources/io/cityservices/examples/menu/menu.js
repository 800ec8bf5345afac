// One click, one payment request: a pay form is sent once and its button disabled at once. The
// server de-duplicates too (one key per to-do), so a form sent twice anyway still pays once.
"use strict";
document.querySelectorAll("form.pay").forEach((form) => {
  form.addEventListener("submit", (event) => {
    const button = form.querySelector("button");
    if (form.dataset.sent === "true") {
      event.preventDefault();
      return;
    }
    form.dataset.sent = "true";
    button.disabled = true;
    button.textContent = button.dataset.paying;
  });
});
