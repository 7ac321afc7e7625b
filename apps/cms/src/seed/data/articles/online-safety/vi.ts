import type { SeedArticleText } from '../../types';

export const text = {
  title: 'Giữ an toàn trên mạng',
  slug: 'an-toan-tren-mang',
  summary:
    'Những cách đơn giản để giảm khả năng người khác biết bạn đã vào trang web này, kèm theo những gì nút Thoát nhanh làm được và không làm được.',
  body: `## Sự an toàn của bạn là trên hết

Nếu có người kiểm tra điện thoại hoặc máy tính của bạn, việc tìm sự giúp đỡ trên mạng có thể khiến bạn thấy lo ngại. Bạn là người hiểu rõ hoàn cảnh của mình nhất. Những gợi ý dưới đây có thể giảm rủi ro, nhưng không cách nào hoàn hảo. Bạn có thể chọn những cách phù hợp với cuộc sống của mình.

## Thoát nhanh làm được gì

Mỗi trang của trang web này đều có nút **Thoát nhanh**.

- Chạm hoặc bấm vào nút đó để rời khỏi trang web này ngay lập tức và chuyển sang một trang web bình thường, không liên quan.
- Trên bàn phím, bạn cũng có thể nhấn phím Shift ba lần liên tiếp. Trang sẽ bị ẩn ngay lập tức và một trang web bình thường sẽ mở ra.
- Phím tắt Shift cũng thay trang bạn đang xem trong lịch sử trình duyệt bằng trang web bình thường đó.
- Nút Thoát nhanh vẫn hoạt động ngay cả khi JavaScript bị tắt.

## Thoát nhanh không làm được gì

- Nút này không xóa lịch sử duyệt web của bạn. Những trang khác của trang web này mà bạn đã mở trước đó vẫn có thể hiện ra trong lịch sử.
- Nếu bấm nút Quay lại (Back), những trang của trang web này mà bạn đã xem trước đó vẫn có thể hiện lại.
- Nút này không thể giấu việc bạn vào trang web khỏi người đã cài phần mềm theo dõi trên thiết bị của bạn, hoặc người có thể thấy hoạt động trên mạng của bạn.

## Dùng chế độ duyệt web riêng tư

Cửa sổ riêng tư (một số trình duyệt gọi là Ẩn danh, Incognito hoặc InPrivate) sẽ không giữ lại trong lịch sử những trang bạn đã vào, sau khi bạn đóng cửa sổ đó.

- Mở một cửa sổ riêng tư trước khi vào trang web này.
- Đóng tất cả cửa sổ riêng tư khi bạn xong việc.
- Duyệt web riêng tư không giấu được những gì bạn làm khỏi phần mềm theo dõi, khỏi mạng của nơi làm việc hoặc trường học, hay khỏi nhà cung cấp dịch vụ internet của bạn.

## Chỉ xóa từng mục, không xóa toàn bộ lịch sử

Nếu lịch sử duyệt web của bạn bỗng trống trơn, người kiểm tra có thể để ý. Thay vào đó, bạn có thể chỉ xóa những trang của trang web này:

1. Mở lịch sử trong trình duyệt của bạn.
2. Tìm những trang của trang web này.
3. Chỉ xóa những mục đó.

Cuộc gọi và tin nhắn cũng có thể hiện trên điện thoại của bạn. Sau khi liên lạc với đường dây nóng, một số người chọn xóa cuộc gọi hoặc tin nhắn đó khỏi danh sách trong điện thoại.

## Dùng thiết bị mà kẻ bạo hành không thể đụng tới

Lựa chọn an toàn nhất là một chiếc điện thoại hoặc máy tính mà người đang làm hại bạn không thể dùng hoặc kiểm tra. Ví dụ, một số người dùng máy tính ở thư viện công cộng, hoặc điện thoại của một người bạn họ tin tưởng. Nếu bạn nghĩ thiết bị của mình đang bị theo dõi, bạn có thể tìm sự giúp đỡ trên một thiết bị khác.

## Nơi tìm sự giúp đỡ

- **Đường dây nóng Quốc gia về Nạn buôn người (National Human Trafficking Hotline):** gọi 1-888-373-7888 hoặc nhắn tin đến 233733, 24 giờ mỗi ngày. Đường dây này giữ bí mật, và không phải là cảnh sát hay cơ quan di trú.
- **Đường dây nóng Quốc gia về Bạo lực Gia đình (National Domestic Violence Hotline):** gọi 1-800-799-7233 (TTY 1-800-787-3224), 24 giờ mỗi ngày, hoặc vào [thehotline.org](https://www.thehotline.org).
- **Nếu bạn đang gặp nguy hiểm ngay lúc này:** gọi 911.

Đây là thông tin chung, không phải là tư vấn pháp lý. Để được tư vấn về hoàn cảnh riêng của bạn, bạn có thể nói chuyện với luật sư.`,
  seoTitle: 'An toàn trên mạng: Thoát nhanh và lịch sử duyệt web',
  seoDescription:
    'Nút Thoát nhanh làm được và không làm được gì, duyệt web riêng tư giúp ích ra sao, cách xóa từng mục lịch sử hoặc dùng thiết bị an toàn hơn.',
  translationStatus: 'draft_translation',
} satisfies SeedArticleText;
