/**
 * The extension in each of its languages, as a user of that language sees it: the words, the
 * direction, bidi isolation of Zoho's text, an axe run, and every page holding from 320 to
 * 800 px wide at the usual text size and at 200 % (docs/LANGUAGES.md).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acceptOnZoho, openZohoConsent } from '../support/browser.ts';
import { words } from '../support/catalogue.ts';
import { type Harness, seriousViolations, useHarness } from './harness.ts';
import { layoutProblems, setTextSize } from './layout.ts';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ar', 'ja', 'zh-CN'];
const TEXT_SIZES = [100, 200];

/**
 * Every way a page is seen: the toolbar popup (its own width, 25rem, in a window as wide as
 * Chrome's largest popup), or a tab or side panel `widths` wide, at each text size.
 */
async function holds(page: Page, widths: number[]): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 600 });
    for (const percent of TEXT_SIZES) {
      await setTextSize(page, percent);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      problems.push(...(await layoutProblems(page)).map((problem) => `${width} px, ${percent} %: ${problem}`));
    }
  }
  await setTextSize(page, 100);
  return problems;
}

/** An accessible name that starts with `words`, whatever spaces (French puts a narrow one before ":"). */
const startsWith = (words: string) => new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')}`);

const direction = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).direction);

async function signIn(h: Harness, lang: string): Promise<Page> {
  const popup = await h.browser.openPopup();
  await acceptOnZoho(await openZohoConsent(h.browser, popup, lang), popup, lang);
  return popup;
}

describe.each(LANGUAGES)('in %s', (lang) => {
  const h = useHarness({ lang });
  const w = words(lang);
  const rtl = lang === 'ar';

  it('every page speaks it, in its direction, and holds at every width and text size', async () => {
    const popup = await h.browser.openPopup();
    await popup.getByRole('heading', { name: w('consentTitle') }).waitFor();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, rtl ? 'rtl' : 'ltr']);
    expect(await holds(popup, [800])).toEqual([]);

    await acceptOnZoho(await openZohoConsent(h.browser, popup, lang), popup, lang);
    // The worker serves the list's page with the language and direction in it.
    await popup.reload();
    await popup.getByRole('list', { name: w('tickets') }).waitFor();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, rtl ? 'rtl' : 'ltr']);
    expect(await direction(popup, 'body')).toBe(rtl ? 'rtl' : 'ltr');
    expect(await holds(popup, [800])).toEqual([]);

    await popup.getByRole('button', { name: startsWith(w('queueButton')) }).click();
    await popup.getByRole('button', { name: w('allDepartments'), exact: true }).waitFor();
    expect(await holds(popup, [800])).toEqual([]);
    await popup.getByRole('button', { name: w('closeQueue') }).click();

    await popup.getByRole('button', { name: /#129/ }).click();
    await popup.getByText('Please see the screenshot.').waitFor();
    expect(await holds(popup, [800])).toEqual([]);

    const panel = await h.browser.context.newPage();
    await panel.goto(h.browser.url('src/popup/index.html?panel'));
    await panel.getByRole('list', { name: w('tickets') }).waitFor();
    expect(await direction(panel, 'body')).toBe(rtl ? 'rtl' : 'ltr');
    expect(await holds(panel, [320, 800])).toEqual([]);

    const settings = await h.browser.openOptions();
    await settings.getByText(w('signedIn'), { exact: true }).waitFor();
    expect(await settings.title()).toBe(w('settingsTitle'));
    expect(await direction(settings, 'body')).toBe(rtl ? 'rtl' : 'ltr');
    // Scope names read left to right on a right-to-left page too.
    expect(await direction(settings, 'code')).toBe('ltr');
    expect(await holds(settings, [320, 800])).toEqual([]);
  });

  it('keeps ticket numbers left to right, and each subject in its own direction', async () => {
    const popup = await signIn(h, lang);
    const row = (number: number) => `button.ticket:has(.number:text-is("#${number}"))`;
    expect(await direction(popup, `${row(130)} .number`)).toBe('ltr');
    // An English subject and an Arabic one, each in its own direction in every language...
    expect(await direction(popup, `${row(130)} .subject bdi`)).toBe('ltr');
    expect(await direction(popup, `${row(125)} .subject bdi`)).toBe('rtl');
    // ...inside a box in the page's direction, which lines them up with the rest of the row.
    expect(await direction(popup, `${row(125)} .subject`)).toBe(rtl ? 'rtl' : 'ltr');
    expect(await direction(popup, `${row(130)} .subject`)).toBe(rtl ? 'rtl' : 'ltr');
  });
});

