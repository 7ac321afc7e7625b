import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Pananatiling ligtas online',
  slug: 'kaligtasan-online',
  summary:
    'Mga simpleng paraan para mabawasan ang posibilidad na malaman ng iba na binisita mo ang site na ito, pati na kung ano ang kaya at hindi kaya ng Mabilis na Pag-alis.',
  body: `## Inuuna ang iyong kaligtasan

Kung may taong tumitingin sa iyong phone o computer, maaaring pakiramdam mo ay delikado ang maghanap ng tulong online. Ikaw ang pinakanakaaalam ng iyong sitwasyon. Makababawas ng panganib ang mga tip sa ibaba, pero wala sa mga ito ang perpekto. Piliin ang mga akma sa iyong buhay.

## Ano ang ginagawa ng Mabilis na Pag-alis

May button na **Mabilis na Pag-alis** sa bawat pahina ng site na ito.

- I-tap o i-click ito para agad na umalis sa site na ito at pumunta sa isang karaniwang website na walang kinalaman dito.
- Sa keyboard, maaari mo ring pindutin ang Shift key nang tatlong beses nang sunod-sunod. Agad na maitatago ang pahina at magbubukas ang isang karaniwang website.
- Pinapalitan din ng Shift shortcut ang pahinang tinitingnan mo sa history ng browser ng karaniwang website na iyon.
- Gumagana ang button na Mabilis na Pag-alis kahit naka-off ang JavaScript.

## Ang hindi ginagawa ng Mabilis na Pag-alis

- Hindi nito binubura ang iyong browsing history. Maaari pa ring lumabas sa iyong history ang ibang pahina ng site na ito na binuksan mo kanina.
- Kapag pinindot mo ang Back button, maaari pa ring lumabas ang mga pahina ng site na ito na binisita mo dati.
- Hindi nito maitatago ang iyong pagbisita sa taong naglagay ng monitoring software sa iyong device, o sa taong nakakakita ng iyong aktibidad sa internet.

## Gumamit ng private browsing

Ang private window (tinatawag na Incognito o InPrivate sa ilang browser) ay hindi nag-iiwan sa iyong history ng mga pahinang binisita mo kapag isinara mo na ito.

- Magbukas ng private window bago bisitahin ang site na ito.
- Isara ang lahat ng private window kapag tapos ka na.
- Hindi itinatago ng private browsing ang ginagawa mo mula sa monitoring software, mula sa network ng trabaho o paaralan, o mula sa iyong internet provider.

## Burahin ang ilang entry lang, hindi ang buong history

Kung biglang mawalan ng laman ang iyong browsing history, maaaring mapansin ito ng taong tumitingin dito. Sa halip, maaari mong alisin lamang ang mga pahina mula sa site na ito:

1. Buksan ang history sa iyong browser.
2. Hanapin ang mga pahina mula sa site na ito.
3. Burahin lamang ang mga entry na iyon.

Maaari ring makita sa iyong phone ang mga tawag at text message. Pagkatapos makipag-ugnayan sa isang hotline, pinipili ng ilang tao na burahin ang tawag o mensaheng iyon sa mga listahan ng kanilang phone.

## Gumamit ng device na hindi maaabot ng nang-aabuso

Ang pinakaligtas na pagpipilian ay isang phone o computer na hindi magagamit o matitingnan ng taong nananakit sa iyo. Halimbawa, may mga taong gumagamit ng computer sa pampublikong aklatan, o ng phone ng kaibigang pinagkakatiwalaan nila. Kung sa tingin mo ay binabantayan ang sarili mong device, maaari kang maghanap ng tulong gamit ang ibang device.

## Saan makakakuha ng tulong

- **National Human Trafficking Hotline:** tumawag sa 1-888-373-7888 o mag-text sa 233733, 24 oras bawat araw. Kumpidensiyal ito, at hindi ito pulis o imigrasyon.
- **National Domestic Violence Hotline:** tumawag sa 1-800-799-7233 (TTY 1-800-787-3224), 24 oras bawat araw, o bisitahin ang [thehotline.org](https://www.thehotline.org).
- **Kung nasa panganib ka ngayon:** tumawag sa 911.

Ito ay pangkalahatang impormasyon, hindi legal na payo. Para sa payo tungkol sa iyong sariling sitwasyon, maaari kang makipag-usap sa isang abogado.`,
  seoTitle: 'Kaligtasan online: Mabilis na Pag-alis at browser history',
  seoDescription:
    'Ano ang kaya at hindi kaya ng Mabilis na Pag-alis, ang tulong ng private browsing, at paano magbura ng ilang entry sa history o gumamit ng ibang device.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
