import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Suing a trafficker in civil court',
  slug: 'suing-a-trafficker',
  summary:
    'California and federal law let survivors sue the people and businesses behind their trafficking for money. Here is what each law offers and how long you have.',
  body: `## What a civil lawsuit is

A civil lawsuit is a case you bring to ask a court to order the people who harmed you to pay you. It is separate from any criminal case. Whether to sue is your choice, and a lawyer can help you decide.

A civil case usually needs to show:

- The trafficker used force, fraud or coercion (threats or pressure)
- A direct link between what they did and the harm you suffered

You may be able to sue the traffickers, businesses that knowingly benefited, and other people who took part.

## California law: Civil Code § 52.5

If you are a victim of trafficking as defined in California Penal Code § 236.1, you can sue under [Civil Code § 52.5](https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=52.5). You can ask the court for:

- **Actual and compensatory damages:** money for the losses and harm you suffered
- **Punitive damages:** extra money meant to punish the wrongdoer
- **Injunctive relief:** a court order that tells someone to do or stop doing something
- **Attorney's fees:** the cost of your lawyer

The court can award up to three times your actual damages, or $10,000, whichever is greater.

**Deadline:** 7 years after the trafficking ends. If you were a minor, you have until 10 years after you turn 18.

## Federal law: 18 U.S.C. § 1595

Under [18 U.S.C. § 1595](https://www.law.cornell.edu/uscode/text/18/1595), you can sue:

- The person who trafficked you
- Anyone who knowingly benefited from the trafficking, such as a business that made money from it

You can ask for damages and attorney's fees. If there is a related criminal case, the civil case is put on hold until the criminal case is over.

**Deadline:** 10 years. If you were a minor, you have until 10 years after you turn 18.

## Things to think about

- **Time:** a lawsuit can take a long time. You can ask a lawyer what to expect.
- **Deadlines:** talking to a lawyer early helps keep all of your options open.
- **Both laws:** depending on your situation, a lawyer may use the state law, the federal law or both.
- **Other help:** a lawsuit is not the only way to get money. The California Victim Compensation Board (CalVCB) can help pay for costs like counseling and lost income. Our article on compensation explains more.

## Where to get help

- **Women's Rights Group:** a free legal consultation for survivors in California, 24 hours a day, at (844) 240-4967.
- **Free legal aid:** find help in your county at [LawHelpCA](https://www.lawhelpca.org).
- **Coalition to Abolish Slavery and Trafficking (CAST):** Los Angeles County, 24 hours a day, at 1-888-539-2373.
- **National Human Trafficking Hotline:** call 1-888-373-7888 or text 233733, 24 hours a day. It is confidential, and it is not law enforcement or immigration.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
  seoTitle: 'Suing a trafficker: civil lawsuits in California',
  seoDescription:
    'How survivors can sue traffickers and businesses that profited under Cal. Civil Code § 52.5 and 18 U.S.C. § 1595, what you can ask for, and the deadlines.',
  translationStatus: 'original',
} satisfies SeedArticleText;
