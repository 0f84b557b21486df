# Bản dịch máy từ tiếng Anh. Bảng câu hỏi về nhu cầu: có đúng các khóa như tiếng Anh.
# Các biến trong ngoặc nhọn, như { $count }, do ứng dụng điền vào: giữ nguyên.

## Start page and navigation
qn-title = Chuẩn bị cho buổi đánh giá của bạn
qn-intro = Trước buổi gặp đầu tiên về dịch vụ hội nhập, bạn có thể trả lời các câu hỏi về kỹ năng, kế hoạch và cuộc sống hiện nay của bạn. Khi đó buổi gặp có thể bắt đầu từ các câu trả lời của bạn.
qn-how-long = Việc này mất khoảng 15 phút. Bạn có thể dừng lại và làm tiếp sau.
qn-private = Câu trả lời của bạn chỉ ở trên thiết bị này. Không có gì được gửi đi đâu cả. Bạn quyết định cho ai xem.
qn-skip-note = Chỉ trả lời những gì bạn muốn. Một số câu hỏi có “Tôi không biết”, “Bỏ qua” hoặc “Tôi không muốn nói”.
qn-start = Bắt đầu
qn-continue = Tiếp tục từ chỗ bạn đã dừng
qn-start-again = Bắt đầu lại
qn-check-link = Kiểm tra câu trả lời của bạn
qn-saved-count = { $count ->
   *[other] Bạn đã trả lời { $count } câu hỏi.
}
qn-progress = Phần { $part } trên { $parts }: { $section }
qn-progress-label = Tiến độ
qn-back = Quay lại
qn-continue-button = Tiếp tục
qn-dont-know = Tôi không biết
qn-prefer-not = Tôi không muốn nói
qn-skip = Bỏ qua câu hỏi này
qn-choose-all = Chọn tất cả các lựa chọn phù hợp.
qn-month = Tháng
qn-year = Năm
qn-number = Số
qn-your-answer = Câu trả lời của bạn
qn-selected = Đã chọn

## Check your answers
qn-check-title = Kiểm tra câu trả lời của bạn
qn-check-intro = Hãy xem lại các câu trả lời. Bạn có thể thay đổi bất kỳ câu trả lời nào.
qn-change = Thay đổi
qn-answer-now = Trả lời
qn-not-answered = Chưa trả lời
qn-answer-dont-know = Tôi không biết
qn-answer-prefer-not = Tôi không muốn nói
qn-answer-skipped = Đã bỏ qua
qn-done-title = Điều gì sẽ xảy ra tiếp theo
qn-done-text = Câu trả lời của bạn đã được lưu trên thiết bị này. Hãy cho xem tại buổi hẹn. Người bạn gặp sẽ cùng bạn quyết định bạn cần những dịch vụ nào.
qn-see-pathway = Xem lộ trình gợi ý cho bạn

## Deleting
qn-delete = Xóa dữ liệu của tôi khỏi thiết bị này
qn-delete-confirm-title = Xóa dữ liệu của bạn?
qn-delete-confirm-text = Việc này xóa các câu trả lời, các dấu đánh trong danh sách việc cần làm và ngôn ngữ bạn đã chọn khỏi thiết bị này. Bạn không thể hoàn tác.
qn-delete-yes = Có, xóa
qn-delete-cancel = Hủy

## Notices about stored answers
qn-notice-discarded = Không đọc được các câu trả lời bạn đã lưu, nên chúng đã bị xóa. Hãy trả lời lại.
qn-notice-newer = Các câu trả lời bạn đã lưu được làm bằng một phiên bản mới hơn của ứng dụng này. Hãy cập nhật ứng dụng hoặc mở ứng dụng trong một trình duyệt đã được cập nhật. Các câu trả lời đã lưu của bạn không bị thay đổi.

