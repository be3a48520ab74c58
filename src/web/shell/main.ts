/**
 * The page's shell: reads the state from the address, fetches the manifest, wires the forms, runs
 * the core (through the page store, which fetches each table the first time a call needs it),
 * and draws the views. The only module that starts anything; everything it draws comes from the
 * pure view model in src/web/.
 */
import { internalError } from '../../commonErrors.js';
import { DealCalcError, type ErrorInfo } from '../../errors.js';
import type { ScanResult } from '../../check/scanText.js';
import { isIsoDate, weekdayName } from '../../fx/calendar.js';
import type { Manifest } from '../../store/manifest.js';
import { checkView } from '../../check/render/checkView.js';
import { convertView } from '../../fx/render/convertView.js';
import { impliedView, stakeView } from '../../deal/render/dealView.js';
import { checkStory, convertFromFields, errorText, impliedFromFields, stakeFromFields } from '../pageJobs.js';
import {
  hashFromState,
  stateFromHash,
  type PageState,
  type PageTab,
  type ValuationKind,
} from '../pageState.js';
import { openPageStore, type PageStore } from '../pageStore.js';
import { pairChartSvg } from '../pairChart.js';
import { storyView } from '../../check/render/storyView.js';
import { copyText } from './clipboard.js';
import { clearDetail, renderDetail, renderDetailError } from './detailPanel.js';
import { byId, h, replace } from './dom.js';
import { fetchManifest, fetchUserManifest, seriesFetcher } from './fetchTables.js';
import { loadLocalFiles, saveLocalFiles } from './localFiles.js';
import { localRates, localSourceId, LOCAL_MARK, type LocalRatesFile } from '../localRates.js';
import type { ImportFormat } from '../../store/formats/types.js';
import { renderConvert, renderDeal, renderError } from './resultPanels.js';
import { markSelected, renderStory } from './storyPanel.js';
import { setupTabs, showTab } from './tabs.js';

const SAMPLE =
  'BEIJING, 15 November 2017. Alibaba is in talks to invest about 1.5 billion yuan ($227 million) in ' +
  'SenseTime, which says it is valued at more than $2 billion. SenseTime raised $410 million in July. ' +
  "A rival's HK$1.5 billion ($226.6 million) deal was also reported, and a national plan targets a " +
  '400 billion yuan industry. 此前阿里巴巴投资15亿元（约合2.27亿美元）。';

let state: PageState = stateFromHash(location.hash);
let tables: PageStore | null = null;
/** The tables the page was given (data/), the user's that `dealcalc serve` offers (user/), the reader's files. */
let shippedManifest: Manifest | null = null;
let servedManifest: Manifest | undefined;
let localFiles: LocalRatesFile[] = loadLocalFiles();
let scan: { text: string; result: ScanResult } | null = null;
let storyRun = 0;
let storyTimer: number | undefined;

function infoOf(error: unknown): ErrorInfo {
  if (error instanceof DealCalcError) return error.toInfo();
  return internalError(
    `internal error: ${error instanceof Error ? error.message : String(error)}`,
    'the text you checked',
  ).toInfo();
}

