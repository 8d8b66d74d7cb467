// The selection with JavaScript: kept in this browser (localStorage), no account and nothing sent
// to the server. Progressive enhancement: without JavaScript, "Add to selection" is a link that
// carries the selection in the page's address (sel=…), and /selection?ids=… is the selection.
// Here those links become buttons, the header's link counts the kept selection and leads to its
// address, and the selection page's remove and move links also change the kept list.
(() => {
  const KEY = 'archivesite.selection';
  const MAX = 100; // SelectionList.MaxIds
  const ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;

  const read = () => {
    try {
      const ids = JSON.parse(localStorage.getItem(KEY) || '[]');
      return Array.isArray(ids) ? [...new Set(ids.filter((id) => typeof id === 'string' && ID.test(id)))].slice(0, MAX) : [];
    } catch {
      return [];
    }
  };

  const write = (ids) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(ids.slice(0, MAX)));
      return true;
    } catch {
      return false;
    }
  };

  const pageUrl = (ids) => (ids.length ? `/selection?ids=${ids.join(',')}` : '/selection');
  const idsOf = (href) => (new URL(href, location.href).searchParams.get('ids') || '').split(',').filter((id) => ID.test(id));

  const status = document.getElementById('selection-status') || (() => {
    const region = document.createElement('p');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
    return region;
  })();

  const showHeader = (ids) => {
    const link = document.getElementById('selection-link');
    const count = document.getElementById('selection-count');
    if (link && count) {
      link.href = pageUrl(ids);
      count.textContent = ids.length ? ` (${ids.length})` : '';
    }
  };

  const label = (button, selected) => {
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = `document ${button.dataset.select} `;
    button.replaceChildren(selected ? 'Remove ' : 'Add ', hidden, selected ? 'from selection' : 'to selection');
    button.classList.toggle('is-selected', selected);
  };

  const buttons = [];
  document.querySelectorAll('.select-toggle[data-select]').forEach((control) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'select-button';
    button.dataset.select = control.dataset.select;
    control.replaceChildren(button);
    buttons.push(button);
    button.addEventListener('click', () => {
      const id = button.dataset.select;
      const ids = read();
      const selected = ids.includes(id);
      if (!selected && ids.length >= MAX) {
        status.textContent = `A selection holds at most ${MAX} documents.`;
        return;
      }

      const next = selected ? ids.filter((i) => i !== id) : [...ids, id];
      if (!write(next)) {
        status.textContent = 'This browser does not allow keeping a selection here.';
        return;
      }

      refresh();
      status.textContent = `${selected ? 'Removed from' : 'Added to'} the selection (${next.length} ${next.length === 1 ? 'document' : 'documents'}).`;
    });
  });

  const refresh = () => {
    const ids = read();
    buttons.forEach((button) => label(button, ids.includes(button.dataset.select)));
    showHeader(ids);
  };

  // Another tab's change shows here too.
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) {
      refresh();
    }
  });
  refresh();

  const page = document.querySelector('.selection-page[data-selection-ids]');
  if (!page) {
    return;
  }

  const shown = page.dataset.selectionIds.split(',').filter((id) => id.length > 0);
  const kept = read();
  if (shown.length === 0 && kept.length > 0 && !new URL(location.href).searchParams.has('ids')) {
    // /selection opened from the header or a bookmark: show the kept selection at its own address.
    location.replace(pageUrl(kept));
    return;
  }

  const same = shown.length === kept.length && shown.every((id, i) => id === kept[i]);
  if (same) {
    // This page is the kept selection: removing or moving a document changes it too.
    page.querySelectorAll('a[data-selection-change]').forEach((link) => {
      link.addEventListener('click', () => write(idsOf(link.href)));
    });
  } else if (shown.length > 0) {
    // A selection from elsewhere (a bookmark, a colleague's link): kept only when asked.
    const sync = document.getElementById('selection-sync');
    const keep = document.getElementById('selection-keep');
    if (sync && keep) {
      sync.hidden = false;
      keep.addEventListener('click', () => {
        if (write(shown)) {
          sync.hidden = true;
          refresh();
          status.textContent = `This list is now your selection (${shown.length} ${shown.length === 1 ? 'document' : 'documents'}).`;
        }
      });
    }
  }
})();
