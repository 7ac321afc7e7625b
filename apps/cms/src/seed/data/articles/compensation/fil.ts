import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Pagkuha ng kabayaran bilang survivor sa California',
  slug: 'pagkuha-ng-kabayaran',
  summary:
    'Kung nakaligtas ka sa sex trafficking sa California, maaaring makakuha ka ng pera na makatutulong sa iyong paggaling. Ipinapaliwanag ng gabay na ito ang programa ng estado para sa kabayaran, ang restitution, at ang mga kasong sibil.',
  body: `## May mga pagpipilian ka

Hindi mo kasalanan ang nangyari sa iyo. Maraming survivor ang may mga gastos dahil sa kanilang pinagdaanan, gaya ng bayarin sa doktor o ospital, counseling, o kitang nawala dahil hindi nakapagtrabaho. Sa California, may tatlong pangunahing paraan para humingi ng pera na makatutulong sa mga gastos na iyon:

- Claim sa California Victim Compensation Board (CalVCB)
- Restitution sa isang kasong kriminal
- Kasong sibil laban sa mga taong nanakit sa iyo

Maaari kang gumamit ng higit sa isa sa mga ito. Maaari ka ring maglaan ng oras at piliin ang sa tingin mo ay tama para sa iyo.

## Ano ang maaaring saklawin ng kabayaran

Depende sa daang pipiliin mo, makatutulong ang kabayaran sa pagbabayad ng:

- Pangangalagang medikal at dental
- Therapy at counseling
- Kitang nawala sa iyo
- Pagsasanay para sa trabaho o pag-aaral
- Paglipat sa mas ligtas na lugar, at pabahay

## Ang programa ng estado: CalVCB

Binabayaran ng CalVCB ang mga gastos na hindi sasagutin ng iba, gaya ng insurance. Kaya tinatawag itong "payer of last resort" o huling tagapagbayad. Maaari nitong bayaran ang pangangalagang medikal at dental, paggamot sa kalusugang pangkaisipan, nawalang kita, muling pagsasanay para sa trabaho, paglipat ng tirahan, seguridad ng bahay, at iba pa. Hindi nito binabayaran ang sakit at pagdurusa (pain and suffering).

Ilang mahalagang punto para sa mga survivor ng trafficking:

- **Nawalang kita:** hanggang $10,000 bawat taon, nang hanggang dalawang taon, para sa mga aplikasyong isinumite noong Enero 1, 2020 o pagkatapos nito. Tama ang mga limitasyong ito noong Nobyembre 2026 — makipag-ugnayan sa programa para matiyak.
- **Panahon para mag-apply:** sa pangkalahatan, mayroon kang 7 taon para mag-apply. Kung wala ka pang 18 taong gulang noon, maaari kang mag-apply hanggang sa iyong ika-28 kaarawan. Masasabi sa iyo ng CalVCB kung paano ito umaangkop sa iyo.
- **Hindi kailangan ng police report:** hindi maaaring tanggihan ang iyong claim dahil lang walang police report. Sa halip, maaaring gamitin ang pahayag ng isang caseworker, mga dokumento ng visa, o mga medical record.

Maaabot mo ang CalVCB sa 1-800-777-9229, sa email na info@victims.ca.gov, o sa [victims.ca.gov](https://victims.ca.gov).

## Restitution sa isang kasong kriminal

Kung mapatunayang nagkasala sa korteng kriminal ang taong nag-traffic sa iyo, maaaring iutos ng hukom na bayaran ka niya para sa iyong mga nawala. Tinatawag itong restitution. Kung may kasong kriminal, maaari mong itanong sa mga taong humahawak nito kung paano gumagana ang restitution.

## Kasong sibil

Maaari ka ring magdemanda sa korteng sibil. Hiwalay ang kasong sibil sa anumang kasong kriminal. Karaniwan, kailangan nitong ipakita na:

- Gumamit ang trafficker ng dahas, panloloko, o pamimilit (pagbabanta o panggigipit)
- May direktang kaugnayan ang ginawa ng trafficker at ang pinsalang dinanas mo

Maaaring maidemanda mo ang:

- Mga trafficker
- Mga negosyong nakinabang sa trafficking kahit alam nila ang nangyayari
- Iba pang taong nakilahok

May takdang panahon para magsampa ng demanda. Ipinapaliwanag ng aming artikulo tungkol sa pagdemanda sa trafficker ang mga batas at deadline.

## Saan makakakuha ng tulong

- **National Human Trafficking Hotline:** tumawag sa 1-888-373-7888 o mag-text sa 233733, 24 oras bawat araw. Kumpidensiyal ito, at hindi ito pulis o imigrasyon.
- **Libreng tulong legal:** maghanap ng legal aid sa iyong county sa [LawHelpCA](https://www.lawhelpca.org). Nag-aalok ang Women's Rights Group ng libreng legal na konsultasyon sa mga survivor sa (844) 240-4967.
- **Kung nasa panganib ka ngayon:** tumawag sa 911.

Ito ay pangkalahatang impormasyon, hindi legal na payo. Para sa payo tungkol sa iyong sariling sitwasyon, maaari kang makipag-usap sa isang abogado.`,
  seoTitle: 'Kabayaran para sa mga survivor ng trafficking sa California',
  seoDescription:
    'Ano ang saklaw ng kabayaran para sa survivor ng sex trafficking sa California: CalVCB, restitution, kasong sibil, at saan makakakuha ng libreng tulong.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
