# Bản dịch máy từ tiếng Anh. Trang kiểm tra cài đặt cho quản trị web (#/admin/config-check).
# Có đúng các khóa như tiếng Anh. Tệp này tải cùng trang đó, không tải ở lần truy cập đầu tiên.

admin-title = Kiểm tra cài đặt
admin-intro = Trang này cho thấy ứng dụng đã hiểu được gì từ tệp cài đặt của đô thị, municipality.toml. Các phần có vấn đề sẽ bị bỏ qua, và ứng dụng dùng giá trị mặc định cho các phần đó.
admin-none = Không có vấn đề: mọi cài đặt đều được hiểu.
admin-no-file = Không có tệp cài đặt. Ứng dụng dùng giá trị mặc định.
admin-count = { $count ->
   *[other] Tìm thấy { $count } vấn đề:
}
admin-where = Dòng { $line }, cột { $column }, { $path }:
config-problem-syntax = Không đọc được tệp. Không có gì trong tệp được sử dụng. Hãy sửa lỗi ở gần dòng này:
config-problem-unknown-field = Cài đặt không xác định, đã bỏ qua. Hãy kiểm tra chính tả.
config-problem-wrong-type = Sai loại giá trị. Cần có:
config-problem-bad-url = Đường liên kết phải bắt đầu bằng https://
config-problem-bad-path = Logo phải là đường dẫn đến một tệp hình ảnh trong trang web này, ví dụ local/logo.svg.
config-problem-unknown-step = Bước lộ trình hoặc chủ đề hướng dẫn không xác định, đã bỏ qua:
config-problem-unknown-locale = Mã ngôn ngữ không xác định hoặc chưa được bật, đã bỏ qua:
config-problem-bad-colour = Màu phải được viết dạng #rrggbb, ví dụ #0b5394.
config-problem-low-contrast = Màu quá nhạt trên nền trắng để đọc (cần 4,5:1). Độ tương phản:
config-problem-out-of-range = Số nằm ngoài phạm vi. Giá trị cho phép:
config-problem-missing = Thiếu cài đặt bắt buộc này, nên phần này bị bỏ qua.
config-problem-unknown-country = Quốc gia không xác định, nên dùng Phần Lan. Hãy viết "fi" cho Phần Lan hoặc "se" cho Thụy Điển:
config-problem-bad-id = Mã của đô thị chỉ được có chữ thường a–z, chữ số và dấu gạch nối, và mỗi mã chỉ được liệt kê một lần. Đã bỏ qua:
config-problem-site-only = Cài đặt này dùng cho toàn bộ trang web. Hãy viết cài đặt này trong municipality.toml, không viết trong tệp riêng của một đô thị.
admin-file-unreadable = Không đọc được tệp này. Hãy kiểm tra xem tệp có nằm trong thư mục municipalities/ không, và tên tệp có đúng là mã được liệt kê trong municipality.toml không.

# Phần tệp văn bản của trang kiểm tra cài đặt.
admin-texts-title = Tệp văn bản
admin-texts-intro = Các văn bản nằm trong các tệp .ftl. Mục nào có lỗi sẽ bị bỏ qua, và ứng dụng hiển thị văn bản tiếng Anh thay vào chỗ đó.
admin-texts-checking = Đang kiểm tra các tệp văn bản…
admin-texts-none = Không có vấn đề trong các tệp văn bản.
admin-texts-where = { $path }, dòng { $line }:
admin-texts-broken = Mục này có lỗi và bị bỏ qua. Các văn bản xung quanh vẫn hoạt động.
admin-texts-unavailable = Không tải được tệp này.
