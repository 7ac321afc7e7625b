import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: 'Is trafficking linked to domestic violence?',
    answer: `Often, yes. Traffickers can use the same kinds of control as an abusive partner or family member. They may control your money, keep you away from friends and family, or make threats. If this sounds familiar, you are not alone, and it is not your fault.

Having been abused before can also raise the risk of being trafficked. People who cause harm often look for someone who is already hurting. That says something about them, not about you.

Support exists for both. If you want to talk, the **National Domestic Violence Hotline** is open 24/7: call 1-800-799-7233 (TTY 1-800-787-3224).

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
  'child-sex-trafficking': {
    question: 'What is child sex trafficking?',
    answer: `Child sex trafficking is when someone recruits, hides, moves or gets a person under 18 so they can be used for commercial sex. Commercial sex means sex in exchange for money or something else of value.

No one has to show that force, tricks or threats were used. A child cannot consent to this, and a child is never to blame. Young people who have run away from home or live in foster care are at higher risk.

If someone is in danger right now, you can call 911. To talk it through or get help, you can reach the **National Human Trafficking Hotline**: call 1-888-373-7888 or text 233733.

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
  'recognizing-signs': {
    question: 'How can I tell if someone might be trafficked?',
    answer: `Some signs to notice:

- missing school without a clear reason
- sudden changes in how they look or act
- signs of physical abuse
- pulling away from family and friends

A sign on its own is not proof. Many things can cause these changes. If you are worried, you can talk it through with the National Human Trafficking Hotline at 1-888-373-7888. They can help you think about what to do next.

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
  'psychological-harm': {
    question: 'Can what happened to me affect me for a long time?',
    answer: `It can. Many survivors live with depression, anxiety, post-traumatic stress (PTSD) or dissociation, which can feel like being numb or far away from yourself. These are common reactions to something that should never have happened. They are not a sign of weakness.

Support helps, and healing is possible. It can take its own time, and you get to choose what kind of help feels right for you.

If you are in crisis or thinking about hurting yourself, you can call or text **988**, the Suicide and Crisis Lifeline. It is open 24/7.

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
  'hotline-immigration-police': {
    question: 'If I call the hotline, will the police or immigration find out?',
    answer: `The National Human Trafficking Hotline is run by Polaris. It is confidential and open 24/7. It is **not** the police and **not** immigration.

You choose what to share. You do not have to give any detail you are not ready to give. Staff speak English and Spanish, and interpreters can help in more than 200 languages.

- call 1-888-373-7888
- text 233733
- TTY 711

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
  'police-report-compensation': {
    question: 'Do I need a police report to apply for compensation?',
    answer: `Not always. If you are a trafficking survivor, the California Victim Compensation Board (CalVCB) cannot deny your claim only because there is no police report.

Other papers can be used instead, such as a statement from a caseworker, your visa documents, or medical records. Whether you go to the police is your choice.

You can ask CalVCB about your claim: call 1-800-777-9229 or visit [victims.ca.gov](https://victims.ca.gov).

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
  'compensation-deadline': {
    question: 'How long do I have to apply for compensation or to sue?',
    answer: `For the California Victim Compensation Board (CalVCB), you have 7 years to apply. If you were under 18, you can apply until your 28th birthday.

A civil lawsuit, where you ask a court to make the trafficker pay you, has its own deadlines:

- **Cal. Civ. Code § 52.5:** 7 years after the trafficking ends, or 10 years after you turn 18 if you were a minor.
- **18 U.S.C. § 1595:** 10 years, or 10 years after you turn 18.

Deadlines can be complex, so it can help to talk to a lawyer soon. You can find free legal aid in your county at [LawHelpCA](https://www.lawhelpca.org).

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
  'quick-exit-history': {
    question: 'Does Quick exit erase my browsing history?',
    answer: `No. Quick exit leaves this site fast. It also replaces the current page in the tab's history, so pressing Back does not bring it up. But pages you opened earlier may still be in your browsing history.

Some things you can do, if they fit your situation:

- Delete single history entries for this site. Clearing everything can itself be noticed.
- Use private browsing.
- Use a device the person hurting you cannot reach.

This is general information, not legal advice.`,
    translationStatus: 'original',
  },
};
