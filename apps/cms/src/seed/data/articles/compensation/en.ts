import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Getting compensation as a survivor in California',
  slug: 'getting-compensation',
  summary:
    'If you survived sex trafficking in California, you may be able to get money to help you recover. This guide explains the state compensation program, restitution and civil lawsuits.',
  body: `## You have options

What happened to you was not your fault. Many survivors face costs because of what they went through, such as medical bills, counseling or lost work. In California, there are three main ways to ask for money to help with those costs:

- A claim with the California Victim Compensation Board (CalVCB)
- Restitution in a criminal case
- A civil lawsuit against the people who harmed you

You can use more than one of these. You can also take your time and choose what feels right for you.

## What compensation can cover

Depending on the path you choose, compensation can help pay for:

- Medical and dental care
- Therapy and counseling
- Income you lost
- Job training or school
- Moving to a safer place, and housing

## The state program: CalVCB

CalVCB pays for costs that no other source, such as insurance, will cover. This is called being the "payer of last resort." It can pay for medical and dental care, mental health treatment, lost income, job retraining, moving, home security and more. It does not pay for pain and suffering.

Some points for survivors of trafficking:

- **Lost income:** up to $10,000 a year, for up to two years, for applications made on or after January 1, 2020. These limits are correct as of November 2026 — check with the program.
- **Time to apply:** in general, you have 7 years to apply. If you were under 18, you can apply until your 28th birthday. CalVCB can tell you how this applies to you.
- **No police report needed:** your claim cannot be denied only because there is no police report. A statement from a caseworker, visa documents or medical records can be used instead.

You can reach CalVCB at 1-800-777-9229, by email at info@victims.ca.gov, or at [victims.ca.gov](https://victims.ca.gov).

## Restitution in a criminal case

If the person who trafficked you is found guilty in criminal court, the judge can order them to pay you back for your losses. This is called restitution. If there is a criminal case, you can ask the people handling it how restitution works.

## A civil lawsuit

You can also sue in civil court. A civil case is separate from any criminal case. It usually needs to show:

- The trafficker used force, fraud or coercion (threats or pressure)
- A direct link between what the trafficker did and the harm you suffered

You may be able to sue:

- The traffickers
- Businesses that knowingly benefited from the trafficking
- Other people who took part

There are time limits for a lawsuit. Our article on suing a trafficker explains the laws and deadlines.

## Where to get help

- **National Human Trafficking Hotline:** call 1-888-373-7888 or text 233733, 24 hours a day. It is confidential, and it is not law enforcement or immigration.
- **Free legal help:** find legal aid in your county at [LawHelpCA](https://www.lawhelpca.org). The Women's Rights Group offers survivors a free legal consultation at (844) 240-4967.
- **If you are in danger right now:** call 911.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
  seoTitle: 'Compensation for trafficking survivors in California',
  seoDescription:
    'What compensation can cover for sex trafficking survivors in California: the CalVCB program, restitution, civil lawsuits and where to get free help.',
  translationStatus: 'original',
} satisfies SeedArticleText;