## Errors
error-summary = Có một vấn đề
error-required = Hãy trả lời câu hỏi, hoặc chọn một lựa chọn khác ở dưới.
error-unknown-option = Hãy chọn một trong các lựa chọn.
error-exclusive = Không thể chọn câu trả lời này cùng với các câu trả lời khác.
error-not-a-number = Hãy viết một số bằng chữ số, ví dụ 12.
error-out-of-range = Hãy viết một số từ { $min } đến { $max }.
error-year-too-early = Hãy viết một năm từ { $min } trở về sau.
error-in-future = Ngày tháng không được ở trong tương lai.
error-month = Hãy chọn một tháng.
error-too-long = Hãy viết tối đa { $max } ký tự.

## Months
month-1 = Tháng 1
month-2 = Tháng 2
month-3 = Tháng 3
month-4 = Tháng 4
month-5 = Tháng 5
month-6 = Tháng 6
month-7 = Tháng 7
month-8 = Tháng 8
month-9 = Tháng 9
month-10 = Tháng 10
month-11 = Tháng 11
month-12 = Tháng 12

## Sections
section-about = Về bạn
section-languages = Ngôn ngữ
section-education = Học vấn
section-work = Công việc
section-skills = Kỹ năng và điểm mạnh
section-goals = Mục tiêu của bạn
section-life = Cuộc sống hiện nay của bạn
section-wellbeing = Sức khỏe và tinh thần
section-wellbeing-intro = Các câu hỏi này không bắt buộc. Chúng tôi hỏi vì sức khỏe có thể ảnh hưởng đến việc học và làm việc, và có sự giúp đỡ dành cho bạn. Bạn có thể bỏ qua hoặc chọn “Tôi không muốn nói”.
section-appointment = Buổi hẹn của bạn

## Questions: about you
q-age-group = Bạn bao nhiêu tuổi?
q-residence-basis = Vì sao bạn được quyền sống ở Phần Lan?
q-residence-basis-help = Hãy xem thẻ giấy phép cư trú hoặc giấy chứng nhận đăng ký của bạn. Nếu bạn không chắc chắn, hãy chọn “Tôi không biết”.
q-permit-date = Bạn được cấp giấy phép cư trú đầu tiên hoặc đăng ký lần đầu ở Phần Lan khi nào?
q-permit-date-help = Dịch vụ hội nhập thường được cung cấp trong 3 năm đầu sau ngày này.
q-municipality-registered = Bạn có đô thị cư trú ở Phần Lan không?
q-municipality-registered-help = Điều này có nghĩa là bạn được đăng ký là đang sống ở một đô thị của Phần Lan. { -dvv } đăng ký việc này.
q-first-steps-done = Bạn đã có những thứ nào trong số này?
q-unaccompanied = Bạn có đến Phần Lan mà không có cha mẹ hoặc người giám hộ không?
q-unaccompanied-help = Người giám hộ là một người lớn chịu trách nhiệm pháp lý về bạn.

## Questions: languages
q-mother-tongue = Tiếng mẹ đẻ của bạn là gì?
q-mother-tongue-other = Hãy viết tên tiếng mẹ đẻ của bạn.
q-other-languages = Bạn nói những ngôn ngữ nào khác?
q-finnish = Bạn nói tiếng Phần Lan tốt đến mức nào?
q-swedish = Bạn nói tiếng Thụy Điển tốt đến mức nào?
q-english = Bạn nói tiếng Anh tốt đến mức nào?
q-read-own = Bạn có đọc được bằng tiếng mẹ đẻ không?
q-write-own = Bạn có viết được bằng tiếng mẹ đẻ không?
q-latin-alphabet = Bạn có đọc được các chữ cái của bảng chữ cái này không: A B C D E?
q-latin-alphabet-help = Tiếng Phần Lan, tiếng Thụy Điển và tiếng Anh được viết bằng các chữ cái này (bảng chữ cái Latinh).

