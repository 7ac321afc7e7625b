import type { SeedSiteSettings } from './types';

export const siteSettings: SeedSiteSettings = {
  quickExitUrl: 'https://www.google.com/',
  requestTextsAreSample: true,
  featuredHotlines: ['national-hotline', 'emergency-911', 'lifeline-988'],
  translations: {
    en: {
      siteName: 'Haven',
      tagline: 'Free legal information for survivors of trafficking in California',
      legalDisclaimer:
        'Haven offers general information, not legal advice. Every situation is different, so it can help to talk with a lawyer about yours. Using this site does not create an attorney–client relationship.',
      safetyNotice:
        'If you are in danger right now, call 911. The Quick exit button leaves this page fast, but it does not erase your browsing history. Our safety page explains more ways to protect your privacy.',
      requestPolicy:
        'Only our intake staff read your request. We never share it with the police, immigration or anyone else without your permission. We contact you only in the ways and at the times you choose, and we never leave details in a message unless you tell us it is safe.',
      requestResponseTime: 'We answer as soon as we can.',
      footer: 'Haven offers general information, not legal advice. You are not alone.',
    },
    es: {
      siteName: 'Haven',
      tagline: 'Información legal gratuita para sobrevivientes de la trata en California',
      legalDisclaimer:
        'Haven ofrece información general, no asesoría legal. Cada situación es distinta, así que puede ser útil hablar con un abogado sobre la suya. Usar este sitio no crea una relación de abogado y cliente.',
      safetyNotice:
        'Si está en peligro ahora mismo, llame al 911. El botón de Salida rápida le saca de esta página enseguida, pero no borra su historial de navegación. En nuestra página de seguridad encontrará más formas de proteger su privacidad.',
      requestPolicy:
        'Solo nuestro personal de admisión lee su solicitud. Nunca la compartimos con la policía, inmigración ni nadie más sin su permiso. Le contactamos solo de la forma y en los horarios que usted elija, y nunca dejamos detalles en un mensaje a menos que nos diga que es seguro.',
      requestResponseTime: 'Respondemos lo antes posible.',
      footer: 'Haven ofrece información general, no asesoría legal. No tiene que pasar por esto a solas.',
    },
    'zh-Hans': {
      siteName: 'Haven',
      tagline: '为加州人口贩运幸存者提供免费法律信息',
      legalDisclaimer:
        'Haven 提供的是一般信息，不是法律建议。每个人的情况都不同，找律师谈谈您的具体情况可能会有帮助。使用本网站并不会建立律师与委托人之间的关系。',
      safetyNotice:
        '如果您现在有危险，请拨打 911。“快速离开”按钮可以让您迅速离开本页，但不会删除您的浏览记录。请查看我们的安全页面，了解更多保护隐私的方法。',
      requestPolicy:
        '只有我们的接案工作人员会阅读您的请求。未经您的允许，我们绝不会把它告诉警察、移民部门或任何其他人。我们只会用您选择的方式、在您选择的时间联系您；除非您告诉我们安全，否则我们绝不会在留言中提到具体内容。',
      requestResponseTime: '我们会尽快回复。',
      footer: 'Haven 提供一般信息，不是法律建议。您并不孤单。',
    },
    'zh-Hant': {
      siteName: 'Haven',
      tagline: '為加州人口販運倖存者提供免費法律資訊',
      legalDisclaimer:
        'Haven 提供的是一般資訊，而非法律建議。每個人的情況都不一樣，找律師談談您的狀況可能會有幫助。使用本網站並不會建立律師與委託人之間的關係。',
      safetyNotice:
        '如果您現在有危險，請撥打 911。「快速離開」按鈕能讓您迅速離開此頁，但不會刪除您的瀏覽紀錄。請參閱我們的安全頁面，了解更多保護隱私的方法。',
      requestPolicy:
        '只有我們的接案工作人員會閱讀您的請求。未經您的允許，我們絕不會把它告訴警察、移民部門或任何其他人。我們只會用您選擇的方式、在您選擇的時間聯絡您；除非您告訴我們安全，否則我們絕不會在留言中提到具體內容。',
      requestResponseTime: '我們會盡快回覆。',
      footer: 'Haven 提供一般資訊，而非法律建議。您並不孤單。',
    },
    vi: {
      siteName: 'Haven',
      tagline: 'Thông tin pháp lý miễn phí cho người sống sót sau nạn buôn người tại California',
      legalDisclaimer:
        'Haven cung cấp thông tin chung, không phải lời khuyên pháp lý. Mỗi hoàn cảnh mỗi khác, vì vậy nói chuyện với luật sư về trường hợp của bạn có thể giúp ích. Việc sử dụng trang web này không tạo ra quan hệ luật sư – thân chủ.',
      safetyNotice:
        'Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 911. Nút Thoát nhanh giúp bạn rời trang này thật nhanh, nhưng không xóa lịch sử duyệt web. Trang An toàn của chúng tôi có thêm những cách bảo vệ quyền riêng tư của bạn.',
      requestPolicy:
        'Chỉ nhân viên tiếp nhận của chúng tôi đọc yêu cầu của bạn. Chúng tôi không bao giờ chia sẻ yêu cầu với cảnh sát, sở di trú hay bất kỳ ai khác khi chưa có sự đồng ý của bạn. Chúng tôi chỉ liên lạc với bạn theo cách và vào giờ bạn chọn, và không bao giờ để lại chi tiết trong tin nhắn trừ khi bạn nói là an toàn.',
      requestResponseTime: 'Chúng tôi sẽ trả lời sớm nhất có thể.',
      footer: 'Haven cung cấp thông tin chung, không phải lời khuyên pháp lý. Bạn không đơn độc.',
    },
    ko: {
      siteName: 'Haven',
      tagline: '캘리포니아 인신매매 생존자를 위한 무료 법률 정보',
      legalDisclaimer:
        'Haven은 일반적인 정보를 제공하며, 법률 자문이 아닙니다. 상황은 사람마다 다르므로 변호사와 직접 상담해 보는 것이 도움이 될 수 있습니다. 이 웹사이트를 이용한다고 해서 변호사와 의뢰인 관계가 생기지는 않습니다.',
      safetyNotice:
        '지금 위험하다면 911에 전화하세요. ‘빠른 나가기’ 버튼을 누르면 이 페이지를 바로 떠날 수 있지만, 방문 기록이 지워지지는 않습니다. 개인 정보를 보호하는 다른 방법은 안전 안내 페이지에서 확인할 수 있습니다.',
      requestPolicy:
        '요청서는 저희 접수 담당 직원만 읽습니다. 본인의 허락 없이 경찰, 이민 당국 또는 다른 누구에게도 알리지 않습니다. 본인이 고른 방법과 시간에만 연락하며, 안전하다고 알려 주지 않는 한 메시지에 자세한 내용을 남기지 않습니다.',
      requestResponseTime: '최대한 빨리 답변드리겠습니다.',
      footer: 'Haven은 일반 정보를 제공하며, 법률 자문이 아닙니다. 혼자가 아닙니다.',
    },
    fil: {
      siteName: 'Haven',
      tagline: 'Libreng impormasyong legal para sa mga survivor ng trafficking sa California',
      legalDisclaimer:
        'Nagbibigay ang Haven ng pangkalahatang impormasyon, hindi legal na payo. Iba-iba ang bawat sitwasyon, kaya makatutulong na kausapin ang isang abogado tungkol sa sitwasyon mo. Hindi nagkakaroon ng ugnayang abogado at kliyente dahil lang sa paggamit ng site na ito.',
      safetyNotice:
        'Kung nasa panganib ka ngayon, tumawag sa 911. Mabilis kang maaalis sa page na ito ng button na Mabilis na Pag-alis, pero hindi nito binubura ang iyong browsing history. Tingnan ang aming page tungkol sa kaligtasan para sa iba pang paraan ng pag-iingat sa iyong privacy.',
      requestPolicy:
        'Ang intake staff lang namin ang magbabasa ng kahilingan mo. Hindi namin ito ibabahagi sa pulis, sa immigration o sa iba nang walang pahintulot mo. Kokontakin ka lang namin sa paraan at oras na pinili mo, at hindi kami mag-iiwan ng detalye sa mensahe maliban kung sabihin mong ligtas ito.',
      requestResponseTime: 'Sasagot kami sa lalong madaling panahon.',
      footer: 'Pangkalahatang impormasyon ang Haven, hindi legal na payo. Hindi ka nag-iisa.',
    },
    fa: {
      siteName: 'Haven',
      tagline: 'اطلاعات حقوقی رایگان برای بازماندگان قاچاق انسان در کالیفرنیا',
      legalDisclaimer:
        'Haven اطلاعات عمومی ارائه می‌دهد، نه مشاورهٔ حقوقی. شرایط هر کس متفاوت است، پس صحبت با یک وکیل دربارهٔ وضعیت خودتان می‌تواند کمک‌کننده باشد. استفاده از این وب‌سایت رابطهٔ وکیل و موکل ایجاد نمی‌کند.',
      safetyNotice:
        'اگر همین حالا در خطر هستید، با 911 تماس بگیرید. دکمهٔ «خروج سریع» شما را سریع از این صفحه بیرون می‌برد، اما تاریخچهٔ مرور شما را پاک نمی‌کند. برای راه‌های بیشتر حفظ حریم خصوصی، صفحهٔ ایمنی ما را ببینید.',
      requestPolicy:
        'فقط کارکنان پذیرش ما درخواست شما را می‌خوانند. ما هرگز بدون اجازهٔ شما آن را با پلیس، ادارهٔ مهاجرت یا هیچ کس دیگری در میان نمی‌گذاریم. فقط از راه‌ها و در زمان‌هایی که خودتان انتخاب می‌کنید با شما تماس می‌گیریم و هرگز جزئیات را در پیغام نمی‌گذاریم، مگر اینکه بگویید امن است.',
      requestResponseTime: 'هر چه زودتر پاسخ می‌دهیم.',
      footer: 'Haven اطلاعات عمومی ارائه می‌دهد، نه مشاورهٔ حقوقی. شما تنها نیستید.',
    },
  },
};
