import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Staying safe online',
  slug: 'staying-safe-online',
  summary: 'Simple ways to lower the chance that someone finds out you visited this site, including what Quick exit can and cannot do.',
  body: `## Your safety comes first

If someone checks your phone or computer, looking for help online can feel risky. You know your situation best. The tips below can lower the risk, but none of them is perfect. Choose the ones that fit your life.

## What Quick exit does

Every page on this site has a **Quick exit** button.

- Tap or click it to leave this site at once and go to a neutral website.
- On a keyboard, you can also press the Shift key three times in a row. The page is hidden right away and a neutral website opens.
- The Shift shortcut also replaces the page you were on in the browser's history with the neutral website.
- The Quick exit button works even if JavaScript is turned off.

## What Quick exit does not do

- It does not erase your browsing history. Other pages of this site that you opened earlier can still show up in your history.
- Pressing the Back button may still bring up pages of this site that you visited before.
- It cannot hide your visit from someone who has put monitoring software on your device, or who can see your internet activity.

## Use private browsing

A private window (called Incognito or InPrivate in some browsers) does not keep the pages you visit in your history after you close it.

- Open a private window before you visit this site.
- Close every private window when you are done.
- Private browsing does not hide what you do from monitoring software, from a work or school network, or from your internet provider.

## Delete single entries, not all of your history

If your browsing history suddenly goes empty, a person who checks it may notice. Instead, you can remove only the pages from this site:

1. Open the history in your browser.
2. Find the pages from this site.
3. Delete just those entries.

Calls and text messages can show up on your phone too. After you contact a hotline, some people choose to delete that call or message from their phone's lists.

## Use a device the abuser cannot reach

The safest choice is a phone or computer that the person hurting you cannot use or check. For example, some people use a computer at a public library, or the phone of a friend they trust. If you think your own device is being watched, you can look for help on a different one.

## Where to get help

- **National Human Trafficking Hotline:** call 1-888-373-7888 or text 233733, 24 hours a day. It is confidential, and it is not law enforcement or immigration.
- **National Domestic Violence Hotline:** call 1-800-799-7233 (TTY 1-800-787-3224), 24 hours a day, or visit [thehotline.org](https://www.thehotline.org).
- **If you are in danger right now:** call 911.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
  seoTitle: 'Staying safe online: Quick exit and browser history',
  seoDescription:
    'What Quick exit does and cannot do, how private browsing helps, and how to remove single history entries or use a safer device.',
  translationStatus: 'original',
} satisfies SeedArticleText;