## Questions: education
q-school-years = Tổng cộng bạn đã đi học hoặc học tập bao nhiêu năm?
q-school-years-help = Hãy tính tất cả các năm, từ tiểu học đến đại học. Nếu bạn không chắc chắn, hãy đoán gần đúng nhất.
q-education-level = Bậc học cao nhất mà bạn đã hoàn thành là gì?
q-education-field = Bạn đã học ngành gì?
q-education-country = Bạn đã học ở đâu?
q-certificates = Bạn có giấy chứng nhận hoặc văn bằng của mình không?
q-certificates-help = Ví dụ giấy chứng nhận của trường, văn bằng hoặc bằng tốt nghiệp, bằng giấy hoặc dạng tệp.
q-unfinished-studies = Bạn có bắt đầu một khóa học mà không thể học xong không?

## Questions: work
q-has-worked = Bạn đã từng đi làm chưa?
q-work-fields = Bạn đã làm việc trong những ngành nào?
q-work-other = Hãy viết ngành hoặc công việc bạn đã làm.
q-work-years = Tổng cộng bạn đã làm việc bao nhiêu năm?
q-recent-work = Công việc gần đây nhất của bạn là gì?
q-recent-work-help = Hãy viết tên công việc, ví dụ “y tá” hoặc “tài xế xe buýt”.
q-entrepreneur = Bạn đã từng có doanh nghiệp riêng chưa?
q-driving-licence = Bạn có giấy phép lái xe không?
q-licence-class = Giấy phép của bạn cho phép lái những loại xe nào?

## Questions: skills
q-phone-skills = Bạn có dùng được điện thoại thông minh không, ví dụ để gửi tin nhắn và dùng ứng dụng?
q-computer-skills = Bạn có dùng được máy tính không?
q-online-services = Bạn có tự mình dùng được các dịch vụ trực tuyến không?
q-online-services-help = Ví dụ ngân hàng trực tuyến, đặt lịch hẹn hoặc điền mẫu đơn trực tuyến.
q-strengths = Bạn giỏi về điều gì?

## Questions: goals
q-goals = Bạn muốn làm gì ở Phần Lan trong vài năm tới?
q-main-goal = Điều nào trong số này quan trọng nhất với bạn bây giờ?

## Questions: life now
q-jobseeker = Bạn đã đăng ký làm người tìm việc với { -tyollisyyspalvelut } chưa?
q-jobseeker-help = Bạn đăng ký qua { -tyomarkkinatori(case: "with-finnish") } hoặc tại { -tyollisyyspalvelut }.
q-social-assistance = Bạn có nhận trợ cấp sinh hoạt không?
q-social-assistance-help = Trợ cấp sinh hoạt là tiền cho các nhu cầu cơ bản khi thu nhập của bạn không đủ. { -kela } trả trợ cấp sinh hoạt cơ bản. Nếu bạn nhận trợ cấp này trong thời gian dài hoặc thường xuyên, đô thị của bạn thường chịu trách nhiệm về các dịch vụ hội nhập của bạn.
q-has-children = Bạn có con sống cùng không?
q-children-ages = Các con bạn bao nhiêu tuổi?
q-home-care-allowance = Bạn có nhận trợ cấp chăm sóc con tại nhà từ { -kela } không?
q-home-care-allowance-help = Đây là tiền từ { -kela } khi bạn chăm sóc con dưới 3 tuổi ở nhà.
q-housing = Hiện nay bạn sống ở đâu?
q-urgent = Bạn có cần giúp đỡ gấp về việc gì không?

## Questions: wellbeing
q-health-affects = Sức khỏe hoặc điều gì khác có làm cho việc học hoặc làm việc trở nên khó khăn với bạn không?
q-talk-to-someone = Bạn có muốn nói chuyện với ai đó về sức khỏe hoặc tinh thần của bạn không?

## Questions: appointment
q-appointment-language = Bạn muốn buổi hẹn diễn ra bằng ngôn ngữ nào?
q-interpreter = Bạn có cần phiên dịch viên tại buổi hẹn không?
q-interpreter-language = Phiên dịch viên nên nói ngôn ngữ nào?
q-contact-way = Bạn muốn văn phòng liên lạc với bạn bằng cách nào?
q-contact-way-help = Đừng viết thông tin liên lạc của bạn ở đây. Bạn sẽ đưa thông tin đó tại văn phòng.

