# Bản dịch máy từ tiếng Anh. Giao diện ứng dụng: có đúng các khóa như tiếng Anh.
# Các biến trong ngoặc nhọn, như { $count }, do ứng dụng điền vào: giữ nguyên.

## Shell
app-name = Mới đến Phần Lan
skip-to-content = Đi đến nội dung
nav-label = Menu chính
nav-guide = Hướng dẫn
nav-language = Ngôn ngữ
nav-municipality = Đô thị
nav-municipality-none = Chưa chọn
breadcrumb-label = Bạn đang ở đây
footer-privacy = Mọi việc bạn làm ở đây chỉ lưu trên thiết bị này. Không có gì được gửi đi đâu cả.
footer-disclaimer = Hướng dẫn này cho thông tin chung. Các cơ quan chức năng quyết định trường hợp của bạn.
opens-new-tab = mở trong thẻ mới

## Notices
notice-machine = Văn bản này do máy dịch và có thể có lỗi. Nếu có điều gì chưa rõ, hãy hỏi nhân viên hoặc xem trang web chính thức. Hãy báo cho chúng tôi biết các lỗi để chúng tôi sửa.
notice-text-gaps = Một số văn bản chưa có bằng ngôn ngữ của bạn. Các văn bản đó được hiển thị bằng tiếng Anh.
notice-checklist-reset = Không đọc được danh sách việc cần làm mà bạn đã lưu, nên danh sách đã bị xóa. Hãy đánh dấu lại các bước của bạn.
notice-storage-blocked = Trình duyệt này không cho phép hướng dẫn lưu bất cứ điều gì. Những gì bạn làm ở đây chỉ được giữ cho đến khi bạn đóng trang này.

## Loading (the first screen, while a page the person chose is on its way)
loading = Đang tải…

## Language screen
language-title = Chọn ngôn ngữ của bạn
language-intro = Chạm vào ngôn ngữ của bạn. Bạn có thể đổi sau trong menu ở phía trên.
language-suggested = Gợi ý cho thiết bị này

## Municipality screen (a site for several municipalities)
municipality-title = Chọn đô thị của bạn
municipality-intro = Hãy chọn đô thị nơi bạn sống. Sau đó, hướng dẫn sẽ hiển thị các văn phòng và thông tin địa phương của đô thị đó. Bạn có thể đổi sau trong menu ở phía trên.

## Start page
home-title = Chào mừng bạn đến Phần Lan
home-intro = Hướng dẫn này giúp bạn trong những tháng đầu tiên ở Phần Lan. Hãy đọc về các bước đầu tiên, các dịch vụ bạn có thể dùng và nơi có thể nhận trợ giúp.
home-guide-title = Thông tin cơ bản
home-guide-text = Giấy phép, { -kela }, việc làm, sức khỏe, nhà ở, trường học và nhiều điều khác.
home-checklist-title = Các bước đầu tiên của bạn
home-help-title = Nơi nhận trợ giúp
home-help-text = Hướng dẫn và tư vấn, đường dây hỗ trợ và số điện thoại khẩn cấp.
home-privacy = Bạn không cần đăng nhập. Những gì bạn đánh dấu chỉ được lưu trên thiết bị này.

## Guide
guide-title = Thông tin cơ bản
guide-intro = Chọn một chủ đề, hoặc tìm một từ.
guide-all-topics = Tất cả chủ đề
search-label = Tìm trong hướng dẫn
search-button = Tìm
search-results = { $count ->
    [0] Không tìm thấy gì cho “{ $query }”
   *[other] Tìm thấy { $count } chủ đề cho “{ $query }”
}
search-none = Hãy thử một từ khác, hoặc một từ ngắn hơn.
search-none-help = Xem nơi nhận trợ giúp.

## Topic page
topic-back = Tất cả chủ đề
topic-steps-heading = Việc cần làm
topic-authority-heading = Ai chịu trách nhiệm
topic-name-fi = Bằng tiếng Phần Lan
topic-name-sv = Bằng tiếng Thụy Điển
topic-phones-heading = Số điện thoại
topic-last-checked = Kiểm tra lần cuối: { $date }
read-aloud = Đọc to
read-aloud-stop = Dừng đọc
read-aloud-no-voice = Thiết bị này không có giọng đọc cho ngôn ngữ này.

## Checklist
checklist-heading = Danh sách việc cần làm của bạn
checklist-progress = Đã làm xong { $done } trên { $total } bước
checklist-read-more = Đọc thêm

## Not found
not-found-title = Không tìm thấy trang
not-found-text = Chúng tôi không tìm thấy trang này. Đường liên kết có thể đã cũ hoặc bị gõ sai.
not-found-home = Đi đến trang đầu
not-found-guide = Xem tất cả chủ đề của hướng dẫn

## Local offices (from the municipality's settings)
office-heading = Văn phòng tại địa phương
office-address = Địa chỉ
office-phone = Điện thoại
office-hours = Giờ mở cửa
office-website = Trang web
office-accessibility = Khả năng tiếp cận cho người khuyết tật
office-languages = Ngôn ngữ được sử dụng

## Kiosk (shared device in a service point)
kiosk-finish = Kết thúc và xóa
kiosk-idle-title = Bạn vẫn còn ở đây chứ?
kiosk-idle-text = Để bảo vệ sự riêng tư của bạn, mọi thứ trên màn hình này sẽ bị xóa sau { $seconds } giây.
kiosk-still-here = Tôi vẫn còn ở đây
kiosk-qr-help = Hãy quét mã này bằng điện thoại của bạn để mang theo các câu trả lời và lộ trình của bạn. Không có gì được lưu trên thiết bị này.
mine-title = Các câu trả lời của bạn từ điểm dịch vụ
mine-intro = Đây là các câu trả lời và lộ trình bạn đã làm tại điểm dịch vụ. Chúng chưa được lưu trên điện thoại này.
mine-save = Lưu trên điện thoại này

## App updates
update-available = Đã có phiên bản mới của hướng dẫn này.
update-reload = Cập nhật ngay

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Câu hỏi
qn-home-title = Chuẩn bị cho buổi đánh giá của bạn
qn-home-text = Trả lời các câu hỏi về kỹ năng và kế hoạch của bạn trước buổi gặp.
qn-deleted = Dữ liệu của bạn đã bị xóa khỏi thiết bị này.
qn-notice-migrated = Các câu trả lời bạn đã lưu đã được cập nhật cho phiên bản này của ứng dụng.
qn-notice-dropped = Một số câu trả lời đã lưu không còn phù hợp với các câu hỏi và đã bị xóa. Hãy kiểm tra lại các câu trả lời của bạn.
pw-nav = Lộ trình
