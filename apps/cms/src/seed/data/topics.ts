import type { SeedTopic } from './types';

export const topics: SeedTopic[] = [
  {
    key: 'compensation',
    translations: {
      en: {
        name: 'Getting compensation',
        slug: 'getting-compensation',
        description:
          "Ways to get money that can help you recover: the state's victim compensation program, payments a judge orders in a criminal case, and civil lawsuits.",
        translationStatus: 'original',
      },
      es: {
        name: 'Cómo obtener una compensación',
        slug: 'obtener-compensacion',
        description:
          'Formas de recibir dinero que le ayude a recuperarse: el programa estatal de compensación para víctimas, los pagos que ordena un juez en un caso penal y las demandas civiles.',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '获得赔偿',
        slug: 'huode-peichang',
        description: '了解可以帮助您恢复生活的经济支持：州政府的受害者补偿计划、刑事案件中法官判令支付的赔偿，以及民事诉讼。',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '獲得賠償',
        slug: 'huode-peichang',
        description: '了解可以幫助您重建生活的經濟支援：州政府的被害人補償計畫、刑事案件中法官下令支付的賠償，以及民事訴訟。',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Nhận bồi thường',
        slug: 'nhan-boi-thuong',
        description:
          'Những cách nhận tiền để giúp bạn phục hồi: chương trình bồi thường cho nạn nhân của tiểu bang, khoản tiền thẩm phán buộc trả trong vụ án hình sự, và kiện dân sự.',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '보상 받기',
        slug: 'bosang-batgi',
        description:
          '회복에 도움이 되는 돈을 받는 방법을 알아봅니다. 주 정부의 범죄 피해자 보상 프로그램, 형사 재판에서 판사가 명령하는 배상금, 그리고 민사 소송이 있습니다.',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Pagkuha ng kabayaran',
        slug: 'pagkuha-ng-kabayaran',
        description:
          'Mga paraan para makakuha ng perang makatutulong sa iyong paggaling: ang programa ng estado para sa kabayaran ng mga biktima, ang bayad na iniuutos ng hukom sa kasong kriminal, at ang kasong sibil.',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'دریافت غرامت',
        slug: 'daryaft-gheramat',
        description:
          'راه‌هایی برای دریافت پولی که به بهبود شما کمک می‌کند: برنامهٔ ایالتی جبران خسارت قربانیان، پولی که قاضی در پروندهٔ کیفری دستور پرداختش را می‌دهد، و دعوای مدنی.',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'civil-lawsuits',
    translations: {
      en: {
        name: 'Civil lawsuits',
        slug: 'civil-lawsuits',
        description:
          'You can sue a trafficker, and others who knowingly profited, in civil court for the harm done to you. Learn which laws apply and how long you have to act.',
        translationStatus: 'original',
      },
      es: {
        name: 'Demandas civiles',
        slug: 'demandas-civiles',
        description:
          'Usted puede demandar en un tribunal civil al tratante, y a otras personas que se beneficiaron a sabiendas, por el daño que le causaron. Conozca qué leyes aplican y cuánto tiempo tiene para actuar.',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '民事诉讼',
        slug: 'minshi-susong',
        description:
          '您可以在民事法院起诉人口贩子，以及明知情况却从中获利的其他人，要求他们为您受到的伤害负责。了解适用哪些法律，以及您有多长时间采取行动。',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '民事訴訟',
        slug: 'minshi-susong',
        description:
          '您可以在民事法院控告人口販運者，以及明知情況卻從中獲利的其他人，要求他們為您所受的傷害負責。了解適用哪些法律，以及您有多少時間採取行動。',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Kiện dân sự',
        slug: 'kien-dan-su',
        description:
          'Bạn có thể kiện kẻ buôn người, và những người khác biết rõ mà vẫn hưởng lợi, ra tòa dân sự vì những tổn hại bạn đã chịu. Tìm hiểu luật nào áp dụng và bạn có bao nhiêu thời gian để hành động.',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '민사 소송',
        slug: 'minsa-sosong',
        description:
          '인신매매 가해자와, 알면서도 이익을 얻은 사람들을 상대로 민사 법원에 소송을 제기해 입은 피해에 대한 책임을 물을 수 있습니다. 어떤 법이 적용되는지, 언제까지 행동해야 하는지 알아보세요.',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Mga kasong sibil',
        slug: 'mga-kasong-sibil',
        description:
          'Maaari mong idemanda sa korteng sibil ang trafficker, at ang iba pang nakinabang kahit alam nila ang nangyayari, dahil sa pinsalang ginawa sa iyo. Alamin kung aling mga batas ang saklaw at kung gaano katagal ang mayroon ka para kumilos.',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'دعوای مدنی',
        slug: 'davaye-madani',
        description:
          'شما می‌توانید از قاچاقچی، و از کسانی که آگاهانه از این کار سود برده‌اند، برای آسیبی که به شما رسیده در دادگاه مدنی شکایت کنید. ببینید کدام قوانین شامل حال شما می‌شود و چه مدت فرصت دارید.',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'clearing-your-record',
    translations: {
      en: {
        name: 'Clearing your record',
        slug: 'clearing-your-record',
        description:
          'If you have a record for nonviolent crimes that happened because you were trafficked, you may be able to ask a court to clear it.',
        translationStatus: 'original',
      },
      es: {
        name: 'Limpiar sus antecedentes penales',
        slug: 'limpiar-antecedentes-penales',
        description:
          'Si tiene antecedentes por delitos no violentos que ocurrieron porque fue víctima de trata, es posible que pueda pedirle a un tribunal que los anule.',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '清除犯罪记录',
        slug: 'qingchu-fanzui-jilu',
        description: '如果您因为被人口贩运而留下了非暴力犯罪的记录，您也许可以请求法院撤销这些定罪。',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '清除犯罪紀錄',
        slug: 'qingchu-fanzui-jilu',
        description: '如果您因為遭到人口販運而留下非暴力犯罪的紀錄，您或許可以請求法院撤銷這些定罪。',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Xóa hồ sơ tiền án',
        slug: 'xoa-ho-so-tien-an',
        description: 'Nếu bạn có tiền án về những tội không bạo lực xảy ra vì bạn bị buôn bán, bạn có thể xin tòa xóa bỏ các bản án đó.',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '전과 기록 지우기',
        slug: 'jeongwa-girok-jiugi',
        description:
          '인신매매를 당했기 때문에 생긴 비폭력 범죄 전과가 있다면, 법원에 그 유죄 판결의 취소를 요청할 수 있는 경우가 있습니다.',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Paglilinis ng iyong rekord',
        slug: 'paglilinis-ng-rekord',
        description:
          'Kung may rekord ka ng mga krimeng hindi marahas na nangyari dahil ikaw ay na-traffic, maaari kang humiling sa korte na ipawalang-bisa ang mga hatol na ito.',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'پاک کردن سابقهٔ کیفری',
        slug: 'pak-kardan-sabeghe-keyfari',
        description:
          'اگر به‌خاطر جرم‌های غیرخشونت‌آمیزی که در نتیجهٔ قاچاق شدنتان رخ داده سابقهٔ کیفری دارید، شاید بتوانید از دادگاه بخواهید این محکومیت‌ها را باطل کند.',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'understanding-trafficking',
    translations: {
      en: {
        name: 'Understanding trafficking',
        slug: 'understanding-trafficking',
        description: 'What human trafficking and sex trafficking mean, how they are different, and signs that someone may need help.',
        translationStatus: 'original',
      },
      es: {
        name: 'Entender la trata de personas',
        slug: 'entender-trata-de-personas',
        description:
          'Qué son la trata de personas y la trata con fines sexuales, en qué se diferencian y qué señales pueden indicar que alguien necesita ayuda.',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '了解人口贩运',
        slug: 'liaojie-renkou-fanyun',
        description: '什么是人口贩运和性贩运，两者有什么区别，以及哪些迹象说明有人可能需要帮助。',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '認識人口販運',
        slug: 'renshi-renkou-fanyun',
        description: '什麼是人口販運和性販運、兩者有何不同，以及哪些跡象顯示有人可能需要幫助。',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Hiểu về nạn buôn người',
        slug: 'hieu-ve-nan-buon-nguoi',
        description:
          'Buôn người và buôn người vì mục đích tình dục là gì, khác nhau ra sao, và những dấu hiệu cho thấy ai đó có thể cần giúp đỡ.',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '인신매매 이해하기',
        slug: 'insinmaemae-ihaehagi',
        description: '인신매매와 성 착취 인신매매가 무엇인지, 어떻게 다른지, 그리고 누군가에게 도움이 필요할 수 있다는 신호를 알아봅니다.',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Pag-unawa sa trafficking',
        slug: 'pag-unawa-sa-trafficking',
        description:
          'Ano ang human trafficking at sex trafficking, paano sila nagkakaiba, at ang mga palatandaan na maaaring kailangan ng isang tao ng tulong.',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'شناخت قاچاق انسان',
        slug: 'shenakht-ghachagh-ensan',
        description: 'قاچاق انسان و قاچاق جنسی چیست، چه تفاوتی با هم دارند، و چه نشانه‌هایی ممکن است نشان دهد کسی به کمک نیاز دارد.',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'getting-help',
    translations: {
      en: {
        name: 'Getting help',
        slug: 'getting-help',
        description:
          'Hotlines, services and first steps for survivors and for the people who care about them. You decide what happens next, and how fast.',
        translationStatus: 'original',
      },
      es: {
        name: 'Cómo encontrar ayuda',
        slug: 'encontrar-ayuda',
        description:
          'Líneas de ayuda, servicios y primeros pasos para sobrevivientes y para quienes se preocupan por ellos. Usted decide qué pasa después y a qué ritmo.',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '寻求帮助',
        slug: 'xunqiu-bangzhu',
        description: '为幸存者和关心他们的人提供热线、服务和第一步的信息。接下来做什么、以什么节奏进行，都由您决定。',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '尋求協助',
        slug: 'xunqiu-xiezhu',
        description: '為倖存者和關心他們的人提供專線、服務和第一步的資訊。接下來要怎麼做、步調要多快，都由您決定。',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Tìm sự giúp đỡ',
        slug: 'tim-su-giup-do',
        description:
          'Đường dây nóng, dịch vụ và những bước đầu tiên cho người sống sót và cho những người quan tâm đến họ. Bạn quyết định điều gì xảy ra tiếp theo, và nhanh hay chậm.',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '도움 받기',
        slug: 'doum-batgi',
        description:
          '생존자와 그들을 아끼는 사람들을 위한 상담 전화, 서비스, 첫걸음을 안내합니다. 다음에 무엇을 할지, 어떤 속도로 할지는 스스로 정할 수 있습니다.',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Paghingi ng tulong',
        slug: 'paghingi-ng-tulong',
        description:
          'Mga hotline, serbisyo at unang hakbang para sa mga survivor at sa mga taong nagmamalasakit sa kanila. Ikaw ang magpapasya kung ano ang susunod at kung gaano kabilis.',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'دریافت کمک',
        slug: 'daryaft-komak',
        description:
          'خطوط تلفن کمک، خدمات و نخستین قدم‌ها برای بازماندگان و کسانی که نگرانشان هستند. قدم بعدی و سرعت آن را خودتان انتخاب می‌کنید.',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'online-safety',
    translations: {
      en: {
        name: 'Staying safe online',
        slug: 'staying-safe-online',
        description: 'Ways to browse more privately, and what the Quick exit button can and cannot do.',
        translationStatus: 'original',
      },
      es: {
        name: 'Seguridad en internet',
        slug: 'seguridad-en-internet',
        description: 'Formas de navegar con más privacidad, y lo que el botón de Salida rápida puede y no puede hacer.',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '上网安全',
        slug: 'shangwang-anquan',
        description: '更私密地上网的方法，以及“快速离开”按钮能做什么、不能做什么。',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '上網安全',
        slug: 'shangwang-anquan',
        description: '讓上網更有隱私的方法，以及「快速離開」按鈕能做到與做不到的事。',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'An toàn trên mạng',
        slug: 'an-toan-tren-mang',
        description: 'Những cách lướt web riêng tư hơn, và nút Thoát nhanh làm được gì, không làm được gì.',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '온라인 안전',
        slug: 'ollain-anjeon',
        description: '인터넷을 더 사적으로 이용하는 방법과, ‘빠른 나가기’ 버튼으로 할 수 있는 일과 할 수 없는 일을 알아봅니다.',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Kaligtasan online',
        slug: 'kaligtasan-online',
        description:
          'Mga paraan para mas pribado kang makapag-browse, at kung ano ang kaya at hindi kaya ng button na Mabilis na Pag-alis.',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'امنیت آنلاین',
        slug: 'amniyat-online',
        description: 'راه‌هایی برای گشت‌وگذار خصوصی‌تر در اینترنت، و اینکه دکمهٔ «خروج سریع» چه کاری می‌کند و چه کاری نمی‌کند.',
        translationStatus: 'draft_translation',
      },
    },
  },
];
