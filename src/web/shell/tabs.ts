/**
 * The tool tabs, as the WAI-ARIA tabs pattern has them: one tab stop, the arrow keys, Home and
 * End move between tabs and show each panel.
 */
import type { PageTab } from '../pageState.js';

const TABS: readonly PageTab[] = ['story', 'convert', 'stake', 'implied'];

function tabButton(tab: PageTab): HTMLButtonElement {
  return document.getElementById(`tab-${tab}`) as HTMLButtonElement;
}

/**
 * Shows one panel and marks its tab selected; moves focus to the tab when asked.
 */
export function showTab(tab: PageTab, focus = false): void {
  for (const other of TABS) {
    const selected = other === tab;
    const button = tabButton(other);
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(`panel-${other}`);
    if (panel) panel.hidden = !selected;
  }
  if (focus) tabButton(tab).focus();
}

/**
 * Wires the tab list: clicks and keys change the tab and tell `onChange`.
 */
export function setupTabs(onChange: (tab: PageTab) => void): void {
  for (const tab of TABS) {
    const button = tabButton(tab);
    button.addEventListener('click', () => {
      showTab(tab);
      onChange(tab);
    });
    button.addEventListener('keydown', (event) => {
      const at = TABS.indexOf(tab);
      const next =
        event.key === 'ArrowRight'
          ? TABS[(at + 1) % TABS.length]
          : event.key === 'ArrowLeft'
            ? TABS[(at + TABS.length - 1) % TABS.length]
            : event.key === 'Home'
              ? TABS[0]
              : event.key === 'End'
                ? TABS[TABS.length - 1]
                : undefined;
      if (next === undefined) return;
      event.preventDefault();
      showTab(next, true);
      onChange(next);
    });
  }
}
