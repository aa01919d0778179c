import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, fundingTableRows, openDashboard, showPanelsBelow, test } from './fixtures';

/** Set BRIEF_OUT=/some/dir to keep each downloaded file, to open and look at. */
function keep(download: Download, path: string): void {
  const dir = process.env.BRIEF_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  copyFileSync(path, `${dir}/${download.suggestedFilename()}`);
}

async function downloadBrief(page: Page, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /one-slide brief of Mali/ }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloadPromise;
  const path = await download.path();
  keep(download, path);
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${download.suggestedFilename()}.` })).toBeVisible();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Each chart series of a PowerPoint chart part: its name and the values in its data cache. */
function chartSeries(xml: string): { name: string; values: (number | null)[] }[] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser = '']) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? '';
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? '';
    const values = [...val.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map(([, v = '']) => (v === '' ? null : Number(v)));
    return { name, values };
  });
}

/** The funding table's agency rows as on screen: line name, then the fiscal-year figures ($1,200K → 1200). */
async function screenFigures(page: Page): Promise<Map<string, number[]>> {
  const [header = [], ...rows] = await fundingTableRows(page);
  const years = header.filter((h) => /^FY\d{4}/.test(h)).length;
  const out = new Map<string, number[]>();
  for (const row of rows) {
    const name = row[0] ?? '';
    // The agency lines, not the printed total or the sum of the rows shown.
    if (/total|sum of/i.test(name)) continue;
    out.set(name, row.slice(1, 1 + years).map((cell) => Number(/\$([\d,.]+)K/.exec(cell)?.[1]?.replace(/,/g, '') ?? NaN)));
  }
  return out;
}

test.describe('briefing pack', () => {
  test('the country brief as PNG is a 1920 × 1080 image', async ({ page }) => {
    await openDashboard(page);
    const { name, bytes } = await downloadBrief(page, /PNG/);
    expect(name).toBe('mali-brief.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(18 + 2)]).toEqual([1920, 1080]);
  });

  test('the country brief as SVG carries the headline, every segment value, the results, partners, source and address', async ({ page }) => {
    await openDashboard(page);
    const { name, bytes } = await downloadBrief(page, /SVG/);
    expect(name).toBe('mali-brief.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toContain('width="1920" height="1080"');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, t = '']) => t.replace(/&amp;/g, '&').replace(/&apos;/g, "'"));
    expect(texts).toContain('Mali: U.S. Conventional Weapons Destruction assistance');
    // The headline as the page's header gives it: the funding for the chart's years, the report's cumulative beside it, named.
    const figure = (await page.getByRole('banner').locator('.headline__value').innerText()).trim();
    expect(figure).toBe('$3.05 million');
    expect(texts).toContain(figure);
    const cumulative = page.getByRole('banner').locator('.headline__cumulative');
    await expect(cumulative).toContainText('Cumulative since FY2013:');
    expect(texts).toContain('Cumulative since FY2013');
    expect(texts).toContain((await cumulative.locator('strong').innerText()).trim());
    // A value on every segment of more than one line, and each bar's total, as the funding table on screen has them.
    expect(texts).toEqual(expect.arrayContaining(['$500,000', '$170,000', '$182,000', '$1.00 million']));
    for (const total of ['$1.20 million', '$670,000', '$1.18 million']) expect(texts).toContain(total);
    // Rounded figures say so, and where the exact ones are.
    expect(texts.join(' ')).toContain("Amounts of $1 million or more are rounded to three significant figures; the dashboard's funding table gives them exactly.");
    // The first results in the page's order, with period, partner and funder.
    const tiles = page.getByRole('region', { name: 'Results' }).locator('.tile__heading');
    const first = (await tiles.first().innerText()).replace(/\s+/g, ' ');
    expect(texts.join(' ')).toContain(first.split(' ').slice(0, 4).join(' '));
    expect(texts.some((t) => /^2015–2017 · MAG · /.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('Partners: MAG'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Source: '))).toBe(true);
    expect(texts.join(' ')).toContain(new URL(page.url()).host);
  });

  test('the country brief as PDF is one 16:9 page', async ({ page }) => {
    await openDashboard(page);
    const { name, bytes } = await downloadBrief(page, /PDF/);
    expect(name).toBe('mali-brief.pdf');
    const pdf = bytes.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    // 13.333 × 7.5 in = 960 × 540 pt.
    expect(pdf).toMatch(/\/MediaBox \[0 0 960\.?0* 540\.?0*\]/);
    expect(pdf).toContain('/Title (Mali: U.S. Conventional Weapons Destruction assistance)');
  });

  test('the brief as a slide holds a native chart whose data are the figures on screen', async ({ page }) => {
    await openDashboard(page);
    const { name, bytes } = await downloadBrief(page, /slide/);
    expect(name).toBe('mali-brief.pptx');
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = (await zip.file(charts[0] ?? '')?.async('string')) ?? '';
    expect(xml).toContain('<c:grouping val="stacked"/>');
    const series = chartSeries(xml);
    const screen = await screenFigures(page);
    expect(series.map((s) => s.name)).toEqual([...screen.keys()]);
    for (const s of series) expect(s.values).toEqual(screen.get(s.name));
    // The figures also sit in the chart's own workbook, for PowerPoint's "Edit data".
    expect(Object.keys(zip.files).some((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f))).toBe(true);
    const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    expect(slide).toContain('Mali: U.S. Conventional Weapons Destruction assistance');
    expect(slide).toContain('weapons secured');
    expect(slide).toContain('Source: ');
  });

  test('"Download slide (.pptx)" on the funding chart gives its title, source, notes and a native chart of its figures', async ({ page }) => {
    await openDashboard(page, '?years=2016,2017');
    const funding = page.getByRole('region', { name: 'Funding by agency' });
    await funding.getByRole('button', { name: 'Export the funding chart' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Download slide (.pptx)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('mali-funding-by-agency-fy2016-fy2017.pptx');
    const path = await download.path();
    keep(download, path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = (await zip.file('ppt/charts/chart1.xml')?.async('string')) ?? '';
    const series = chartSeries(xml);
    const screen = await screenFigures(page);
    expect(series.map((s) => s.name)).toEqual([...screen.keys()]);
    for (const s of series) expect(s.values).toEqual(screen.get(s.name));
    expect(xml).toContain('<c:v>FY2016</c:v>');
    const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    expect(slide).toContain('Mali: U.S. CWD funding by agency and fiscal year');
    expect(slide).toContain('Cumulative FY2013–FY2017: $3.05 million');
    const notes = Object.keys(zip.files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect((await zip.file(notes ?? '')?.async('string')) ?? '').toContain('View: http');
  });
});

test.describe('share and embed', () => {
  test('Share gives the link with the partner search and order in it, an e-mail link and embed code', async ({ page }) => {
    await openDashboard(page);
    await showPanelsBelow(page);
    const activity = page.getByRole('region', { name: 'Partner activity' });
    await activity.getByRole('searchbox').fill('armories');
    await activity.getByRole('combobox', { name: /Sort/ }).selectOption('partner');
    await expect(page).toHaveURL(/search=armories/);
    await expect(page).toHaveURL(/sort=partner/);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = page.getByRole('textbox', { name: /Link to this view/ });
    await expect(link).toHaveValue(/\?country=mali&search=armories&sort=partner$/);
    const mail = page.getByRole('link', { name: 'E-mail the link' });
    expect(decodeURIComponent((await mail.getAttribute('href')) ?? '')).toContain(await link.inputValue());
    const embed = await page.getByRole('textbox', { name: /Embed the funding chart/ }).inputValue();
    expect(embed).toMatch(/^<iframe src="http[^"]+embed=funding" title="Mali: U\.S\. CWD funding by agency and fiscal year"/);

    // The link opens on the same list: search and order restored.
    await page.goto(await link.inputValue());
    await showPanelsBelow(page);
    const restored = page.getByRole('region', { name: 'Partner activity' });
    await expect(restored.getByRole('searchbox')).toHaveValue('armories');
    await expect(restored.getByRole('combobox', { name: /Sort/ })).toHaveValue('partner');
  });

  test('?embed=funding shows the chart with its title and source and nothing else', async ({ page }) => {
    await page.goto('/?country=mali&years=2016,2017&embed=funding');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mali: U.S. CWD funding by agency and fiscal year');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByText(/^Source: /)).toBeVisible();
    await expect(page.getByText(/FY2016–FY2017/).first()).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open the full view in the CWD dashboard' })).toHaveAttribute('href', '?country=mali&years=2016,2017');
    await expectNoAxeViolations(page);
  });

  test('?view=overview&embed=ranking shows the ranking alone; an unknown chart says so', async ({ page }) => {
    await page.goto('/?view=overview&measure=fy2017&region=africa&embed=ranking');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('FY2017');
    await expect(page.getByText(/^Source: /)).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await page.goto('/?country=mali&embed=map');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mali: U.S. CWD funding by agency and fiscal year');
    await expect(page.getByRole('status')).toContainText('Ignored embed “map”');
  });
});
