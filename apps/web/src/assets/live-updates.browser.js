// Progressive enhancement: without this script every page works, it only stops being live.
// When the server says a case on this page changed, the page is fetched again and the
// regions marked data-live-region are swapped in, so a new contribution or the GP's reply
// appears without a reload and without losing what is typed in other forms.
(function () {
  'use strict';
  var main = document.getElementById('indhold');
  if (!main || !window.EventSource) return;
  var status = document.getElementById('live-status');
  function casesOnPage() {
    var ids = [];
    if (main.dataset.liveCase) ids.push(main.dataset.liveCase);
    document.querySelectorAll('[data-case-id]').forEach(function (element) {
      ids.push(element.getAttribute('data-case-id'));
    });
    return ids;
  }
  function isEditing(region) {
    var active = document.activeElement;
    return active && region.contains(active) && /INPUT|TEXTAREA|SELECT/.test(active.tagName);
  }
  var refreshing = false;
  function refresh() {
    if (refreshing) return;
    refreshing = true;
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { accept: 'text/html' } })
      .then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-live-region][id]').forEach(function (region) {
          var replacement = fresh.getElementById(region.id);
          if (!replacement || isEditing(region) || replacement.innerHTML === region.innerHTML) return;
          region.innerHTML = replacement.innerHTML;
          region.classList.add('fresh');
          setTimeout(function () {
            region.classList.remove('fresh');
          }, 3000);
        });
        if (status) status.textContent = 'Siden er opdateret ' + new Date().toLocaleTimeString('da-DK');
      })
      .catch(function () {
        if (status) status.textContent = 'Kunne ikke opdatere siden';
      })
      .then(function () {
        refreshing = false;
      });
  }
  var source = new EventSource('/live/events');
  source.addEventListener('case-changed', function (event) {
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (error) {
      return;
    }
    var onPage =
      (data.caseId && casesOnPage().indexOf(data.caseId) >= 0) ||
      (data.meetingId && data.meetingId === main.dataset.liveMeeting);
    if (onPage) refresh();
  });
  window.rehabLive = { source: source, refresh: refresh };
})();