## Options
opt-yesno-yes = Có
opt-yesno-no = Không
opt-firststeps-identity-code = Mã số định danh cá nhân Phần Lan
opt-firststeps-kela-card = Thẻ { -kela }
opt-firststeps-tax-card = Thẻ thuế
opt-firststeps-bank-account = Tài khoản ngân hàng
opt-firststeps-none = Chưa có thứ nào
opt-age-under-18 = Dưới 18
opt-age-18-29 = 18 đến 29
opt-age-30-44 = 30 đến 44
opt-age-45-64 = 45 đến 64
opt-age-65-plus = 65 trở lên
opt-residence-protection = Bảo hộ quốc tế (tị nạn, quy chế người tị nạn)
opt-residence-family = Quan hệ gia đình
opt-residence-work = Công việc
opt-residence-study = Học tập
opt-residence-eu = Công dân EU hoặc Bắc Âu, đã đăng ký
opt-residence-temporary-protection = Bảo hộ tạm thời
opt-residence-other = Lý do khác
opt-residence-protection-family = Thành viên gia đình của người được bảo hộ quốc tế
opt-residence-trafficking = Nạn nhân của buôn bán người (có người đã ép bạn làm việc hoặc làm những việc khác)
opt-socialassist-lasting = Có, trong thời gian dài hoặc thường xuyên
opt-socialassist-short-term = Có, một lần hoặc trong thời gian ngắn
opt-socialassist-no = Không
opt-socialassist-yes = Có (không nói rõ trong bao lâu)
opt-language-arabic = Tiếng Ả Rập
opt-language-dari = Tiếng Dari
opt-language-farsi = Tiếng Ba Tư (Farsi)
opt-language-kurdish = Tiếng Kurd
opt-language-pashto = Tiếng Pashto
opt-language-somali = Tiếng Somali
opt-language-tigrinya = Tiếng Tigrinya
opt-language-amharic = Tiếng Amhara
opt-language-swahili = Tiếng Swahili
opt-language-russian = Tiếng Nga
opt-language-ukrainian = Tiếng Ukraina
opt-language-estonian = Tiếng Estonia
opt-language-albanian = Tiếng Albania
opt-language-turkish = Tiếng Thổ Nhĩ Kỳ
opt-language-vietnamese = Tiếng Việt
opt-language-thai = Tiếng Thái
opt-language-chinese = Tiếng Trung
opt-language-english = Tiếng Anh
opt-language-french = Tiếng Pháp
opt-language-spanish = Tiếng Tây Ban Nha
opt-language-other = Ngôn ngữ khác
opt-level-none = Tôi chưa nói được
opt-level-words = Tôi biết một số từ và cụm từ
opt-level-everyday = Tôi xoay xở được trong các tình huống hằng ngày, như khi đi mua sắm
opt-level-work = Tôi xử lý được phần lớn các tình huống ở nơi làm việc
opt-howwell-well = Có, tốt
opt-howwell-a-little = Một chút
opt-howwell-no = Không
opt-edu-none = Tôi chưa từng đi học
opt-edu-primary = Tiểu học
opt-edu-lower-secondary = Trung học cơ sở (đến khoảng 15 tuổi)
opt-edu-upper-secondary = Trung học phổ thông
opt-edu-vocational = Trường nghề (đào tạo một nghề)
opt-edu-bachelor = Đại học hoặc cao đẳng, bằng đầu tiên (cử nhân)
opt-edu-master = Đại học, bằng sau đại học (thạc sĩ)
opt-edu-doctorate = Tiến sĩ
opt-field-office = Công việc văn phòng và hành chính
opt-field-sales = Bán hàng và cửa hàng
opt-field-cleaning = Dọn dẹp vệ sinh
opt-field-construction = Xây dựng
opt-field-manufacturing = Công việc nhà máy và sản xuất
opt-field-transport = Vận tải và lái xe
opt-field-restaurant = Nhà hàng, quán cà phê và nhà bếp
opt-field-health = Y tế
opt-field-social-care = Chăm sóc xã hội và chăm sóc người cao tuổi
opt-field-childcare = Chăm sóc trẻ em
opt-field-teaching = Dạy học và giáo dục
opt-field-ict = Máy tính và công nghệ thông tin
opt-field-engineering = Kỹ thuật và công nghệ
opt-field-agriculture = Nông nghiệp, làm vườn và lâm nghiệp
opt-field-beauty = Làm tóc và làm đẹp
opt-field-security = An ninh và bảo vệ
opt-field-repair = Sửa chữa và bảo trì
opt-field-arts = Nghệ thuật, truyền thông và văn hóa
opt-field-science = Khoa học và nghiên cứu
opt-field-law = Luật, kinh tế và kinh doanh
opt-field-other = Ngành khác
opt-country-finland = Ở Phần Lan
opt-country-eu = Ở một nước EU hoặc Bắc Âu khác
opt-country-other = Ở một nước khác
opt-certificates-yes = Có, tất cả
opt-certificates-some = Một số
opt-certificates-no = Không
opt-years-under-1 = Dưới 1 năm
opt-years-1-2 = 1 đến 2 năm
opt-years-3-5 = 3 đến 5 năm
opt-years-6-10 = 6 đến 10 năm
opt-years-over-10 = Hơn 10 năm
opt-licence-b = Ô tô
opt-licence-c = Xe tải
opt-licence-d = Xe buýt
opt-licence-a = Xe máy
opt-licence-other = Các loại xe khác
opt-strength-teamwork = Làm việc với người khác
opt-strength-customer-service = Phục vụ khách hàng
opt-strength-caring = Chăm sóc người khác
opt-strength-handcrafts = Làm việc bằng tay
opt-strength-technical = Máy móc và công nghệ
opt-strength-cooking = Nấu ăn
opt-strength-organising = Lập kế hoạch và tổ chức
opt-strength-teaching = Dạy và giải thích
opt-strength-languages = Học ngôn ngữ
opt-strength-art = Nghệ thuật, âm nhạc hoặc thiết kế
opt-strength-sports = Thể thao
opt-goal-work-soon = Sớm tìm được việc làm
opt-goal-vocational = Học một nghề (đào tạo nghề)
opt-goal-university = Học đại học
opt-goal-business = Thành lập doanh nghiệp riêng
opt-goal-language-first = Học ngôn ngữ trước
opt-goal-family = Tạm thời chăm sóc gia đình
opt-goal-not-sure = Tôi chưa chắc chắn
opt-childage-under-3 = Dưới 3 tuổi
opt-childage-3-6 = 3 đến 6 tuổi
opt-childage-7-15 = 7 đến 15 tuổi
opt-childage-16-17 = 16 đến 17 tuổi
opt-housing-own-rental = Trong nhà của riêng tôi (nhà thuê hoặc nhà sở hữu)
opt-housing-temporary = Ở một nơi tạm thời, ví dụ ở nhà bạn bè hoặc ở trung tâm tiếp nhận
opt-housing-none = Tôi không có nơi ở
opt-urgent-money = Tiền mua thức ăn hoặc trả hóa đơn
opt-urgent-housing = Nơi ở
opt-urgent-health = Sức khỏe
opt-urgent-safety = An toàn: tôi hoặc gia đình tôi không được an toàn
opt-urgent-family-reunification = Đưa gia đình tôi sang Phần Lan
opt-urgent-legal-advice = Tư vấn pháp lý
opt-urgent-none = Không, không có gì gấp
opt-affects-no = Không
opt-affects-a-little = Một chút
opt-affects-a-lot = Rất nhiều
opt-apptlang-finnish = Tiếng Phần Lan
opt-apptlang-swedish = Tiếng Thụy Điển
opt-apptlang-english = Tiếng Anh
opt-apptlang-own = Ngôn ngữ của tôi, có phiên dịch viên
opt-contact-phone = Gọi điện thoại
opt-contact-text-message = Tin nhắn điện thoại
opt-contact-email = Thư điện tử
opt-contact-letter = Thư
opt-contact-in-person = Tôi sẽ đến văn phòng
