// The in-meeting bubble's page (Wall/QuestionNoticePage.cs). Teams asks a bubble page to close itself once the person
// has read it: inside Teams the "OK" button does that through the Teams library; outside Teams it stays hidden.
(() => {
  "use strict";
  const done = document.getElementById("notice-done");
  const teams = window.microsoftTeams;
  if (!done || !teams || !teams.app) {
    return;
  }
  // Teams answers within a second; anything else framing the page never does.
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 5000));
  Promise.race([teams.app.initialize().then(() => true), timeout])
    .catch(() => false)
    .then((inTeams) => {
      if (!inTeams) {
        return;
      }
      done.hidden = false;
      done.addEventListener("click", () => {
        if (teams.dialog && teams.dialog.url && teams.dialog.url.submit) {
          teams.dialog.url.submit();
        } else if (teams.tasks && teams.tasks.submitTask) {
          teams.tasks.submitTask();
        }
      });
    });
})();
