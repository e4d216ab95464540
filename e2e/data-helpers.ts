/** Page helpers for the data view specs (e2e/data*.spec.ts). */
import { expect, type Locator, type Page } from '@playwright/test';

export const dataView = (page: Page): Locator => page.getByTestId('data-view');
export const editForm = (page: Page): Locator => page.getByTestId('edit-form');
export const history = (page: Page): Locator => page.getByTestId('history');
export const checks = (page: Page): Locator => page.getByTestId('checks');

/** Switch views with the view switcher, by keyboard (in the deck its bar shows while a control has focus). */
export async function switchView(page: Page, view: 'deck' | 'overview' | 'source' | 'data' | 'editor'): Promise<void> {
  const button = page.locator(`button[data-view="${view}"]`);
  await button.focus();
  await button.press('Enter');
}

export async function openData(page: Page): Promise<void> {
  await switchView(page, 'data');
  await expect(dataView(page)).toBeVisible();
}

/** Search for a figure by its label and select its row. */
export async function selectFigure(page: Page, label: string): Promise<void> {
  await dataView(page).getByRole('searchbox').fill(label);
  await page.getByTestId('figure-table').getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByTestId('figure-detail').getByRole('heading', { level: 2 })).toContainText(label);
}

/** Fill the edit form's value and reason and save. */
export async function correct(page: Page, value: string, reason: string): Promise<void> {
  const form = editForm(page);
  await form.getByLabel('数值', { exact: true }).fill(value);
  await form.getByLabel('修改原因（必填）').fill(reason);
  await form.getByRole('button', { name: '保存更正' }).click();
}

/** The history entry of the newest edit of `label` (history is newest first). */
export const newestEntry = (page: Page, label: string): Locator =>
  history(page)
    .locator('li')
    .filter({ has: page.getByRole('button', { name: label, exact: true }) })
    .first();