function setState(next: PageState): void {
  state = next;
  const hash = hashFromState(state);
  history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function input(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

function select(id: string): HTMLSelectElement {
  return byId<HTMLSelectElement>(id);
}

const finished: Record<string, number> = {};

/** Says on the root element what a panel is doing, and counts its finished runs (tests wait on these). */
function setBusy(panel: string, value: 'idle' | 'busy' | 'done' | 'error'): void {
  const root = document.documentElement.dataset;
  root[panel] = value;
  if (value === 'done' || value === 'error') {
    finished[panel] = (finished[panel] ?? 0) + 1;
    root[`${panel}Runs`] = String(finished[panel]);
  }
}

async function copyWithFeedback(text: string, button: HTMLButtonElement): Promise<void> {
  const label = button.textContent ?? '';
  const copied = await copyText(text);
  button.textContent = copied ? 'Copied' : 'Copy failed: select and copy by hand';
  window.setTimeout(() => (button.textContent = label), 1600);
}

const copy = (text: string, button: HTMLButtonElement) => void copyWithFeedback(text, button);

/* ---------- the story ---------- */

function showStoryError(error: ErrorInfo | null): void {
  const box = byId('story-error');
  if (error === null) {
    box.hidden = true;
    replace(box);
    return;
  }
  const { message, hint } = errorText(error);
  box.hidden = false;
  replace(box, h('p', { class: 'error-message' }, message), h('p', { class: 'hint' }, hint));
}

function updateDateField(date: string, note: string, fromText: boolean): void {
  const field = input('story-date');
  if (document.activeElement !== field) field.value = date;
  // The day written out as well: a date field shows the reader's local format (11/15/2017).
  byId('story-date-note').textContent = isIsoDate(date) ? `${weekdayName(date)} ${date}, ${note}` : note;
  byId('story-date-reset').hidden = state.on === '' || !fromText;
}

async function runStory(): Promise<void> {
  const run = ++storyRun;
  const text = state.text;
  if (text.trim() === '' || tables === null) {
    scan = null;
    byId('story-result').hidden = true;
    byId('story-status').textContent = tables === null ? 'Loading the rate tables…' : '';
    showStoryError(null);
    clearDetail();
    setBusy('story', 'idle');
    return;
  }
  setBusy('story', 'busy');
  byId('story-status').classList.remove('done');
  byId('story-status').textContent = 'Checking…';
  const started = performance.now();
  const fetchedBefore = tables.loaded().length;
  let result: ScanResult;
  let coreMs = 0;
  try {
    const asked = state;
    result = await tables.run((store) => {
      const called = performance.now();
      const answer = checkStory(store, asked);
      coreMs = performance.now() - called;
      return answer;
    });
  } catch (error) {
    if (run !== storyRun) return;
    scan = null;
    byId('story-result').hidden = true;
    byId('story-status').textContent = '';
    const info = infoOf(error);
    showStoryError(info);
    if (info.code === 'SCAN_NO_DATE')
      updateDateField('', 'The text gives no date: set the story’s date here.', false);
    clearDetail();
    setBusy('story', 'error');
    return;
  }
  if (run !== storyRun) return;
  scan = { text, result };
  showStoryError(null);
  const view = storyView(text, result);
  byId('story-result').hidden = false;
  updateDateField(view.date, view.dateNote, result.storyDate !== null);
  const selected = state.pair !== null && state.pair < view.pairs.length ? state.pair : null;
  renderStory(view, selected, { select: (pair, focus) => void selectPair(pair, focus) });
  // Said to screen readers; on screen the summary stands above the checked text.
  byId('story-status').textContent = `Checked: ${view.summary}.`;
  byId('story-status').classList.add('done');
  if (selected !== null) await selectPair(selected, false);
  else clearDetail();
  const ended = performance.now();
  performance.measure('dealcalc:check', {
    start: started,
    end: ended,
    detail: {
      // Tables fetched during this check; the core call's own time (its last call, every table loaded).
      fetched: tables.loaded().length - fetchedBefore,
      coreMs,
      pairs: view.pairs.length,
      figures: result.figures.length,
    },
  });
  setBusy('story', 'done');
}

function scheduleStory(delay: number): void {
  window.clearTimeout(storyTimer);
  storyTimer = window.setTimeout(() => void runStory(), delay);
}

async function selectPair(index: number, focus: boolean): Promise<void> {
  if (scan === null) return;
  const pair = scan.result.pairs[index];
  if (pair === undefined) return;
  setState({ ...state, pair: index });
  markSelected(index);
  const first = scan.result.figures[pair.first]?.figure.text ?? '';
  const second = scan.result.figures[pair.second]?.figure.text ?? '';
  if (pair.check === null) {
    renderDetailError(
      index,
      `“${first}” and “${second}”`,
      errorText(pair.error ?? infoOf(new Error('not checked'))),
      focus,
    );
    return;
  }
  const check = pair.check;
  const view = checkView(check);
  let chart: string | null = null;
  try {
    chart = tables ? await tables.run((store) => pairChartSvg({ store, check, source: check.source })) : null;
  } catch {
    chart = null;
  }
  renderDetail(index, view, chart, { copy, back: () => focusPairInText(index) }, focus);
}

function focusPairInText(index: number): void {
  const badge = document.querySelector<HTMLButtonElement>(`#story-annotated button[data-pair="${index}"]`);
  badge?.focus();
}

function wireStory(): void {
  const text = byId<HTMLTextAreaElement>('story-text');
  text.value = state.text;
  text.addEventListener('input', () => {
    setState({ ...state, text: text.value, pair: null });
    scheduleStory(text.value.length > 20000 ? 600 : 300);
  });
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      scheduleStory(0);
    }
  });
  byId('story-form').addEventListener('submit', (event) => {
    event.preventDefault();
    scheduleStory(0);
  });
  const date = input('story-date');
  date.value = state.on;
  date.addEventListener('change', () => {
    const value = date.value;
    if (value === '' || isIsoDate(value)) {
      setState({ ...state, on: value });
      scheduleStory(0);
    }
  });
  byId('story-date-reset').addEventListener('click', () => {
    setState({ ...state, on: '' });
    date.value = '';
    scheduleStory(0);
    date.focus();
  });
  const source = select('story-source');
  source.addEventListener('change', () => {
    setState({ ...state, source: source.value });
    scheduleStory(0);
  });
  const yen = select('story-yen');
  yen.value = state.yen;
  yen.addEventListener('change', () => {
    setState({ ...state, yen: yen.value as PageState['yen'] });
    scheduleStory(0);
  });
  const notation = select('story-notation');
  notation.value = state.notation;
  notation.addEventListener('change', () => {
    setState({ ...state, notation: notation.value as PageState['notation'] });
    scheduleStory(0);
  });
  for (const [id, key] of [
    ['story-tolerance', 'tolerance'],
    ['story-window', 'window'],
  ] as const) {
    const field = input(id);
    field.value = state[key];
    field.addEventListener('input', () => {
      setState({ ...state, [key]: field.value });
      scheduleStory(400);
    });
  }
  if (state.yen !== '' || state.notation !== '' || state.tolerance !== '' || state.window !== '')
    byId<HTMLDetailsElement>('story-form').querySelector('details')?.setAttribute('open', '');
  byId('story-sample').addEventListener('click', () => {
    text.value = SAMPLE;
    setState({ ...state, text: SAMPLE, pair: null });
    scheduleStory(0);
    text.focus();
  });
  byId('story-clear').addEventListener('click', () => {
    text.value = '';
    setState({ ...state, text: '', pair: null, on: '' });
    date.value = '';
    scheduleStory(0);
    text.focus();
  });
  const storyCopy = byId<HTMLButtonElement>('story-copy');
  storyCopy.addEventListener('click', () => {
    if (scan) copy(storyView(scan.text, scan.result).copyText, storyCopy);
  });
  const link = byId<HTMLButtonElement>('story-link');
  link.addEventListener('click', () => copy(location.href, link));
  const linkText = byId<HTMLButtonElement>('story-link-text');
  linkText.addEventListener('click', () => {
    const url = `${location.origin}${location.pathname}${hashFromState(state, { includeText: true })}`;
    copy(url, linkText);
  });
}

