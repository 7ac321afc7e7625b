import type { SeedResource } from './types';

export const resources: SeedResource[] = [
  {
    key: 'national-hotline',
    kind: 'hotline',
    phone: '1-888-373-7888',
    sms: '233733',
    tty: '711',
    email: 'help@humantraffickinghotline.org',
    website: 'https://humantraffickinghotline.org',
    open24x7: true,
    free: true,
    confidential: true,
    counties: ['Nationwide'],
    languagesSpoken: ['en', 'es'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'National Human Trafficking Hotline',
        slug: 'national-human-trafficking-hotline',
        description:
          'A free, confidential hotline for anyone affected by trafficking, run by Polaris. You can call, text or email to talk about what is happening and ask about help; the people who answer are not law enforcement or immigration. Help is in English and Spanish, and interpreters cover more than 200 languages.',
        hoursText: '24 hours a day, 7 days a week',
        translationStatus: 'original',
      },
      es: {
        name: 'Línea Nacional contra la Trata de Personas',
        slug: 'linea-nacional-contra-la-trata',
        description:
          'Una línea de ayuda gratuita y confidencial para cualquier persona afectada por la trata, operada por Polaris. Puede llamar, enviar un mensaje de texto o escribir un correo para hablar de lo que está pasando y preguntar por ayuda; quienes responden no son policía ni inmigración. Atienden en inglés y español, y hay intérpretes para más de 200 idiomas.',
        hoursText: 'Las 24 horas, los 7 días de la semana',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '全国人口贩运热线',
        slug: 'quanguo-renkou-fanyun-rexian',
        description:
          '由 Polaris 运营的免费、保密热线，为所有受到人口贩运影响的人提供帮助。您可以打电话、发短信或发电子邮件，谈谈您的情况并询问可以获得哪些帮助；接听的人不是执法人员，也不是移民部门的人员。热线提供英语和西班牙语服务，并有口译员提供 200 多种语言的帮助。',
        hoursText: '每周 7 天，每天 24 小时',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '全國人口販運專線',
        slug: 'quanguo-renkou-fanyun-zhuanxian',
        description:
          '由 Polaris 營運的免費、保密專線，為所有受到人口販運影響的人提供協助。您可以打電話、傳簡訊或寄電子郵件，談談您的狀況並詢問可以得到哪些協助；接聽的人不是執法人員，也不是移民單位的人員。專線提供英語和西班牙語服務，並有口譯員提供 200 多種語言的協助。',
        hoursText: '全年無休，每天 24 小時',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Đường dây nóng Quốc gia về Nạn buôn người',
        slug: 'duong-day-nong-buon-nguoi',
        description:
          'Đường dây nóng miễn phí và bảo mật cho bất kỳ ai bị ảnh hưởng bởi nạn buôn người, do tổ chức Polaris điều hành. Bạn có thể gọi điện, nhắn tin hoặc gửi email để kể về chuyện đang xảy ra và hỏi về sự giúp đỡ; người trả lời không phải là cảnh sát hay cơ quan di trú. Có hỗ trợ bằng tiếng Anh và tiếng Tây Ban Nha, và có thông dịch viên cho hơn 200 ngôn ngữ.',
        hoursText: '24 giờ mỗi ngày, 7 ngày mỗi tuần',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '전국 인신매매 상담 전화',
        slug: 'jeonguk-insinmaemae-sangdam-jeonhwa',
        description:
          'Polaris가 운영하는 무료 비밀 보장 상담 전화로, 인신매매로 영향을 받은 누구나 이용할 수 있습니다. 전화, 문자, 이메일로 지금 겪고 있는 일을 이야기하고 도움을 문의할 수 있으며, 응답하는 사람은 경찰이나 이민 당국이 아닙니다. 영어와 스페인어로 상담하며, 통역사를 통해 200개가 넘는 언어로 도움을 받을 수 있습니다.',
        hoursText: '연중무휴 24시간',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Pambansang Hotline laban sa Human Trafficking',
        slug: 'pambansang-hotline-laban-sa-trafficking',
        description:
          'Isang libre at kumpidensyal na hotline para sa sinumang apektado ng trafficking, na pinatatakbo ng Polaris. Maaari kang tumawag, mag-text o mag-email para ikuwento ang nangyayari at magtanong tungkol sa tulong; ang mga sumasagot ay hindi pulis o taga-imigrasyon. May tulong sa English at Spanish, at may mga interpreter para sa mahigit 200 wika.',
        hoursText: '24 oras kada araw, 7 araw kada linggo',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'خط تلفن ملی قاچاق انسان',
        slug: 'khatte-melli-ghachagh-ensan',
        description:
          'خط تلفنی رایگان و محرمانه برای هر کسی که تحت تأثیر قاچاق انسان قرار گرفته است، که سازمان Polaris آن را اداره می‌کند. می‌توانید تماس بگیرید، پیامک بفرستید یا ایمیل بزنید تا دربارهٔ آنچه پیش آمده صحبت کنید و دربارهٔ کمک بپرسید؛ کسانی که پاسخ می‌دهند پلیس یا مأمور اداره مهاجرت نیستند. کمک به زبان انگلیسی و اسپانیایی ارائه می‌شود و برای بیش از ۲۰۰ زبان مترجم شفاهی در دسترس است.',
        hoursText: '۲۴ ساعت شبانه‌روز، ۷ روز هفته',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'cast-la',
    kind: 'ngo',
    phone: '1-888-539-2373',
    sms: null,
    tty: null,
    email: null,
    website: 'https://www.castla.org',
    open24x7: true,
    free: false,
    confidential: false,
    counties: ['Los Angeles'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'Coalition to Abolish Slavery and Trafficking (CAST)',
        slug: 'cast-los-angeles',
        description:
          'An organization in Los Angeles County that works with survivors of trafficking. You can call its line at any hour, day or night, to ask for help and talk through your options.',
        hoursText: '24 hours a day, 7 days a week',
        translationStatus: 'original',
      },
      es: {
        name: 'Coalición para Abolir la Esclavitud y la Trata (CAST)',
        slug: 'cast-los-angeles',
        description:
          'Una organización del condado de Los Ángeles que trabaja con sobrevivientes de la trata. Puede llamar a su línea a cualquier hora, de día o de noche, para pedir ayuda y hablar sobre sus opciones.',
        hoursText: 'Las 24 horas, los 7 días de la semana',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '废除奴役和人口贩运联盟（CAST）',
        slug: 'cast-luoshanji',
        description: '位于洛杉矶县、为人口贩运幸存者提供服务的组织。无论白天还是夜晚，您都可以随时打电话寻求帮助，并谈谈您有哪些选择。',
        hoursText: '每周 7 天，每天 24 小时',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '廢除奴役與人口販運聯盟（CAST）',
        slug: 'cast-luoshanji',
        description: '位於洛杉磯郡、為人口販運倖存者提供服務的組織。不論白天或夜晚，您都可以隨時來電尋求協助，並談談您有哪些選擇。',
        hoursText: '全年無休，每天 24 小時',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Liên minh Xóa bỏ Nô lệ và Buôn người (CAST)',
        slug: 'cast-los-angeles',
        description:
          'Một tổ chức ở Quận Los Angeles làm việc với người sống sót sau nạn buôn người. Bạn có thể gọi vào bất cứ giờ nào, ngày hay đêm, để xin giúp đỡ và trao đổi về các lựa chọn của mình.',
        hoursText: '24 giờ mỗi ngày, 7 ngày mỗi tuần',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '노예제 및 인신매매 철폐 연합(CAST)',
        slug: 'cast-yeonhap',
        description:
          '로스앤젤레스 카운티에서 인신매매 생존자를 지원하는 단체입니다. 낮이든 밤이든 언제든지 전화해 도움을 요청하고, 선택할 수 있는 방법에 대해 이야기할 수 있습니다.',
        hoursText: '연중무휴 24시간',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Coalition to Abolish Slavery and Trafficking (CAST)',
        slug: 'cast-los-angeles',
        description:
          'Isang organisasyon sa Los Angeles County na tumutulong sa mga survivor ng trafficking. Maaari kang tumawag anumang oras, araw man o gabi, para humingi ng tulong at pag-usapan ang iyong mga pagpipilian.',
        hoursText: '24 oras kada araw, 7 araw kada linggo',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'ائتلاف لغو برده‌داری و قاچاق انسان (CAST)',
        slug: 'cast-los-anjeles',
        description:
          'سازمانی در شهرستان لس‌آنجلس که با بازماندگان قاچاق انسان کار می‌کند. در هر ساعتی از شبانه‌روز می‌توانید تماس بگیرید، کمک بخواهید و دربارهٔ گزینه‌هایتان صحبت کنید.',
        hoursText: '۲۴ ساعت شبانه‌روز، ۷ روز هفته',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'calvcb',
    kind: 'government_program',
    phone: '1-800-777-9229',
    sms: null,
    tty: null,
    email: 'info@victims.ca.gov',
    website: 'https://victims.ca.gov',
    open24x7: false,
    free: true,
    confidential: false,
    counties: ['Statewide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'California Victim Compensation Board (CalVCB)',
        slug: 'california-victim-compensation-board',
        description:
          'A state program that can help pay for costs after a crime, such as medical and dental care, counseling, lost income and moving to a safer place. It is free to apply, and a claim cannot be turned down only because there is no police report.',
        hoursText: 'See website for hours',
        translationStatus: 'original',
      },
      es: {
        name: 'Junta de Compensación para Víctimas de California (CalVCB)',
        slug: 'junta-compensacion-victimas-california',
        description:
          'Un programa del estado que puede ayudar a pagar gastos después de un delito, como atención médica y dental, terapia, ingresos perdidos y la mudanza a un lugar más seguro. Presentar una solicitud es gratis, y no se la pueden negar solo porque no haya un informe policial.',
        hoursText: 'Consulte el horario en el sitio web',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '加州受害者补偿委员会（CalVCB）',
        slug: 'jiazhou-shouhaizhe-buchang-weiyuanhui',
        description:
          '州政府的一个计划，可以帮助支付犯罪发生后的费用，例如医疗和牙科护理、心理咨询、收入损失，以及搬到更安全的地方。申请是免费的，而且不能仅仅因为没有警方报告就拒绝您的申请。',
        hoursText: '服务时间请查看网站',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '加州被害人補償委員會（CalVCB）',
        slug: 'jiazhou-beihairen-buchang-weiyuanhui',
        description:
          '州政府的一項計畫，可以幫助支付犯罪發生後的費用，例如醫療和牙科照護、心理諮商、收入損失，以及搬到更安全的地方。申請免費，而且不能只因為沒有警方報告就拒絕您的申請。',
        hoursText: '服務時間請見網站',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Ủy ban Bồi thường Nạn nhân California (CalVCB)',
        slug: 'boi-thuong-nan-nhan-california',
        description:
          'Một chương trình của tiểu bang có thể giúp trả các chi phí sau khi xảy ra tội phạm, như chăm sóc y tế và nha khoa, tư vấn tâm lý, thu nhập bị mất và việc chuyển đến nơi an toàn hơn. Nộp đơn miễn phí, và đơn của bạn không thể bị từ chối chỉ vì không có biên bản của cảnh sát.',
        hoursText: 'Xem giờ làm việc trên trang web',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '캘리포니아 범죄 피해자 보상 위원회(CalVCB)',
        slug: 'kaelliponia-pihaeja-bosang-wiwonhoe',
        description:
          '범죄 피해 이후에 드는 의료·치과 치료비, 상담비, 잃은 소득, 더 안전한 곳으로 이사하는 비용 등을 지원할 수 있는 주 정부 프로그램입니다. 신청은 무료이며, 경찰 신고 기록이 없다는 이유만으로 신청이 거절될 수는 없습니다.',
        hoursText: '운영 시간은 웹사이트를 확인하세요',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'California Victim Compensation Board (CalVCB)',
        slug: 'calvcb-kabayaran-sa-biktima',
        description:
          'Isang programa ng estado na makatutulong magbayad ng mga gastusin pagkatapos ng krimen, gaya ng pagpapagamot at pagpapagawa ng ngipin, counseling, nawalang kita, at paglipat sa mas ligtas na lugar. Libre ang pag-apply, at hindi maaaring tanggihan ang claim dahil lang walang police report.',
        hoursText: 'Tingnan ang website para sa oras',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'هیئت جبران خسارت قربانیان کالیفرنیا (CalVCB)',
        slug: 'heyat-jobran-khesarat-ghorbaniyan',
        description:
          'برنامه‌ای ایالتی که می‌تواند در پرداخت هزینه‌های پس از جرم کمک کند، مانند درمان پزشکی و دندان‌پزشکی، مشاوره، درآمد از دست‌رفته و نقل مکان به جایی امن‌تر. درخواست دادن رایگان است، و درخواست شما را نمی‌توان فقط به این دلیل که گزارش پلیس ندارید رد کرد.',
        hoursText: 'برای ساعات کاری به وب‌سایت مراجعه کنید',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'domestic-violence-hotline',
    kind: 'hotline',
    phone: '1-800-799-7233',
    sms: null,
    tty: '1-800-787-3224',
    email: null,
    website: 'https://www.thehotline.org',
    open24x7: true,
    free: true,
    confidential: false,
    counties: ['Nationwide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'National Domestic Violence Hotline',
        slug: 'national-domestic-violence-hotline',
        description:
          'A national hotline for people who are being hurt or controlled by a partner or someone close to them. You can call at any hour to talk about what is happening and think through your options. A TTY line is also available.',
        hoursText: '24 hours a day, 7 days a week',
        translationStatus: 'original',
      },
      es: {
        name: 'Línea Nacional contra la Violencia Doméstica',
        slug: 'linea-nacional-violencia-domestica',
        description:
          'Una línea nacional para personas a quienes su pareja o alguien cercano lastima o controla. Puede llamar a cualquier hora para hablar de lo que está pasando y pensar en sus opciones. También hay una línea TTY.',
        hoursText: 'Las 24 horas, los 7 días de la semana',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '全国家庭暴力热线',
        slug: 'quanguo-jiating-baoli-rexian',
        description:
          '全国性热线，为受到伴侣或身边亲近的人伤害或控制的人提供帮助。您可以随时打电话，谈谈正在发生的事，并想一想有哪些选择。也提供 TTY 听障专线。',
        hoursText: '每周 7 天，每天 24 小时',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '全國家庭暴力專線',
        slug: 'quanguo-jiating-baoli-zhuanxian',
        description:
          '全國性專線，為受到伴侶或身邊親近的人傷害或控制的人提供協助。您可以隨時來電，談談正在發生的事，並想想有哪些選擇。另有 TTY 聽障專線。',
        hoursText: '全年無休，每天 24 小時',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Đường dây nóng Quốc gia về Bạo lực Gia đình',
        slug: 'duong-day-bao-luc-gia-dinh',
        description:
          'Đường dây nóng toàn quốc cho những người đang bị bạn đời hoặc người thân cận làm tổn thương hay kiểm soát. Bạn có thể gọi bất cứ lúc nào để nói về chuyện đang xảy ra và cân nhắc các lựa chọn của mình. Cũng có đường dây TTY cho người khiếm thính.',
        hoursText: '24 giờ mỗi ngày, 7 ngày mỗi tuần',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '전국 가정폭력 상담 전화',
        slug: 'jeonguk-gajeongpongnyeok-sangdam-jeonhwa',
        description:
          '배우자나 연인, 또는 가까운 사람에게 상처를 입거나 통제를 받고 있는 사람을 위한 전국 상담 전화입니다. 언제든지 전화해 지금 겪고 있는 일을 이야기하고, 선택할 수 있는 방법을 함께 생각해 볼 수 있습니다. 청각 장애인을 위한 TTY 번호도 있습니다.',
        hoursText: '연중무휴 24시간',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Pambansang Hotline para sa Karahasan sa Tahanan',
        slug: 'hotline-para-sa-karahasan-sa-tahanan',
        description:
          'Isang pambansang hotline para sa mga taong sinasaktan o kinokontrol ng kanilang partner o ng taong malapit sa kanila. Maaari kang tumawag anumang oras para pag-usapan ang nangyayari at pag-isipan ang iyong mga pagpipilian. May TTY line din.',
        hoursText: '24 oras kada araw, 7 araw kada linggo',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'خط تلفن ملی خشونت خانگی',
        slug: 'khatte-melli-khoshunat-khanegi',
        description:
          'خط تلفن ملی برای کسانی که همسر، شریک زندگی یا فردی نزدیک به آن‌ها آزارشان می‌دهد یا کنترلشان می‌کند. در هر ساعتی می‌توانید تماس بگیرید، دربارهٔ آنچه پیش می‌آید صحبت کنید و گزینه‌هایتان را بسنجید. خط TTY برای افراد ناشنوا یا کم‌شنوا هم وجود دارد.',
        hoursText: '۲۴ ساعت شبانه‌روز، ۷ روز هفته',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'lifeline-988',
    kind: 'hotline',
    phone: '988',
    sms: '988',
    tty: null,
    email: null,
    website: null,
    open24x7: true,
    free: true,
    confidential: false,
    counties: ['Nationwide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: '988 Suicide and Crisis Lifeline',
        slug: '988-suicide-and-crisis-lifeline',
        description:
          'For anyone in emotional distress, in crisis, or thinking about suicide. You can call or text 988 at any hour to reach someone who will listen.',
        hoursText: '24 hours a day, 7 days a week',
        translationStatus: 'original',
      },
      es: {
        name: '988 Línea de Prevención del Suicidio y Crisis',
        slug: '988-linea-suicidio-y-crisis',
        description:
          'Para cualquier persona con angustia emocional, en crisis o que esté pensando en el suicidio. Puede llamar o enviar un mensaje de texto al 988 a cualquier hora para hablar con alguien que le escuchará.',
        hoursText: 'Las 24 horas, los 7 días de la semana',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '988 自杀与危机生命线',
        slug: '988-zisha-yu-weiji-shengmingxian',
        description: '为任何情绪困扰、正处于危机中或有自杀念头的人提供帮助。您可以随时拨打或发短信到 988，会有人倾听您。',
        hoursText: '每周 7 天，每天 24 小时',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '988 自殺與危機生命線',
        slug: '988-zisha-yu-weiji-shengmingxian',
        description: '為任何情緒困擾、正處於危機中或有自殺念頭的人提供協助。您可以隨時撥打或傳簡訊到 988，會有人傾聽您。',
        hoursText: '全年無休，每天 24 小時',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: '988 Đường dây Khủng hoảng và Phòng chống Tự tử',
        slug: '988-duong-day-khung-hoang',
        description:
          'Dành cho bất kỳ ai đang đau khổ về tinh thần, gặp khủng hoảng hoặc có ý nghĩ tự tử. Bạn có thể gọi hoặc nhắn tin đến 988 bất cứ lúc nào để có người lắng nghe bạn.',
        hoursText: '24 giờ mỗi ngày, 7 ngày mỗi tuần',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '988 자살 및 위기 상담 전화',
        slug: '988-jasal-wigi-sangdam-jeonhwa',
        description:
          '마음이 너무 힘들거나, 위기에 처했거나, 자살을 생각하고 있는 누구나 이용할 수 있습니다. 언제든지 988로 전화하거나 문자를 보내면 이야기를 들어 줄 사람과 연결됩니다.',
        hoursText: '연중무휴 24시간',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: '988 Suicide and Crisis Lifeline',
        slug: '988-lifeline-sa-krisis',
        description:
          'Para sa sinumang dumaranas ng matinding emosyonal na paghihirap, nasa krisis, o nag-iisip magpakamatay. Maaari kang tumawag o mag-text sa 988 anumang oras para makausap ang isang taong makikinig sa iyo.',
        hoursText: '24 oras kada araw, 7 araw kada linggo',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'خط بحران و پیشگیری از خودکشی 988',
        slug: '988-khatte-bohran-va-khodkoshi',
        description:
          'برای هر کسی که پریشانی عاطفی دارد، در بحران است یا به خودکشی فکر می‌کند. در هر ساعتی می‌توانید با 988 تماس بگیرید یا پیامک بفرستید تا با کسی صحبت کنید که به حرفتان گوش می‌دهد.',
        hoursText: '۲۴ ساعت شبانه‌روز، ۷ روز هفته',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'womens-rights-group',
    kind: 'legal_aid',
    phone: '(844) 240-4967',
    sms: null,
    tty: null,
    email: null,
    website: null,
    open24x7: true,
    free: true,
    confidential: false,
    counties: ['Statewide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: "Women's Rights Group",
        slug: 'womens-rights-group',
        description:
          'Offers survivors in California a free legal consultation. You can call at any hour to talk about your situation and learn about your legal options.',
        hoursText: '24 hours a day, 7 days a week',
        translationStatus: 'original',
      },
      es: {
        name: "Women's Rights Group (Grupo de Derechos de la Mujer)",
        slug: 'grupo-derechos-de-la-mujer',
        description:
          'Ofrece una consulta legal gratuita a sobrevivientes en California. Puede llamar a cualquier hora para hablar de su situación y conocer sus opciones legales.',
        hoursText: 'Las 24 horas, los 7 días de la semana',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: "Women's Rights Group（妇女权益组织）",
        slug: 'funu-quanyi-zuzhi',
        description: '为加州的幸存者提供免费法律咨询。您可以随时打电话，谈谈您的情况，了解您在法律上有哪些选择。',
        hoursText: '每周 7 天，每天 24 小时',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: "Women's Rights Group（婦女權益組織）",
        slug: 'funu-quanyi-zuzhi',
        description: '為加州的倖存者提供免費法律諮詢。您可以隨時來電，談談您的狀況，了解您在法律上有哪些選擇。',
        hoursText: '全年無休，每天 24 小時',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: "Women's Rights Group (Nhóm Quyền Phụ nữ)",
        slug: 'nhom-quyen-phu-nu',
        description:
          'Cung cấp buổi tư vấn pháp lý miễn phí cho người sống sót tại California. Bạn có thể gọi bất cứ lúc nào để kể về hoàn cảnh của mình và tìm hiểu các lựa chọn pháp lý.',
        hoursText: '24 giờ mỗi ngày, 7 ngày mỗi tuần',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: "Women's Rights Group(여성 권리 그룹)",
        slug: 'yeoseong-gwolli-geurup',
        description:
          '캘리포니아의 생존자에게 무료 법률 상담을 제공합니다. 언제든지 전화해 자신의 상황을 이야기하고, 법적으로 선택할 수 있는 방법을 알아볼 수 있습니다.',
        hoursText: '연중무휴 24시간',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: "Women's Rights Group",
        slug: 'womens-rights-group',
        description:
          'Nagbibigay ng libreng legal na konsultasyon sa mga survivor sa California. Maaari kang tumawag anumang oras para ikuwento ang iyong sitwasyon at alamin ang iyong mga legal na pagpipilian.',
        hoursText: '24 oras kada araw, 7 araw kada linggo',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: "Women's Rights Group (گروه حقوق زنان)",
        slug: 'goruhe-hoghughe-zanan',
        description:
          'به بازماندگان در کالیفرنیا مشاورهٔ حقوقی رایگان می‌دهد. در هر ساعتی می‌توانید تماس بگیرید، دربارهٔ وضعیت خود صحبت کنید و با گزینه‌های حقوقی‌تان آشنا شوید.',
        hoursText: '۲۴ ساعت شبانه‌روز، ۷ روز هفته',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'emergency-911',
    kind: 'hotline',
    phone: '911',
    sms: null,
    tty: null,
    email: null,
    website: null,
    open24x7: true,
    free: true,
    confidential: false,
    counties: ['Nationwide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'Emergency (911)',
        slug: 'emergency-911',
        description:
          'Call 911 if you or someone else is in danger right now or needs urgent medical help. The call connects you with police, fire or ambulance services.',
        hoursText: '24 hours a day, 7 days a week',
        translationStatus: 'original',
      },
      es: {
        name: 'Emergencias (911)',
        slug: 'emergencias-911',
        description:
          'Llame al 911 si usted u otra persona está en peligro en este momento o necesita ayuda médica urgente. La llamada le comunica con la policía, los bomberos o una ambulancia.',
        hoursText: 'Las 24 horas, los 7 días de la semana',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '紧急求助（911）',
        slug: 'jinji-qiuzhu-911',
        description: '如果您或其他人现在有危险，或需要紧急医疗帮助，请拨打 911。电话会为您接通警察、消防或救护车服务。',
        hoursText: '每周 7 天，每天 24 小时',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '緊急求助（911）',
        slug: 'jinji-qiuzhu-911',
        description: '如果您或其他人現在有危險，或需要緊急醫療協助，請撥打 911。電話會為您接通警察、消防或救護車服務。',
        hoursText: '全年無休，每天 24 小時',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Cấp cứu (911)',
        slug: 'cap-cuu-911',
        description:
          'Hãy gọi 911 nếu bạn hoặc người khác đang gặp nguy hiểm ngay lúc này hoặc cần cấp cứu y tế. Cuộc gọi sẽ kết nối bạn với cảnh sát, cứu hỏa hoặc xe cứu thương.',
        hoursText: '24 giờ mỗi ngày, 7 ngày mỗi tuần',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '긴급 신고(911)',
        slug: 'gingeup-singo-911',
        description:
          '지금 본인이나 다른 사람이 위험하거나 긴급한 의료 도움이 필요하면 911에 전화하세요. 경찰, 소방서 또는 구급차로 연결됩니다.',
        hoursText: '연중무휴 24시간',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'Emerhensiya (911)',
        slug: 'emerhensiya-911',
        description:
          'Tumawag sa 911 kung ikaw o ibang tao ay nasa panganib ngayon o nangangailangan ng agarang tulong medikal. Ikokonekta ka ng tawag sa pulis, bumbero o ambulansya.',
        hoursText: '24 oras kada araw, 7 araw kada linggo',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'اورژانس (911)',
        slug: 'orzhans-911',
        description:
          'اگر شما یا فرد دیگری همین حالا در خطر هستید یا به کمک فوری پزشکی نیاز دارید، با 911 تماس بگیرید. این تماس شما را به پلیس، آتش‌نشانی یا آمبولانس وصل می‌کند.',
        hoursText: '۲۴ ساعت شبانه‌روز، ۷ روز هفته',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'lawhelpca',
    kind: 'legal_aid',
    phone: null,
    sms: null,
    tty: null,
    email: null,
    website: 'https://www.lawhelpca.org',
    open24x7: false,
    free: false,
    confidential: false,
    counties: ['Statewide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'LawHelpCA',
        slug: 'lawhelpca-free-legal-aid',
        description:
          'A website that helps you find free legal aid programs in your county in California. You can look up programs near you and contact them when you feel ready.',
        hoursText: 'See website for hours',
        translationStatus: 'original',
      },
      es: {
        name: 'LawHelpCA',
        slug: 'lawhelpca-ayuda-legal-gratuita',
        description:
          'Un sitio web que le ayuda a encontrar programas de asistencia legal gratuita en su condado de California. Puede buscar programas cerca de usted y comunicarse con ellos cuando usted lo decida.',
        hoursText: 'Consulte el horario en el sitio web',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: 'LawHelpCA',
        slug: 'lawhelpca-mianfei-falu-yuanzhu',
        description: '帮助您查找加州各县免费法律援助项目的网站。您可以查找离您较近的项目，等您准备好了再与他们联系。',
        hoursText: '服务时间请查看网站',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: 'LawHelpCA',
        slug: 'lawhelpca-mianfei-falu-fuzhu',
        description: '幫助您查詢加州各郡免費法律扶助機構的網站。您可以查找離您較近的機構，等您準備好了再與他們聯絡。',
        hoursText: '服務時間請見網站',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'LawHelpCA',
        slug: 'lawhelpca-tro-giup-phap-ly',
        description:
          'Trang web giúp bạn tìm các chương trình trợ giúp pháp lý miễn phí tại quận của bạn ở California. Bạn có thể tìm các chương trình gần mình và liên lạc khi bạn cảm thấy sẵn sàng.',
        hoursText: 'Xem giờ làm việc trên trang web',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: 'LawHelpCA',
        slug: 'lawhelpca-muryo-beomnyul-jiwon',
        description:
          '캘리포니아 각 카운티의 무료 법률 지원 기관을 찾을 수 있는 웹사이트입니다. 가까운 기관을 찾아보고, 준비가 되었을 때 연락할 수 있습니다.',
        hoursText: '운영 시간은 웹사이트를 확인하세요',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'LawHelpCA',
        slug: 'lawhelpca-libreng-tulong-legal',
        description:
          'Isang website na tumutulong sa iyong makahanap ng libreng legal aid sa iyong county sa California. Maaari kang maghanap ng mga programang malapit sa iyo at makipag-ugnayan sa kanila kapag handa ka na.',
        hoursText: 'Tingnan ang website para sa oras',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'LawHelpCA',
        slug: 'lawhelpca-komak-hoghughi-rayegan',
        description:
          'وب‌سایتی که به شما کمک می‌کند برنامه‌های کمک حقوقی رایگان را در شهرستان خود در کالیفرنیا پیدا کنید. می‌توانید برنامه‌های نزدیک خود را پیدا کنید و هر وقت آماده بودید با آن‌ها تماس بگیرید.',
        hoursText: 'برای ساعات کاری به وب‌سایت مراجعه کنید',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'womenslaw',
    kind: 'ngo',
    phone: null,
    sms: null,
    tty: null,
    email: null,
    website: 'https://www.womenslaw.org',
    open24x7: false,
    free: false,
    confidential: false,
    counties: ['Nationwide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'WomensLaw',
        slug: 'womenslaw-legal-information',
        description:
          'A website with legal information organized by state. You can read about the laws in California, or in another state, at your own pace.',
        hoursText: 'See website for hours',
        translationStatus: 'original',
      },
      es: {
        name: 'WomensLaw',
        slug: 'womenslaw-informacion-legal',
        description:
          'Un sitio web con información legal organizada por estado. Puede leer sobre las leyes de California, o de otro estado, a su propio ritmo.',
        hoursText: 'Consulte el horario en el sitio web',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: 'WomensLaw',
        slug: 'womenslaw-falu-xinxi',
        description: '按州整理法律信息的网站。您可以按自己的节奏，阅读加州或其他州的相关法律。',
        hoursText: '服务时间请查看网站',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: 'WomensLaw',
        slug: 'womenslaw-falu-zixun',
        description: '依州別整理法律資訊的網站。您可以依自己的步調，閱讀加州或其他州的相關法律。',
        hoursText: '服務時間請見網站',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'WomensLaw',
        slug: 'womenslaw-thong-tin-phap-ly',
        description:
          'Trang web có thông tin pháp lý được sắp xếp theo từng tiểu bang. Bạn có thể tìm hiểu luật của California, hoặc của tiểu bang khác, theo nhịp độ của riêng mình.',
        hoursText: 'Xem giờ làm việc trên trang web',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: 'WomensLaw',
        slug: 'womenslaw-beomnyul-jeongbo',
        description:
          '주별로 정리된 법률 정보를 제공하는 웹사이트입니다. 캘리포니아나 다른 주의 법에 대해 자신의 속도에 맞춰 읽어 볼 수 있습니다.',
        hoursText: '운영 시간은 웹사이트를 확인하세요',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'WomensLaw',
        slug: 'womenslaw-impormasyong-legal',
        description:
          'Isang website na may impormasyong legal na nakaayos ayon sa estado. Maaari mong basahin ang tungkol sa mga batas sa California, o sa ibang estado, sa sarili mong bilis.',
        hoursText: 'Tingnan ang website para sa oras',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'WomensLaw',
        slug: 'womenslaw-etelaat-hoghughi',
        description:
          'وب‌سایتی با اطلاعات حقوقی که بر اساس ایالت مرتب شده است. می‌توانید با سرعت خودتان دربارهٔ قوانین کالیفرنیا یا ایالت‌های دیگر بخوانید.',
        hoursText: 'برای ساعات کاری به وب‌سایت مراجعه کنید',
        translationStatus: 'draft_translation',
      },
    },
  },
  {
    key: 'courts-self-help',
    kind: 'government_program',
    phone: null,
    sms: null,
    tty: null,
    email: null,
    website: 'https://selfhelp.courts.ca.gov',
    open24x7: false,
    free: false,
    confidential: false,
    counties: ['Statewide'],
    languagesSpoken: ['en'],
    lastVerifiedOn: '2026-11-01',
    translations: {
      en: {
        name: 'California Courts Self-Help',
        slug: 'california-courts-self-help',
        description:
          'The official self-help website of the California courts. It can help you understand how court works, especially if you are going to court without a lawyer.',
        hoursText: 'See website for hours',
        translationStatus: 'original',
      },
      es: {
        name: 'Centro de Ayuda de las Cortes de California',
        slug: 'ayuda-cortes-de-california',
        description:
          'El sitio web oficial de autoayuda de las cortes de California. Puede ayudarle a entender cómo funciona la corte, sobre todo si va a ir a la corte sin abogado.',
        hoursText: 'Consulte el horario en el sitio web',
        translationStatus: 'draft_translation',
      },
      'zh-Hans': {
        name: '加州法院自助中心',
        slug: 'jiazhou-fayuan-zizhu-zhongxin',
        description: '加州法院官方的自助网站。它可以帮助您了解法院的运作方式，尤其是在您没有律师、需要自己出庭的时候。',
        hoursText: '服务时间请查看网站',
        translationStatus: 'draft_translation',
      },
      'zh-Hant': {
        name: '加州法院自助中心',
        slug: 'jiazhou-fayuan-zizhu-zhongxin',
        description: '加州法院官方的自助網站。它可以幫助您了解法院如何運作，特別是在您沒有律師、需要自己出庭的時候。',
        hoursText: '服務時間請見網站',
        translationStatus: 'draft_translation',
      },
      vi: {
        name: 'Trang Tự lực của Tòa án California',
        slug: 'tu-luc-toa-an-california',
        description:
          'Trang web tự lực chính thức của hệ thống tòa án California. Trang này có thể giúp bạn hiểu cách tòa án làm việc, nhất là khi bạn ra tòa mà không có luật sư.',
        hoursText: 'Xem giờ làm việc trên trang web',
        translationStatus: 'draft_translation',
      },
      ko: {
        name: '캘리포니아 법원 셀프헬프 센터',
        slug: 'kaelliponia-beobwon-selpeuhelpeu',
        description:
          '캘리포니아 법원의 공식 셀프헬프 웹사이트입니다. 특히 변호사 없이 법원에 가야 할 때 법원 절차를 이해하는 데 도움이 될 수 있습니다.',
        hoursText: '운영 시간은 웹사이트를 확인하세요',
        translationStatus: 'draft_translation',
      },
      fil: {
        name: 'California Courts Self-Help',
        slug: 'self-help-ng-korte-ng-california',
        description:
          'Ang opisyal na self-help website ng mga korte ng California. Makatutulong ito para maunawaan mo kung paano gumagana ang korte, lalo na kung haharap ka sa korte nang walang abogado.',
        hoursText: 'Tingnan ang website para sa oras',
        translationStatus: 'draft_translation',
      },
      fa: {
        name: 'خودیاری دادگاه‌های کالیفرنیا',
        slug: 'khodyari-dadgahhaye-california',
        description:
          'وب‌سایت رسمی خودیاری دادگاه‌های کالیفرنیا. این سایت می‌تواند به شما کمک کند بفهمید روند دادگاه چگونه است، به‌ویژه اگر بدون وکیل به دادگاه می‌روید.',
        hoursText: 'برای ساعات کاری به وب‌سایت مراجعه کنید',
        translationStatus: 'draft_translation',
      },
    },
  },
];
