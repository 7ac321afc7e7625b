import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: 'Buôn người có liên quan đến bạo lực gia đình không?',
    answer: `Thường là có. Kẻ buôn người và người bạn đời hay người thân bạo hành thường dùng những cách kiểm soát giống nhau: nắm giữ tiền của bạn, cô lập bạn khỏi bạn bè và gia đình, đe dọa, hoặc làm bạn cảm thấy mình mắc nợ họ. Nếu điều này nghe quen thuộc, bạn không đơn độc, và đó không phải lỗi của bạn.

Từng bị bạo hành trước đây cũng có thể khiến một người dễ bị kẻ buôn người nhắm đến. Điều đó nói lên con người của kẻ gây hại, không phải về bạn.

Bạn có thể nói chuyện với ai đó, dù bạn quyết định thế nào:

- **Đường dây nóng Quốc gia về Bạo lực Gia đình:** gọi 1-800-799-7233 (TTY 1-800-787-3224), 24 giờ mỗi ngày, hoặc vào [thehotline.org](https://www.thehotline.org).
- **Đường dây nóng Quốc gia về Nạn buôn người:** gọi 1-888-373-7888 hoặc nhắn tin đến 233733, 24 giờ mỗi ngày.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'psychological-harm': {
    question: 'Những gì đã xảy ra có thể ảnh hưởng lâu dài đến tinh thần và cảm xúc của tôi không?',
    answer: `Có thể. Nhiều người sống sót bị trầm cảm, lo âu hoặc rối loạn căng thẳng sau sang chấn (PTSD) rất lâu sau khi việc buôn người kết thúc. Một số người có lúc bị phân ly: cảm thấy tê liệt, xa cách hoặc tách rời khỏi cơ thể mình. Đây là những phản ứng thường gặp, không phải dấu hiệu yếu đuối.

Sự hỗ trợ có ích, và việc chữa lành cần thời gian riêng của nó. Một số người tìm đến chuyên viên tư vấn hiểu về sang chấn; người khác bắt đầu với một nhóm hỗ trợ hoặc đường dây nóng. Ở California, Hội đồng Bồi thường Nạn nhân (CalVCB) có thể giúp trả chi phí điều trị sức khỏe tâm thần: 1-800-777-9229, [victims.ca.gov](https://victims.ca.gov).

Nếu bạn cảm thấy có thể tự làm hại mình hoặc đang khủng hoảng, bạn có thể gọi hoặc nhắn tin đến **988** bất cứ lúc nào. Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 911.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'child-sex-trafficking': {
    question: 'Buôn bán trẻ em vì mục đích tình dục là gì?',
    answer: `Đó là khi ai đó tuyển mộ, che giấu, đưa đi hoặc có được một người dưới 18 tuổi để sử dụng cho tình dục thương mại, tức là tình dục để đổi lấy tiền hoặc thứ gì có giá trị như đồ ăn, chỗ ở hay quà tặng.

Trẻ em không bao giờ có lỗi khi bị buôn bán, kể cả khi em có vẻ đồng ý hoặc người liên quan là bạn trai, bạn gái hay người trong gia đình.

Thanh thiếu niên bỏ nhà đi hoặc đang sống trong hệ thống chăm sóc nuôi dưỡng (foster care) có nguy cơ cao hơn. Kẻ buôn người có thể hứa hẹn những gì các em đang thiếu: chỗ ngủ, sự quan tâm hoặc cảm giác được thuộc về.

Nếu bạn lo lắng cho một em nhỏ, hoặc cho chính mình, bạn có thể gọi Đường dây nóng Quốc gia về Nạn buôn người số 1-888-373-7888 hoặc nhắn tin đến 233733, 24 giờ mỗi ngày. Nếu có người đang gặp nguy hiểm ngay lúc này, hãy gọi 911.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'recognizing-signs': {
    question: 'Làm sao tôi nhận biết được các dấu hiệu?',
    answer: `Một vài dấu hiệu cho thấy ai đó có thể đang gặp nguy hiểm:

- nghỉ học không rõ lý do;
- thay đổi đột ngột về ngoại hình hoặc hành vi;
- dấu hiệu bị bạo hành thể xác;
- xa lánh gia đình và bạn bè.

Một dấu hiệu không phải là bằng chứng. Nếu bạn lo lắng, bạn có thể nói chuyện với Đường dây nóng Quốc gia về Nạn buôn người qua số 1-888-373-7888, dù bạn chưa chắc chắn điều gì đang xảy ra.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'police-report-compensation': {
    question: 'Tôi có cần biên bản cảnh sát để xin bồi thường không?',
    answer: `Không phải lúc nào cũng cần. Hội đồng Bồi thường Nạn nhân California (CalVCB) không được từ chối đơn của người sống sót sau nạn buôn người chỉ vì không có biên bản cảnh sát.

Thay vào đó, có thể dùng các giấy tờ khác, ví dụ:

- lời xác nhận của nhân viên hỗ trợ (caseworker);
- giấy tờ thị thực (visa);
- hồ sơ y tế.

Bạn có thể gọi CalVCB số 1-800-777-9229 hoặc vào [victims.ca.gov](https://victims.ca.gov) để hỏi giấy tờ nào phù hợp với trường hợp của bạn.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'compensation-deadline': {
    question: 'Tôi có bao nhiêu thời gian để xin bồi thường hoặc khởi kiện?',
    answer: `Tùy vào việc bạn muốn làm:

- **CalVCB (bồi thường nạn nhân):** nói chung là trong vòng 7 năm; nếu là trẻ vị thành niên thì đến trước sinh nhật 28 tuổi.
- **Kiện dân sự theo Bộ luật Dân sự California § 52.5:** 7 năm sau khi việc buôn người kết thúc, hoặc 10 năm sau khi tròn 18 tuổi nếu khi đó là trẻ vị thành niên.
- **Kiện dân sự theo luật liên bang 18 U.S.C. § 1595:** 10 năm, hoặc 10 năm sau khi tròn 18 tuổi.

Thời hạn có thể phức tạp. Nếu được, hãy sớm nói chuyện với luật sư; bạn có thể tìm trợ giúp pháp lý miễn phí theo quận tại [LawHelpCA](https://www.lawhelpca.org).

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'hotline-immigration-police': {
    question: 'Gọi đường dây nóng có liên quan đến cảnh sát hay di trú không?',
    answer: `Đường dây nóng Quốc gia về Nạn buôn người, do Polaris điều hành, được bảo mật và không phải là cơ quan công an hay di trú. Bạn tự quyết định chia sẻ điều gì.

Đường dây mở 24 giờ, bằng tiếng Anh và tiếng Tây Ban Nha, và có thông dịch viên cho hơn 200 ngôn ngữ:

- gọi 1-888-373-7888;
- nhắn tin đến 233733;
- TTY: 711.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'quick-exit-history': {
    question: 'Nút Thoát nhanh có xóa lịch sử duyệt web của tôi không?',
    answer: `Không. **Thoát nhanh** đưa bạn ra khỏi trang này ngay lập tức và thay trang hiện tại trong lịch sử của thẻ, nên nút Quay lại sẽ không trở về trang đó. Nhưng những trang bạn đã xem trước đó vẫn có thể còn trong lịch sử trình duyệt.

Một số cách có thể giúp:

- chỉ xóa từng mục lịch sử của trang này, thay vì xóa toàn bộ (xóa hết có thể bị để ý);
- dùng chế độ duyệt web riêng tư (ẩn danh);
- dùng điện thoại hoặc máy tính mà người gây hại không thể tiếp cận.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
};
