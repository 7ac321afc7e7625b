import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Steps for survivors and for loved ones',
  slug: 'steps-for-survivors',
  summary:
    'There is no single right way to move forward. These steps can help survivors find support and legal options, and help loved ones offer support without pressure.',
  body: `## For survivors

You decide what happens next, and you can go at your own pace. These steps are options, not a checklist.

### 1. Reach out for help

- **National Human Trafficking Hotline:** call 1-888-373-7888 or text 233733, 24 hours a day. It is confidential, and it is not law enforcement or immigration.
- **In Los Angeles County:** the Coalition to Abolish Slavery and Trafficking (CAST) answers 24 hours a day at 1-888-539-2373.
- **If you are in crisis or thinking about suicide:** call or text 988.
- **If you are in danger right now:** call 911.

### 2. Use support services

Support can include medical and dental care, counseling, and help finding a safer place to live. The California Victim Compensation Board (CalVCB) may help pay for costs like these. You can call CalVCB at 1-800-777-9229 or visit [victims.ca.gov](https://victims.ca.gov).

### 3. Explore your legal options

You may have rights you did not know about. For example, you may be able to:

- Get compensation for your losses
- Sue the trafficker, or a business that knowingly benefited, under California Civil Code § 52.5 or federal law (18 U.S.C. § 1595)
- Ask a court to clear convictions that were a direct result of being trafficked, under California Penal Code § 236.14

The Women's Rights Group offers survivors a free legal consultation, 24 hours a day, at (844) 240-4967. You can also find free legal aid in your county at [LawHelpCA](https://www.lawhelpca.org).

### 4. Decide about law enforcement

Working with the police is your choice. The hotline is not law enforcement or immigration. A CalVCB claim cannot be denied only because there is no police report.

## For family and friends

If you care about someone who may be in a trafficking situation, your support can make a real difference.

### Learn the signs

Some signs to watch for:

- Missing school with no clear reason
- Sudden changes in how they look or act
- Signs of physical abuse
- Pulling away from family and friends

These signs do not always mean trafficking, but they are a reason to check in gently.

### Offer support without pressure

- Listen without judging or blaming.
- Let them know you believe them and care about them.
- Let them make their own choices, even when that is hard to watch.
- Be patient. Leaving can take time.

### Connect them to services

You can share the hotline number, or call the hotline yourself if you are worried about someone. If someone is in danger right now, call 911.

## Take care of yourself too

Supporting someone through this is hard. It is okay to ask for support for yourself as well.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
  seoTitle: 'Steps for trafficking survivors and loved ones',
  seoDescription:
    'Steps survivors of trafficking in California can take to find help and legal options, and how family and friends can offer support without pressure.',
  translationStatus: 'original',
} satisfies SeedArticleText;
