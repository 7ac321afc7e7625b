import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Sex trafficking and human trafficking: what is the difference?',
  slug: 'sex-trafficking-vs-human-trafficking',
  summary:
    'Human trafficking is the larger crime, and sex trafficking is one kind of it. Learn what each term means and what the numbers in California show.',
  body: `## Human trafficking

Human trafficking means recruiting, moving, hiding or receiving people through force, fraud or coercion in order to exploit them.

- **Force** means violence or physical control.
- **Fraud** means lies, such as false promises of a job or a relationship.
- **Coercion** means threats or pressure, such as threats against someone's family.

Trafficking is about control, not about crossing a border. It can happen to anyone.

## Sex trafficking

Sex trafficking is one kind of human trafficking. It is trafficking where the exploitation is commercial sex, which means sex in exchange for money or something else of value.

## Labor trafficking

Labor trafficking is another kind of human trafficking. Here, people are forced to work. About one in five victims of labor trafficking work in private homes.

Some people are trafficked for both sex and labor.

## What the numbers show

According to the California Department of Justice, 1,656 human trafficking cases were reported in California in 2018:

- 1,226 involved sexual exploitation
- 110 involved both labor and sex trafficking
- 169 did not record the type of trafficking

Sex trafficking is also making up a larger share of cases over time. From 2015 to 2021, the share of trafficking cases that involved sex trafficking rose:

- In California, from 87% to 89%
- Across the United States, from 85% to 88%

The settings reported most often were pornography, massage parlors and hotels.

These numbers only count cases that were reported. Behind each number is a person.

## Why the words matter

The words can help you understand what happened and find the right kind of help. But you do not need to know the exact term for your experience to reach out. Whatever happened, you deserve support, and it was not your fault.

## Where to get help

The **National Human Trafficking Hotline** is confidential and open 24 hours a day. It is not law enforcement or immigration.

- Call 1-888-373-7888
- Text 233733
- TTY: 711
- Email help@humantraffickinghotline.org
- Visit [humantraffickinghotline.org](https://humantraffickinghotline.org)

Help is available in English and Spanish, and in more than 200 languages through interpreters.

If you are in danger right now, call 911.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
  seoTitle: 'Sex trafficking vs. human trafficking',
  seoDescription:
    'What human trafficking and sex trafficking mean, how they differ from labor trafficking, and what California data shows. Confidential help 24/7.',
  translationStatus: 'original',
} satisfies SeedArticleText;
