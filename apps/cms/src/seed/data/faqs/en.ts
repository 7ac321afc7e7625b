import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: "Is trafficking connected to domestic violence?",
    answer: `Often, yes. Traffickers and abusive partners or family members tend to use the same kinds of control. They may take charge of your money, cut you off from friends and family, make threats, or make you feel that you owe them. If this sounds familiar, you are not alone, and it is not your fault.

Having been abused before can also make a person more likely to be targeted by a trafficker. People who hurt others look for someone who is already hurting or has no safe place to go. That says something about them, not about you.

You can talk it through with someone, whatever you decide to do next:

- **National Domestic Violence Hotline:** call 1-800-799-7233 (TTY 1-800-787-3224), 24 hours a day, or visit [thehotline.org](https://www.thehotline.org).
- **National Human Trafficking Hotline:** call 1-888-373-7888 or text 233733, 24 hours a day.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
  'psychological-harm': {
    question: "Can what happened to me affect my mind and feelings for a long time?",
    answer: `It can. Many survivors live with depression, anxiety or post-traumatic stress (PTSD) long after the trafficking ends. Some have moments of dissociation: feeling numb, far away, or cut off from their body or surroundings. These are common reactions to something that should never have happened. They are not a sign of weakness.

Support helps, and healing can take its own time. Some people find a counselor or therapist who understands trauma. Others start with a support group or a hotline. In California, the Victim Compensation Board (CalVCB) can help pay for mental health treatment. You can call them at 1-800-777-9229 or visit [victims.ca.gov](https://victims.ca.gov).

If you ever feel like you might hurt yourself, or you are in a crisis, you can call or text **988** at any hour. If you are in danger right now, call 911.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
  'child-sex-trafficking': {
    question: "What is child sex trafficking?",
    answer: `Child sex trafficking is when someone recruits, hides, moves or gets a person under 18 so that they are used for commercial sex. "Commercial sex" means sex in exchange for money or anything else of value, such as food, a place to stay or gifts.

A child is never to blame for being trafficked. This is true even if the child seemed to go along with it, or if the person involved is a boyfriend, girlfriend or family member.

Young people who have run away from home or who live in foster care face a higher risk. Traffickers may offer them what they are missing, like a place to sleep, attention or a sense of belonging.

If you are worried about a child, or about yourself, you can call the National Human Trafficking Hotline at 1-888-373-7888 or text 233733, 24 hours a day. If someone is in danger right now, call 911.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
  'recognizing-signs': {
    question: "How can I tell if someone I care about is being trafficked?",
    answer: `There is no single sign, and a sign on its own does not prove anything. Some things to notice:

- missing school or other places often, without a clear reason
- sudden changes in how they look or act
- signs of physical abuse, such as injuries they cannot or will not explain
- pulling away from family and friends

If you notice these things, you can stay close and let the person know you care, without pushing them to talk. Being a steady, caring person in their life can matter a lot.

You do not have to work this out alone. The National Human Trafficking Hotline (1-888-373-7888, text 233733) can help you think about next steps, 24 hours a day. If someone is in danger right now, call 911.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
  'police-report-compensation': {
    question: "Do I need a police report to apply for victim compensation?",
    answer: `No, not always. For survivors of human trafficking, the California Victim Compensation Board (CalVCB) cannot deny your claim only because there is no police report.

Other papers can help show what happened to you, for example:

- a statement from a caseworker
- your visa documents
- medical records

Whether you go to the police is your choice. To ask questions about applying, you can call CalVCB at 1-800-777-9229, email info@victims.ca.gov, or visit [victims.ca.gov](https://victims.ca.gov).

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
  'compensation-deadline': {
    question: "How long do I have to apply for compensation?",
    answer: `For the California Victim Compensation Board (CalVCB), you generally have 7 years to apply. If you were under 18, you can apply until your 28th birthday. If you are not sure whether you are still in time, you can call CalVCB at 1-800-777-9229 and ask.

A civil lawsuit, where you ask a court to make the trafficker or others pay you, has its own deadlines:

- **California law ([Civil Code § 52.5](https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=52.5)):** 7 years after the trafficking ends. If you were a minor, you have until 10 years after you turn 18.
- **Federal law ([18 U.S.C. § 1595](https://www.law.cornell.edu/uscode/text/18/1595)):** 10 years. If you were a minor, you have until 10 years after you turn 18.

Deadlines can be hard to figure out on your own, so it can help to talk with a lawyer early. You can find free legal aid near you at [lawhelpca.org](https://www.lawhelpca.org).

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
  'hotline-immigration-police': {
    question: "If I call the trafficking hotline, will the police or immigration find out?",
    answer: `The National Human Trafficking Hotline is confidential. It is not the police, and it is not immigration. It is run by Polaris, an organization that helps survivors.

You choose what to share. You do not have to give any detail you are not ready to give, and you can ask the person you talk with how they keep your information private. Deciding whether to work with law enforcement is up to you, now and later.

You can reach the hotline 24 hours a day:

- call 1-888-373-7888 (TTY 711)
- text 233733
- email help@humantraffickinghotline.org
- visit [humantraffickinghotline.org](https://humantraffickinghotline.org)

Staff speak English and Spanish, and interpreters are available in more than 200 languages.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
  'quick-exit-history': {
    question: "Does Quick exit erase my browsing history?",
    answer: `No. Quick exit takes you away from this site to a neutral website right away. You can tap the button, or press the Shift key three times. It also replaces the page you were on in that tab's history, so pressing Back does not bring it up. But it does not erase your history. Other pages of this site that you opened earlier can still show up.

Some things you can do:

- **Delete single entries.** Open your browser's history and remove only the pages from this site. A history that is suddenly empty may be noticed.
- **Use private browsing.** A private window (Incognito or InPrivate in some browsers) does not keep pages in your history once you close it. Close every private window when you are done.
- **Use a safer device.** A phone or computer that the person hurting you cannot reach or check is the safest choice, such as a library computer or a trusted friend's phone.

None of these steps can hide your visit from monitoring software on your device. You know your situation best, so choose what fits your life.

This is general information, not legal advice. For advice about your own situation, you can talk with a lawyer.`,
    translationStatus: 'original',
  },
};
