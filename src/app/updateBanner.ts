/**
 * The "new version" banner, in plain DOM: it is loaded after the page, outside React, so it adds
 * nothing to the player's first load and no page has to make room for it.
 */
import { watchForUpdate } from './updatePrompt';

function banner(label: string, accept: () => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'update-banner';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = `Stepwise ${label} is ready. Nothing changes until you reload; finish your walk first if you are in one.`;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload now';
  reload.addEventListener('click', accept);
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Later';
  later.addEventListener('click', () => {
    box.remove();
  });
  box.append(text, reload, later);
  return box;
}

/** Starts watching; shows the banner when a new build waits. */
export function watchUpdates(): void {
  if (!('serviceWorker' in navigator)) return;
  watchForUpdate(
    navigator.serviceWorker,
    () => fetch('./version.json', { cache: 'no-store' }).then((r) => r.json() as Promise<unknown>),
    ({ label, accept }) => {
      document.body.append(banner(label, accept));
    },
    () => {
      window.location.reload();
    },
  );
}
