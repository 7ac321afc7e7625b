import type { FaqTexts } from './meta';

export const texts: FaqTexts = {
  'domestic-violence-link': {
    question: 'Buôn người có liên quan đến bạo lực gia đình không?',
    answer: `Thường là có. Kẻ buôn người có thể dùng những cách kiểm soát giống như một người bạn đời hay người thân bạo hành. Họ có thể kiểm soát tiền bạc của bạn, cách ly bạn khỏi bạn bè và gia đình, hoặc đe dọa bạn. Nếu điều này nghe quen thuộc, bạn không đơn độc, và đó không phải lỗi của bạn.

Từng bị bạo hành trước đây cũng có thể làm tăng nguy cơ bị buôn bán. Những kẻ gây hại thường tìm đến người đang tổn thương. Điều đó nói lên con người của họ, không phải của bạn.

Có sự hỗ trợ cho cả hai trường hợp. Nếu bạn muốn trò chuyện, **Đường dây nóng Quốc gia về Bạo lực Gia đình** mở cửa 24/7: gọi 1-800-799-7233 (TTY 1-800-787-3224).

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'child-sex-trafficking': {
    question: 'Buôn bán trẻ em vì mục đích tình dục là gì?',
    answer: `Buôn bán trẻ em vì mục đích tình dục là khi ai đó dụ dỗ, chứa chấp, đưa đi hoặc chiếm giữ một người dưới 18 tuổi để dùng vào hoạt động mua bán dâm. Mua bán dâm nghĩa là quan hệ tình dục để đổi lấy tiền hoặc thứ gì đó có giá trị.

Không cần phải chứng minh có dùng vũ lực, lừa gạt hay đe dọa. Trẻ em không thể đồng ý với việc này, và trẻ em không bao giờ có lỗi. Những em đã bỏ nhà đi hoặc đang sống trong hệ thống nuôi dưỡng tạm thời (foster care) có nguy cơ cao hơn.

Nếu có ai đang gặp nguy hiểm ngay lúc này, bạn có thể gọi 911. Để trò chuyện hoặc nhận giúp đỡ, bạn có thể liên lạc **Đường dây nóng Quốc gia về Nạn Buôn người**: gọi 1-888-373-7888 hoặc nhắn tin đến 233733.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'recognizing-signs': {
    question: 'Làm sao để nhận biết một người có thể đang bị buôn bán?',
    answer: `Một số dấu hiệu bạn có thể để ý:

- nghỉ học mà không có lý do rõ ràng
- thay đổi đột ngột về ngoại hình hoặc cách cư xử
- dấu hiệu bị bạo hành thể xác
- xa lánh gia đình và bạn bè

Chỉ một dấu hiệu thì không phải là bằng chứng. Nhiều điều khác cũng có thể gây ra những thay đổi này. Nếu bạn lo lắng, bạn có thể nói chuyện với Đường dây nóng Quốc gia về Nạn Buôn người qua số 1-888-373-7888. Họ có thể giúp bạn suy nghĩ xem nên làm gì tiếp theo.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'psychological-harm': {
    question: 'Những gì đã xảy ra có thể ảnh hưởng đến tôi lâu dài không?',
    answer: `Có thể. Nhiều người sống sót phải sống chung với trầm cảm, lo âu, rối loạn căng thẳng sau sang chấn (PTSD) hoặc phân ly, tức là cảm giác tê dại hay như xa rời chính mình. Đây là những phản ứng thường gặp trước một điều lẽ ra không bao giờ được xảy ra. Đó không phải là dấu hiệu của sự yếu đuối.

Sự hỗ trợ có ích, và việc chữa lành là có thể. Việc này có thể cần thời gian, và bạn được quyền chọn kiểu giúp đỡ nào phù hợp với mình.

Nếu bạn đang khủng hoảng hoặc nghĩ đến việc tự làm hại mình, bạn có thể gọi hoặc nhắn tin đến **988**, Đường dây Cứu trợ Tự tử và Khủng hoảng. Đường dây mở cửa 24/7.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'hotline-immigration-police': {
    question: 'Nếu tôi gọi đường dây nóng, cảnh sát hay sở di trú có biết không?',
    answer: `Đường dây nóng Quốc gia về Nạn Buôn người do tổ chức Polaris điều hành. Đường dây này bảo mật và mở cửa 24/7. Đây **không phải** là cảnh sát và **không phải** là cơ quan di trú.

Bạn tự chọn điều mình muốn chia sẻ. Bạn không cần kể bất cứ chi tiết nào khi chưa sẵn sàng. Nhân viên nói tiếng Anh và tiếng Tây Ban Nha, và có thông dịch viên cho hơn 200 ngôn ngữ.

- gọi 1-888-373-7888
- nhắn tin đến 233733
- TTY 711

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'police-report-compensation': {
    question: 'Tôi có cần biên bản cảnh sát để xin bồi thường không?',
    answer: `Không phải lúc nào cũng cần. Nếu bạn là người sống sót sau nạn buôn người, Hội đồng Bồi thường Nạn nhân California (CalVCB) không được từ chối đơn của bạn chỉ vì không có biên bản cảnh sát.

Bạn có thể dùng giấy tờ khác thay thế, như lời xác nhận của nhân viên xã hội phụ trách hồ sơ, giấy tờ thị thực (visa), hoặc hồ sơ y tế. Có báo cảnh sát hay không là quyền lựa chọn của bạn.

Bạn có thể hỏi CalVCB về đơn của mình: gọi 1-800-777-9229 hoặc vào [victims.ca.gov](https://victims.ca.gov).

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'compensation-deadline': {
    question: 'Tôi có bao lâu để xin bồi thường hoặc khởi kiện?',
    answer: `Với Hội đồng Bồi thường Nạn nhân California (CalVCB), bạn có 7 năm để nộp đơn. Nếu lúc đó bạn dưới 18 tuổi, bạn có thể nộp đơn cho đến sinh nhật thứ 28.

Một vụ kiện dân sự, tức là bạn yêu cầu tòa án buộc kẻ buôn người phải bồi thường cho bạn, có thời hạn riêng:

- **Cal. Civ. Code § 52.5:** 7 năm sau khi việc buôn bán chấm dứt, hoặc 10 năm sau khi bạn đủ 18 tuổi nếu lúc đó bạn là trẻ vị thành niên.
- **18 U.S.C. § 1595:** 10 năm, hoặc 10 năm sau khi bạn đủ 18 tuổi.

Thời hạn có thể phức tạp, nên nói chuyện sớm với luật sư có thể giúp ích. Bạn có thể tìm trợ giúp pháp lý miễn phí tại quận của mình trên [LawHelpCA](https://www.lawhelpca.org).

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
  'quick-exit-history': {
    question: 'Nút Thoát nhanh có xóa lịch sử duyệt web của tôi không?',
    answer: `Không. Thoát nhanh giúp bạn rời trang này ngay lập tức. Nút này cũng thay thế trang hiện tại trong lịch sử của thẻ trình duyệt, nên khi nhấn Quay lại, trang đó sẽ không hiện ra. Nhưng những trang bạn đã mở trước đó vẫn có thể còn trong lịch sử duyệt web.

Một vài điều bạn có thể làm, nếu phù hợp với hoàn cảnh của bạn:

- Chỉ xóa từng mục lịch sử của trang này. Xóa toàn bộ lịch sử cũng có thể bị người khác để ý.
- Dùng chế độ duyệt web riêng tư.
- Dùng một thiết bị mà người đang làm hại bạn không thể động đến.

Đây là thông tin chung, không phải tư vấn pháp lý.`,
    translationStatus: 'draft_translation',
  },
};
