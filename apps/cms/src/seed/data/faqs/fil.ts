import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: 'May kaugnayan ba ang trafficking sa karahasan sa tahanan?',
    answer: `Madalas, oo. Puwedeng gamitin ng trafficker ang parehong uri ng pagkontrol na ginagamit ng mapang-abusong partner o kapamilya. Maaaring kontrolin nila ang pera mo, ilayo ka sa mga kaibigan at pamilya, o magbanta. Kung pamilyar ito sa iyo, hindi ka nag-iisa, at hindi mo ito kasalanan.

Kung naabuso ka na dati, maaari ring mas mataas ang panganib na ma-traffic ka. Madalas, naghahanap ang mga nananakit ng taong nasasaktan na. Tungkol ito sa kanila, hindi tungkol sa iyo.

May tulong para sa dalawa. Kung gusto mong may makausap, bukas 24/7 ang **National Domestic Violence Hotline**: tumawag sa 1-800-799-7233 (TTY 1-800-787-3224).

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'child-sex-trafficking': {
    question: 'Ano ang child sex trafficking?',
    answer: `Ang child sex trafficking ay kapag may nagre-recruit, nagtatago, naglilipat, o kumukuha ng taong wala pang 18 taong gulang para gamitin sa commercial sex. Ang commercial sex ay sex kapalit ng pera o ng iba pang bagay na may halaga.

Hindi kailangang ipakita na may ginamit na dahas, panlilinlang, o pananakot. Hindi kayang pumayag ng isang bata rito, at hindi kailanman kasalanan ng bata. Mas mataas ang panganib para sa mga kabataang naglayas o nasa foster care.

Kung may nasa panganib ngayon, puwede kang tumawag sa 911. Para pag-usapan ito o humingi ng tulong, puwede mong kontakin ang **National Human Trafficking Hotline**: tumawag sa 1-888-373-7888 o mag-text sa 233733.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'recognizing-signs': {
    question: 'Paano ko malalaman kung baka may tao na na-traffic?',
    answer: `Ilang palatandaan na puwedeng mapansin:

- pagliban sa paaralan nang walang malinaw na dahilan
- biglang pagbabago sa itsura o kilos
- mga palatandaan ng pisikal na pang-aabuso
- paglayo sa pamilya at mga kaibigan

Ang isang palatandaan ay hindi patunay. Maraming bagay ang puwedeng magdulot ng ganitong mga pagbabago. Kung nag-aalala ka, puwede mo itong pag-usapan sa National Human Trafficking Hotline sa 1-888-373-7888. Matutulungan ka nilang pag-isipan ang susunod na gagawin.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'psychological-harm': {
    question: 'Puwede ba akong maapektuhan nang matagal ng nangyari sa akin?',
    answer: `Puwede. Maraming survivor ang nakararanas ng depresyon, pagkabalisa, post-traumatic stress (PTSD), o dissociation, na parang pakiramdam na manhid o malayo sa sarili. Karaniwang reaksyon ang mga ito sa isang bagay na hindi dapat nangyari. Hindi ito tanda ng kahinaan.

Nakatutulong ang suporta, at posible ang paggaling. Puwede itong tumagal, at ikaw ang pipili kung anong klaseng tulong ang tama para sa iyo.

Kung nasa krisis ka o naiisip mong saktan ang sarili mo, puwede kang tumawag o mag-text sa **988**, ang Suicide and Crisis Lifeline. Bukas ito 24/7.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'hotline-immigration-police': {
    question: 'Kung tatawag ako sa hotline, malalaman ba ito ng pulis o ng immigration?',
    answer: `Ang National Human Trafficking Hotline ay pinatatakbo ng Polaris. Kumpidensyal ito at bukas 24/7. **Hindi** ito pulis at **hindi** ito immigration.

Ikaw ang pipili kung ano ang ibabahagi mo. Hindi mo kailangang magbigay ng detalyeng hindi ka pa handang sabihin. Nagsasalita ng English at Spanish ang staff, at may mga interpreter para sa mahigit 200 wika.

- tumawag sa 1-888-373-7888
- mag-text sa 233733
- TTY 711

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'police-report-compensation': {
    question: 'Kailangan ko ba ng police report para mag-apply ng kompensasyon?',
    answer: `Hindi palagi. Kung trafficking survivor ka, hindi puwedeng tanggihan ng California Victim Compensation Board (CalVCB) ang claim mo dahil lang walang police report.

Puwedeng gamitin ang ibang papeles, gaya ng pahayag mula sa isang caseworker, ang mga dokumento ng visa mo, o mga medical record. Ikaw ang magpapasya kung pupunta ka sa pulis.

Puwede kang magtanong sa CalVCB tungkol sa claim mo: tumawag sa 1-800-777-9229 o bisitahin ang [victims.ca.gov](https://victims.ca.gov).

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'compensation-deadline': {
    question: 'Gaano katagal ang mayroon ako para mag-apply ng kompensasyon o magsampa ng kaso?',
    answer: `Sa California Victim Compensation Board (CalVCB), mayroon kang 7 taon para mag-apply. Kung wala ka pang 18 noon, puwede kang mag-apply hanggang sa ika-28 mong kaarawan.

Ang civil na kaso, kung saan hinihiling mo sa korte na pagbayarin ang trafficker, ay may sariling mga deadline:

- **Cal. Civ. Code § 52.5:** 7 taon matapos magwakas ang trafficking, o 10 taon matapos kang mag-18 kung menor de edad ka noon.
- **18 U.S.C. § 1595:** 10 taon, o 10 taon matapos kang mag-18.

Puwedeng maging komplikado ang mga deadline, kaya makatutulong na kumausap agad ng abogado. May libreng legal aid sa county mo sa [LawHelpCA](https://www.lawhelpca.org).

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'quick-exit-history': {
    question: 'Binubura ba ng Mabilis na pag-alis ang browsing history ko?',
    answer: `Hindi. Mabilis kang inaalis ng **Mabilis na pag-alis** sa site na ito. Pinapalitan din nito ang kasalukuyang pahina sa history ng tab, kaya hindi ito lalabas kapag pinindot mo ang Back. Pero ang mga pahinang binuksan mo bago iyon ay maaaring nasa browsing history mo pa rin.

Ilang puwede mong gawin, kung akma sa sitwasyon mo:

- Burahin ang isa-isang entry ng site na ito sa history. Ang pagbura ng lahat ay puwede ring mapansin.
- Gumamit ng private browsing.
- Gumamit ng device na hindi maaabot ng taong nananakit sa iyo.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
};
