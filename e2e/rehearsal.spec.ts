/**
 * Rehearse: 排练 in the presenter view records the time on each slide; stopping stores the times with
 * the deck; after a reload the presenter view shows rehearsed against actual per slide and paces the talk
 * on the rehearsed times.
 */
import { getDeck } from '../src/main/store/decks';
import { rehearsalTimes } from '../src/main/store/rehearsals';
import { expect, test } from './fixtures';
import { counter } from './helpers';

const SHOTS = '/tmp/h6shots';

test('rehearsal times are stored with the deck and shown after a reload', async ({ page, app }) => {
  const deck = getDeck(app.store.db, 1)!;
  const n = deck.slides.length;
  const t0 = new Date('2026-03-02T09:30:00+08:00').getTime();
  await page.clock.install({ time: t0 });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open(page, '/presenter');
  await page.clock.pauseAt(t0 + 5_000);
  await expect(counter(page)).toHaveText(`1 / ${n}`);

  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsing')).toBeVisible();
  await page.clock.runFor(30_000);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${n}`);
  await page.clock.runFor(45_000);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`3 / ${n}`);
  await page.clock.runFor(20_000);
  // While recording, the list shows this run's time per slide.
  await expect(page.locator('[data-slide-times="2"] [data-actual]')).toHaveText('00:45');
  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsing')).toHaveCount(0);

  // Stored with the deck, in the database.
  await expect
    .poll(() => rehearsalTimes(app.store.db, deck.id))
    .toEqual([
      { slideId: deck.slides[0]!.id, ms: 30_000 },
      { slideId: deck.slides[1]!.id, ms: 45_000 },
      { slideId: deck.slides[2]!.id, ms: 20_000 },
    ]);

  // After a reload: rehearsed times per slide, and this talk's beside them.
  await page.reload();
  await expect(counter(page)).toHaveText(`3 / ${n}`);
  await expect(page.locator('[data-slide-times="1"] [data-planned]')).toHaveText('00:30');
  await expect(page.locator('[data-slide-times="2"] [data-planned]')).toHaveText('00:45');
  await expect(page.locator('[data-slide-times="3"] [data-planned]')).toHaveText('00:20');
  await expect(page.locator('[data-slide-times="4"] [data-planned]')).toHaveText('—');

  // The pace uses those times: 10 s into the talk on slide 3, where the rehearsal was at 1:15, is ahead
  // (no planned length set: pacing on slide counts alone would show nothing).
  await page.getByTestId('timer-reset').click();
  await page.getByTestId('timer-toggle').click();
  await page.clock.runFor(10_000);
  await expect(page.getByTestId('pace')).toHaveAttribute('data-state', 'ahead');
  await expect(page.getByTestId('pace')).toHaveText('提前 1 分钟');
  await expect(page.locator('[data-slide-times="3"] [data-actual]')).toHaveText('00:10');
  await page.screenshot({ path: `${SHOTS}/presenter-rehearsed-1920x1080.png` });
});