/* ---------- the forms ---------- */

function wireForm(
  panel: 'convert' | 'stake' | 'implied',
  fields: readonly string[],
  run: () => Promise<void>,
): void {
  const form = byId<HTMLFormElement>(`${panel}-form`);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const values = state[panel] as unknown as Record<string, string>;
  for (const name of fields) {
    const id = `${panel}-${name}`;
    const element = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    if (element === null) continue;
    element.value = values[name] ?? '';
    element.addEventListener(element.tagName === 'SELECT' ? 'change' : 'input', () => {
      setState({ ...state, [panel]: { ...state[panel], [name]: element.value } });
    });
  }
}

async function runForm<T>(
  panel: 'convert' | 'stake' | 'implied',
  call: (tables: PageStore) => Promise<T>,
  draw: (target: HTMLElement, answer: T) => void,
): Promise<void> {
  const target = byId(`${panel}-result`);
  if (tables === null) return;
  setBusy(panel, 'busy');
  try {
    const answer = await call(tables);
    draw(target, answer);
    setBusy(panel, 'done');
  } catch (error) {
    renderError(target, errorText(infoOf(error)));
    setBusy(panel, 'error');
  }
}

const runConvert = () =>
  runForm(
    'convert',
    (t) => t.run((store) => convertView(convertFromFields(store, state.convert, today()))),
    (target, view) => renderConvert(target, view, copy),
  );
