import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Nhận bồi thường khi là người sống sót ở California',
  slug: 'nhan-boi-thuong',
  summary:
    'Nếu bạn là người sống sót sau nạn buôn người vì mục đích tình dục ở California, bạn có thể nhận được tiền để giúp mình phục hồi. Hướng dẫn này giải thích chương trình bồi thường của tiểu bang, tiền bồi hoàn trong vụ án hình sự và kiện dân sự.',
  body: `## Bạn có nhiều lựa chọn

Những gì đã xảy ra với bạn không phải là lỗi của bạn. Nhiều người sống sót phải gánh những chi phí vì những gì họ đã trải qua, như hóa đơn y tế, tư vấn tâm lý hoặc mất thu nhập vì không thể đi làm. Ở California, có ba cách chính để xin tiền giúp trang trải những chi phí đó:

- Nộp đơn với Hội đồng Bồi thường Nạn nhân California (CalVCB)
- Tiền bồi hoàn (restitution) trong vụ án hình sự
- Kiện dân sự những người đã làm hại bạn

Bạn có thể dùng nhiều hơn một cách. Bạn cũng có thể cứ từ từ, và chọn điều bạn thấy phù hợp với mình.

## Tiền bồi thường có thể chi trả những gì

Tùy theo con đường bạn chọn, tiền bồi thường có thể giúp trả cho:

- Chăm sóc y tế và nha khoa
- Trị liệu và tư vấn tâm lý
- Thu nhập bạn bị mất
- Học nghề hoặc đi học
- Chuyển đến nơi an toàn hơn, và nhà ở

## Chương trình của tiểu bang: CalVCB

CalVCB trả những chi phí mà không nguồn nào khác, chẳng hạn như bảo hiểm, chi trả. Vì vậy chương trình được gọi là "nơi chi trả sau cùng". CalVCB có thể trả chi phí chăm sóc y tế và nha khoa, điều trị sức khỏe tâm thần, thu nhập bị mất, đào tạo lại nghề nghiệp, chuyển chỗ ở, an ninh cho nhà ở và nhiều khoản khác. Chương trình không bồi thường cho đau đớn và tổn thất tinh thần (pain and suffering).

Một số điểm dành cho người sống sót sau nạn buôn người:

- **Thu nhập bị mất:** tối đa $10,000 mỗi năm, trong tối đa hai năm, đối với đơn nộp từ ngày 1 tháng 1 năm 2020 trở đi. Các mức giới hạn này đúng tính đến tháng 11 năm 2026 — hãy kiểm tra lại với chương trình.
- **Thời hạn nộp đơn:** thông thường, bạn có 7 năm để nộp đơn. Nếu khi đó bạn chưa đủ 18 tuổi, bạn có thể nộp đơn cho đến sinh nhật lần thứ 28. CalVCB có thể cho bạn biết quy định này áp dụng với bạn như thế nào.
- **Không cần biên bản cảnh sát:** đơn của bạn không thể bị từ chối chỉ vì không có biên bản cảnh sát. Thay vào đó, có thể dùng lời xác nhận của nhân viên phụ trách hồ sơ (caseworker), giấy tờ thị thực hoặc hồ sơ y tế.

Bạn có thể liên lạc với CalVCB qua số 1-800-777-9229, qua email info@victims.ca.gov, hoặc tại [victims.ca.gov](https://victims.ca.gov).

## Tiền bồi hoàn trong vụ án hình sự

Nếu người đã buôn bán bạn bị tòa án hình sự tuyên có tội, thẩm phán có thể buộc người đó trả lại cho bạn những thiệt hại bạn đã chịu. Khoản này gọi là tiền bồi hoàn. Nếu có vụ án hình sự, bạn có thể hỏi những người phụ trách vụ án xem tiền bồi hoàn được thực hiện ra sao.

## Kiện dân sự

Bạn cũng có thể khởi kiện ở tòa dân sự. Vụ kiện dân sự tách biệt với bất kỳ vụ án hình sự nào. Thường thì vụ kiện cần cho thấy:

- Kẻ buôn người đã dùng vũ lực, lừa gạt hoặc ép buộc (đe dọa hoặc gây áp lực)
- Có mối liên hệ trực tiếp giữa những gì kẻ buôn người đã làm và tổn hại bạn phải chịu

Bạn có thể kiện:

- Những kẻ buôn người
- Các doanh nghiệp biết rõ mà vẫn hưởng lợi từ việc buôn người
- Những người khác đã tham gia

Việc khởi kiện có thời hạn. Bài viết của chúng tôi về việc kiện kẻ buôn người giải thích các luật và thời hạn.

## Nơi tìm sự giúp đỡ

- **Đường dây nóng Quốc gia về Nạn buôn người (National Human Trafficking Hotline):** gọi 1-888-373-7888 hoặc nhắn tin đến 233733, 24 giờ mỗi ngày. Đường dây này giữ bí mật, và không phải là cảnh sát hay cơ quan di trú.
- **Trợ giúp pháp lý miễn phí:** tìm trợ giúp pháp lý tại quận của bạn trên [LawHelpCA](https://www.lawhelpca.org). Women's Rights Group cung cấp một buổi tư vấn pháp lý miễn phí cho người sống sót qua số (844) 240-4967.
- **Nếu bạn đang gặp nguy hiểm ngay lúc này:** gọi 911.

Đây là thông tin chung, không phải là tư vấn pháp lý. Để được tư vấn về hoàn cảnh riêng của bạn, bạn có thể nói chuyện với luật sư.`,
  seoTitle: 'Bồi thường cho người sống sót buôn người ở California',
  seoDescription:
    'Tiền bồi thường có thể chi trả gì cho người sống sót sau nạn buôn người vì tình dục ở California: CalVCB, bồi hoàn, kiện dân sự và trợ giúp miễn phí.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
