import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: 'May kaugnayan ba ang human trafficking sa karahasan sa tahanan?',
    answer: `Madalas, oo. Ang mga trafficker at ang mapang-abusong partner o kapamilya ay kadalasang gumagamit ng parehong paraan ng pagkontrol: hawak nila ang pera mo, inilalayo ka sa mga kaibigan at pamilya, nagbabanta, o pinaparamdam na may utang ka sa kanila. Kung pamilyar ito sa iyo, hindi ka nag-iisa, at hindi mo ito kasalanan.

Ang naabuso na dati ay maaari ring mas madaling puntiryahin ng trafficker. Ito ay tungkol sa nananakit, hindi tungkol sa iyo.

Puwede kang makipag-usap sa isang tao, anuman ang pasya mo:

- **National Domestic Violence Hotline:** tumawag sa 1-800-799-7233 (TTY 1-800-787-3224), 24 oras, o bisitahin ang [thehotline.org](https://www.thehotline.org).
- **National Human Trafficking Hotline:** tumawag sa 1-888-373-7888 o mag-text sa 233733, 24 oras.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'psychological-harm': {
    question: 'Puwede bang maapektuhan nang matagal ang isip at damdamin ko dahil sa nangyari?',
    answer: `Maaari. Maraming survivor ang nakararanas ng depresyon, pagkabalisa, o post-traumatic stress (PTSD) kahit matagal nang natapos ang trafficking. May mga nakararanas ng dissociation: pakiramdam na manhid, malayo, o hiwalay sa sariling katawan. Karaniwang reaksyon ang mga ito, hindi tanda ng kahinaan.

Nakatutulong ang suporta, at may sariling panahon ang paggaling. May mga humahanap ng counselor na nakauunawa sa trauma; ang iba ay nagsisimula sa support group o hotline. Sa California, makatutulong ang California Victim Compensation Board (CalVCB) sa gastos ng mental health treatment: 1-800-777-9229, [victims.ca.gov](https://victims.ca.gov).

Kung pakiramdam mo ay baka masaktan mo ang sarili mo, o nasa krisis ka, puwede kang tumawag o mag-text sa **988** anumang oras. Kung nasa panganib ka ngayon, tumawag sa 911.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'child-sex-trafficking': {
    question: 'Ano ang child sex trafficking?',
    answer: `Ito ay kapag may nagre-recruit, nagtatago, naglilipat, o kumukuha ng taong wala pang 18 taong gulang para gamitin sa commercial sex, ibig sabihin, sex kapalit ng pera o anumang may halaga, gaya ng pagkain, matutuluyan, o regalo.

Hindi kailanman kasalanan ng bata ang ma-traffic, kahit mukhang pumayag siya o kahit kasintahan o kapamilya ang sangkot.

Mas mataas ang panganib para sa mga kabataang naglayas o nasa foster care. Maaaring ialok ng trafficker ang kulang sa kanila: matutulugan, atensyon, o pakiramdam na kabilang sila.

Kung nag-aalala ka para sa isang bata, o para sa sarili mo, puwede kang tumawag sa National Human Trafficking Hotline sa 1-888-373-7888 o mag-text sa 233733, 24 oras. Kung may nasa panganib ngayon, tumawag sa 911.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'recognizing-signs': {
    question: 'Paano ko makikilala ang mga palatandaan?',
    answer: `Ilang palatandaan na maaaring nasa panganib ang isang tao:

- hindi maipaliwanag na pagliban sa paaralan;
- biglang pagbabago sa itsura o kilos;
- mga palatandaan ng pisikal na pang-aabuso;
- paglayo sa pamilya at mga kaibigan.

Ang palatandaan ay hindi patunay. Kung nag-aalala ka, puwede mo itong pag-usapan sa National Human Trafficking Hotline sa 1-888-373-7888, kahit hindi ka sigurado kung ano ang nangyayari.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'police-report-compensation': {
    question: 'Kailangan ko ba ng police report para mag-apply ng kabayaran?',
    answer: `Hindi palagi. Hindi puwedeng tanggihan ng California Victim Compensation Board (CalVCB) ang aplikasyon ng isang trafficking survivor dahil lang walang police report.

Puwedeng gamitin ang ibang dokumento, halimbawa:

- pahayag ng iyong caseworker;
- mga dokumento ng visa;
- mga medical record.

Puwede kang tumawag sa CalVCB sa 1-800-777-9229 o bisitahin ang [victims.ca.gov](https://victims.ca.gov) para itanong kung aling dokumento ang puwede sa kaso mo.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'compensation-deadline': {
    question: 'Gaano katagal ang mayroon ako para mag-apply o magsampa ng kaso?',
    answer: `Depende sa gusto mong gawin:

- **CalVCB (kabayaran para sa biktima):** karaniwang sa loob ng 7 taon; kung menor de edad, hanggang sa ika-28 kaarawan.
- **Civil na kaso sa ilalim ng California Civil Code § 52.5:** 7 taon matapos ang trafficking, o 10 taon matapos mag-18 kung menor de edad noon.
- **Civil na kaso sa ilalim ng pederal na batas 18 U.S.C. § 1595:** 10 taon, o 10 taon matapos mag-18.

Puwedeng maging komplikado ang mga deadline. Kung kaya mo, kumausap agad ng abogado; may libreng legal aid sa bawat county sa [LawHelpCA](https://www.lawhelpca.org).

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'hotline-immigration-police': {
    question: 'Kung tatawag ako sa hotline, malalaman ba ito ng pulis o ng immigration?',
    answer: `Kumpidensyal ang National Human Trafficking Hotline, na pinatatakbo ng Polaris, at hindi ito pulis o immigration. Ikaw ang magpapasya kung ano ang ibabahagi mo.

Bukas ito 24 oras, sa English at Spanish, at may interpreter para sa mahigit 200 wika:

- tumawag sa 1-888-373-7888;
- mag-text sa 233733;
- TTY: 711.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
  'quick-exit-history': {
    question: 'Binubura ba ng Mabilis na Pag-alis ang history ko?',
    answer: `Hindi. Ang **Mabilis na Pag-alis** ay agad na naglalabas sa iyo sa site na ito at pinapalitan ang kasalukuyang page sa history ng tab, kaya hindi ka babalik dito kapag pinindot ang Back. Pero ang mga page na binisita mo bago iyon ay maaaring nasa browser history pa rin.

Mga puwedeng makatulong:

- burahin lang ang mga entry ng site na ito sa history, sa halip na burahin lahat (baka mapansin kung burado ang lahat);
- gumamit ng private o incognito browsing;
- gumamit ng phone o computer na hindi maaabot ng nananakit sa iyo.

Ito ay pangkalahatang impormasyon, hindi legal na payo.`,
    translationStatus: 'draft_translation',
  },
};