const runStake = () =>
  runForm(
    'stake',
    (t) => t.run((store) => stakeView(stakeFromFields(store, state.stake))),
    (target, view) => renderDeal(target, view, copy),
  );
const runImplied = () =>
  runForm(
    'implied',
    (t) => t.run((store) => impliedView(impliedFromFields(store, state.implied))),
    (target, view) => renderDeal(target, view, copy),
  );

function wireForms(): void {
  wireForm('convert', ['figure', 'to', 'on', 'source'], runConvert);
  // Date inputs carry the field name "date" in their id; map them to the state's "on".
  for (const panel of ['convert', 'stake', 'implied'] as const) {
    const date = input(`${panel}-date`);
    date.value = state[panel].on;
    date.addEventListener('change', () => {
      if (date.value === '' || isIsoDate(date.value))
        setState({ ...state, [panel]: { ...state[panel], on: date.value } });
    });
  }
  wireForm('stake', ['invest', 'valuation', 'in', 'source'], runStake);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="stake-kind"]')) {
    radio.checked = radio.value === state.stake.kind;
    radio.addEventListener('change', () => {
      if (radio.checked)
        setState({ ...state, stake: { ...state.stake, kind: radio.value as ValuationKind } });
    });
  }
  wireForm('implied', ['invest', 'stake', 'in', 'source'], runImplied);
}

/* ---------- start ---------- */

function fillSources(manifest: Manifest): void {
  for (const id of ['story-source', 'convert-source', 'stake-source', 'implied-source']) {
    const menu = select(id);
    // Keep the menu's own first choice ("all" or "preferred"); the tables may have changed.
    for (const option of [...menu.options].slice(1)) option.remove();
    for (const source of manifest.sources)
      menu.appendChild(h('option', { value: source.id }, `${source.id}: ${source.name}`));
  }
  select('story-source').value = state.source;
  for (const panel of ['convert', 'stake', 'implied'] as const)
    select(`${panel}-source`).value = state[panel].source;
  byId('attribution').textContent = `Rates: ${manifest.sources.map((s) => s.attribution).join(' · ')}`;
}

/** Lists every table, where it comes from, its coverage, and a way to remove the reader's own. */
function renderRates(manifest: Manifest, problems: readonly { name: string; message: string }[]): void {
  const items = manifest.sources.map((source) => {
    const local = localFiles.find((f) => f.id === source.id && source.name.endsWith(`(${LOCAL_MARK})`));
    const remove = local
      ? h('button', { type: 'button', class: 'link', 'data-remove': local.id }, `Remove ${local.id}`)
      : null;
    if (remove) remove.addEventListener('click', () => void removeLocal(local?.id ?? ''));
    return h(
      'li',
      {},
      h('span', { class: 'rates-id' }, source.id),
      h('span', {}, `${source.name}, ${source.firstDate} .. ${source.lastDate}`),
      ...(remove ? [remove] : []),
    );
  });
  replace(byId('rates-list'), ...items);
  byId('rates-status').textContent = problems.map((p) => `${p.name}: ${p.message}`).join(' ');
}

