import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Clearing your record after trafficking',
  slug: 'clearing-your-record',
  summary:
    'If you were convicted of a crime because you were being trafficked, California law lets you ask a court to cancel that conviction. Here is how it works.',
  body: `## Why this matters

People who are trafficked are sometimes made to do things that are against the law. Later, a criminal record can make it harder to find a job, a home or a place in school. California law offers a way to ask for a fresh start.

## What the law says

[California Penal Code § 236.14](https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=236.14) lets a survivor ask the court to **vacate** a conviction. To vacate means the court cancels, or sets aside, the conviction.

The law covers convictions that:

- Were for **nonviolent** offenses, and
- Happened as a **direct result** of being trafficked

## When you can ask

You can ask at any time after you are no longer a victim of trafficking. You do not have to be ready right away. Some people ask soon after they leave. Others wait until they feel safe and settled. The choice is yours.

## What the process can look like

Every case is different, but many people take steps like these:

1. **Talk with a lawyer or a legal aid office.** They can tell you which convictions may qualify.
2. **Gather what you have.** This can include court papers about the conviction. A lawyer can tell you what else may help.
3. **File a request with the court.** A lawyer can prepare it with you.
4. **Wait for the court to decide.** The court looks at your request and decides whether to vacate the conviction.

You do not have to do this alone. You can ask someone you trust, such as an advocate or a friend, to help you through it.

## Questions you may have

- **What if I have more than one conviction?** A lawyer can look at each one with you.
- **Does this cost money?** Free legal aid may be available. See the list below.

## Where to get help

- **Free legal aid:** find help in your county at [LawHelpCA](https://www.lawhelpca.org).
- **Court forms and guides:** visit [California Courts Self-Help](https://selfhelp.courts.ca.gov).
- **Women's Rights Group:** a free legal consultation for survivors in California, 24 hours a day, at (844) 240-4967.
- **National Human Trafficking Hotline:** call 1-888-373-7888 or text 233733, 24 hours a day. It is confidential, and it is not law enforcement or immigration.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
  seoTitle: 'Clearing your record: vacatur for survivors in CA',
  seoDescription:
    'Under Cal. Penal Code § 236.14, survivors can ask a court to vacate nonviolent convictions that were a direct result of being trafficked.',
  translationStatus: 'original',
} satisfies SeedArticleText;