describe('in Arabic', () => {
  const h = useHarness({ lang: 'ar' });
  const w = words('ar');

  it('lays the popup out mirrored, with no serious or critical axe violation', async () => {
    const popup = await signIn(h, 'ar');
    const header = await popup.locator('header.bar').evaluate((bar) => {
      const [title, tools] = [bar.querySelector('h1')!, bar.querySelector('.tools')!].map((e) => e.getBoundingClientRect());
      return { titleRight: title!.right, toolsLeft: tools!.left, width: bar.getBoundingClientRect().width };
    });
    // The title at the right, where a right-to-left page starts; its buttons to the left.
    expect(header.titleRight).toBeGreaterThan(header.width - 40);
    expect(header.toolsLeft).toBeLessThan(header.titleRight);
    const [number, subject] = await Promise.all(
      ['.number', '.subject'].map((part) =>
        popup.locator(`button.ticket >> nth=0 >> ${part}`).evaluate((e) => e.getBoundingClientRect().left),
      ),
    );
    expect(number).toBeGreaterThan(subject!);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: /#129/ }).click();
    await popup.getByRole('button', { name: w('backToList') }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    const settings = await h.browser.openOptions();
    await settings.getByText(w('signedIn'), { exact: true }).waitFor();
    expect(await seriousViolations(settings)).toEqual([]);
  });

  it('says each count in the plural form Arabic uses for it', async () => {
    const popup = await signIn(h, 'ar');
    const workload = popup.locator('p.workload button');
    await expect.poll(() => workload.count()).toBe(4);
    const body = h.sandbox.state.answers.find((a) => a.path === '/api/v1/agentsTicketsCount')?.body as { data: Record<string, string>[] };
    const answer = body.data[0] ?? {};
    const counts = [answer['openCount'], answer['onholdCount'], answer['overDueCount'], answer['dueIn1HrCount']].map(Number);
    const rules = new Intl.PluralRules('ar');
    const keys = ['workloadOpen', 'workloadOnHold', 'workloadOverdue', 'workloadDueSoon'];
    const expected = counts.map((count, i) => w(`${keys[i]}_${rules.select(count)}`, new Intl.NumberFormat('ar').format(count)));
    expect(await workload.allInnerTexts()).toEqual(expected);
    // The sandbox's two tickets on hold take Arabic's dual form, which has no numeral.
    expect(counts[1]).toBe(2);
    expect(expected[1]).toBe(w('workloadOnHold_two'));
  });
});

/** Browsers whose UI language is not their words' language, and what the words then are. */
const MIXED = [
  { name: 'Arabic words under an English UI (--lang=ar alone)', launch: { lang: 'ar', uiLanguage: null }, words: 'ar', ui: 'en-US' },
  { name: 'Arabic words and UI, from LANGUAGE alone', launch: { uiLanguage: 'ar' }, words: 'ar', ui: 'ar' },
  { name: 'English words under a Hebrew UI, which has no catalogue', launch: { uiLanguage: 'he' }, words: 'en', ui: 'he' },
] as const;

describe.each(MIXED)('$name', ({ launch, words: lang, ui }) => {
  const h = useHarness(launch);
  const w = words(lang);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const page = (target: Page) =>
    target.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction]);

  it('lays out the consent prompt, the list, a ticket and settings in the words’ direction', async () => {
    expect(await h.browser.worker.evaluate(() => chrome.i18n.getUILanguage())).toBe(ui);
    const popup = await h.browser.openPopup();
    await popup.getByRole('heading', { name: w('consentTitle') }).waitFor();
    expect(await page(popup)).toEqual([lang, dir, dir]);
    await acceptOnZoho(await openZohoConsent(h.browser, popup, lang), popup, lang);
    expect(await page(popup)).toEqual([lang, dir, dir]);
    // The page the worker serves, with the list already in it.
    await popup.reload();
    await popup.getByRole('list', { name: w('tickets') }).waitFor();
    expect(await page(popup)).toEqual([lang, dir, dir]);
    await popup.getByRole('button', { name: /#129/ }).click();
    await popup.getByRole('button', { name: w('backToList') }).waitFor();
    expect(await page(popup)).toEqual([lang, dir, dir]);
    const settings = await h.browser.openOptions();
    await settings.getByText(w('signedIn'), { exact: true }).waitFor();
    expect(await page(settings)).toEqual([lang, dir, dir]);
  });
});

describe('in Japanese', () => {
  const h = useHarness({ lang: 'ja' });
  const w = words('ja');

  it('shows the popup and a ticket in Japanese, with no serious or critical axe violation', async () => {
    const popup = await signIn(h, 'ja');
    expect(await popup.getByRole('button', { name: w('refresh') }).isVisible()).toBe(true);
    expect(await popup.getByRole('combobox', { name: w('filterStatus') }).isVisible()).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: /#129/ }).click();
    await popup.getByRole('heading', { name: w('conversation') }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });
});

describe('the layout check', () => {
  const h = useHarness();

  it('finds text cut off, overlapping, or past either side of the page', async () => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 400 });
    await page.setContent(`<html dir="rtl"><body style="margin:0">
      <p style="margin-inline-start:-40px">past the start</p>
      <p style="width:60px;overflow:hidden;white-space:nowrap">cut off without a title</p>
      <p style="width:60px;overflow:hidden;white-space:nowrap" title="all of it">cut off with a title</p>
      <div style="position:relative;height:40px"><span>one</span><span style="position:absolute;inset-inline-start:0">two</span></div>
      <select style="width:60px"><option>a choice far too long for its box</option></select>
    </body></html>`);
    const problems = await layoutProblems(page);
    expect(problems.some((problem) => /“past the start” reaches past the page's side/.test(problem))).toBe(true);
    expect(problems.some((problem) => /“cut off without a title” is cut off/.test(problem))).toBe(true);
    expect(problems.some((problem) => /cut off with a title/.test(problem))).toBe(false);
    expect(problems.some((problem) => /“one” overlaps .*“two”/.test(problem))).toBe(true);
    expect(problems.some((problem) => /select “a choice far too long for its box” is cut off/.test(problem))).toBe(true);
  });
});