/** (Re)opens the page's store over the shipped tables, the served user tables and the reader's files. */
function openTables(): void {
  if (shippedManifest === null) return;
  const dataUrl = new URL('data/', location.href);
  const fetching = (series: { file: string }) => {
    byId('story-status').textContent = `Fetching the rate table ${series.file}…`;
  };
  const givenIds = [...shippedManifest.sources, ...(servedManifest?.sources ?? [])].map((s) => s.id);
  const local = localRates(localFiles, givenIds);
  tables = openPageStore(shippedManifest, seriesFetcher(dataUrl, fetching), {
    ...(servedManifest === undefined
      ? {}
      : {
          user: {
            manifest: servedManifest,
            fetchSeries: seriesFetcher(new URL('user/', location.href), fetching),
            origin: 'your rate tables (dealcalc serve)',
          },
        }),
    ...(local.store === undefined ? {} : { local: local.store }),
  });
  fillSources(tables.store.manifest);
  renderRates(tables.store.manifest, local.problems);
}

async function removeLocal(id: string): Promise<void> {
  localFiles = localFiles.filter((f) => f.id !== id);
  saveLocalFiles(localFiles);
  openTables();
  byId('rates-status').textContent = `Removed ${id} from this browser.`;
  await runStory();
}

function wireRates(): void {
  const file = input('rates-file');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen === undefined) return;
    void chosen.text().then(async (text) => {
      const format = select('rates-format').value as ImportFormat;
      const taken = [...(shippedManifest?.sources ?? []), ...(servedManifest?.sources ?? [])].map(
        (s) => s.id,
      );
      const id = localSourceId(format, chosen.name, [...taken, ...localFiles.map((f) => f.id)]);
      const brought: LocalRatesFile = { id, format, name: chosen.name, text, at: new Date().toISOString() };
      // Read it before keeping it: a file that does not read is said, and not kept.
      const check = localRates([brought], taken);
      if (check.store === undefined) {
        byId('rates-status').textContent = check.problems.map((p) => `${p.name}: ${p.message}`).join(' ');
        file.value = '';
        return;
      }
      localFiles = [...localFiles, brought];
      const kept = saveLocalFiles(localFiles);
      openTables();
      byId('rates-status').textContent = kept
        ? `Read ${chosen.name} as ${id}; kept in this browser until you remove it.`
        : `Read ${chosen.name} as ${id}; this browser would not keep it (storage off or full), so it lasts until the page is closed.`;
      file.value = '';
      await runStory();
    });
  });
}

function onTab(tab: PageTab): void {
  setState({ ...state, tab });
}

async function start(): Promise<void> {
  setBusy('story', 'idle');
  setupTabs(onTab);
  showTab(state.tab);
  wireStory();
  wireForms();
  window.addEventListener('hashchange', () => {
    // An address typed or pasted in: take its state for what it names.
    const next = stateFromHash(location.hash);
    if (hashFromState(next) === hashFromState(state) && next.text === '') return;
    location.reload();
  });
  byId('story-status').textContent = 'Loading the rate tables…';
  const dataUrl = new URL('data/', location.href);
  let manifest: Manifest;
  try {
    manifest = await fetchManifest(dataUrl);
  } catch (error) {
    byId('story-status').textContent = '';
    showStoryError(infoOf(error));
    setBusy('story', 'error');
    return;
  }
  shippedManifest = manifest;
  try {
    servedManifest = await fetchUserManifest(new URL('user/', location.href));
  } catch (error) {
    showStoryError(infoOf(error));
  }
  openTables();
  wireRates();
  document.documentElement.dataset.ready = 'true';
  byId('story-status').textContent = '';
  await runStory();
  if (state.convert.figure !== '') await runConvert();
  if (state.stake.invest !== '' && state.stake.valuation !== '') await runStake();
  if (state.implied.invest !== '' && state.implied.stake !== '') await runImplied();
}

void start();
