# Bản dịch máy từ tiếng Anh. Lộ trình gợi ý, bản in và trang dành cho cán bộ: có đúng các khóa như tiếng Anh.
# Các biến trong ngoặc nhọn, như { $date }, do ứng dụng điền vào: giữ nguyên.

## Pathway page
pw-title = Lộ trình gợi ý cho bạn
pw-intro = Các bước này được gợi ý từ câu trả lời của bạn. Đầu tiên là những việc cần làm ngay, sau đó là những việc làm sau.
pw-disclaimer = Đây là gợi ý do chính bạn chuẩn bị. Đây không phải là quyết định. Cơ quan chức năng cùng bạn quyết định các dịch vụ cho bạn trong buổi đánh giá.
pw-no-answers = Bạn chưa trả lời các câu hỏi. Hãy trả lời trước, rồi bạn sẽ có một lộ trình dành riêng cho bạn.
pw-start-questions = Trả lời các câu hỏi
pw-because = Vì bạn đã trả lời:
pw-for-everyone = Gợi ý cho tất cả những ai chuyển đến Phần Lan để sinh sống lâu dài.
pw-where = Nơi cần đến:
pw-source = Nguồn chính thức:
# Sau các nguồn của một bước: ngày kiểm tra lần cuối. { $date } là ngày đã định dạng.
source-checked = đã kiểm tra ngày { $date }
pw-check-answers = Kiểm tra hoặc thay đổi câu trả lời
timing-now = Làm việc này ngay
timing-soon = Trong những tháng tới
timing-later = Sau này

## Taking it with you
pw-take-heading = Mang theo bên mình
pw-take-intro = Hãy cho xem các câu trả lời và lộ trình này tại buổi hẹn của bạn. Chọn một cách.
pw-print = In
pw-save = Lưu thành tệp
pw-share = Chia sẻ
pw-show-qr = Hiện mã QR
pw-hide-qr = Ẩn mã QR
pw-qr-help = Cán bộ phụ trách hồ sơ có thể quét mã này để xem câu trả lời của bạn bằng tiếng Phần Lan hoặc tiếng Thụy Điển. Bạn cũng có thể quét mã bằng điện thoại của mình để giữ một bản sao. Câu trả lời của bạn nằm trong mã: không có gì được gửi đi đâu cả.
pw-qr-label = Mã QR chứa câu trả lời của bạn
pw-saved = Tệp đã được lưu. Hãy tìm tệp trong mục tải xuống của bạn.
pw-share-failed = Không chia sẻ được trên thiết bị này. Thay vào đó, bạn có thể lưu tệp.

## Print
print-title = Câu trả lời và lộ trình gợi ý
print-caseworker-language = Ngôn ngữ thứ hai, cho cán bộ phụ trách hồ sơ:
print-self-reported = Do người này tự khai trước buổi đánh giá. Lộ trình là gợi ý, không phải quyết định.
print-prepared = Chuẩn bị ngày { $date }
print-answers = Câu trả lời
print-pathway = Lộ trình gợi ý
print-button = In trang này
print-back = Quay lại lộ trình của bạn

## Caseworker view
hv-title = Câu trả lời cho buổi đánh giá
hv-self-reported = Người này tự trả lời các câu hỏi này, trước buổi đánh giá. Các câu trả lời là tự khai. Lộ trình là gợi ý do ứng dụng lập từ các câu trả lời, không phải quyết định.
hv-prepared = Chuẩn bị ngày { $date }. Ngôn ngữ của người này: { $language }.
hv-municipality = Đô thị: { $name }
hv-language = Hiển thị bằng:
hv-show-person = Hiển thị cả ngôn ngữ của người này
hv-hide-person = Ẩn ngôn ngữ của người này
hv-print = In
hv-nothing-stored = Không có gì từ trang này được lưu trên thiết bị này.
hv-dropped = Không đọc được một số câu trả lời. Có thể chúng được làm bằng một phiên bản khác của ứng dụng.
hv-load-title = Mở câu trả lời đã lưu
hv-load-intro = Hãy chọn một tệp đã được lưu từ ứng dụng này. Tên tệp kết thúc bằng .json.
hv-load-label = Tệp chứa câu trả lời
hv-error-title = Không mở được các câu trả lời này
hv-try-file = Thay vào đó, mở một tệp đã lưu

## Errors in links and files
handover-error-empty = Đường liên kết hoặc tệp bị trống.
handover-error-too-large = Tệp quá lớn, không thể là một tệp câu trả lời. Hãy kiểm tra xem bạn đã chọn đúng tệp chưa.
handover-error-malformed = Đường liên kết hoặc tệp bị hỏng. Hãy nhờ người đó cho xem lại mã QR hoặc lưu một tệp mới.
handover-error-newer = Các câu trả lời này được làm bằng một phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng (tải lại trang) và thử lại.
handover-error-checksum = Đường liên kết hoặc tệp đã bị thay đổi hoặc bị hỏng, nên không thể tin cậy. Hãy xin đường liên kết hoặc tệp mới.
handover-error-truncated = Thiếu một phần của đường liên kết hoặc tệp. Hãy xin đường liên kết hoặc tệp mới.
handover-error-not-json = Đây không phải là tệp được lưu từ ứng dụng này.
handover-error-not-handover = Tệp này không chứa câu trả lời từ ứng dụng này.

## Steps: urgent
step-urgent-safety-title = Nếu bạn đang gặp nguy hiểm, hãy gọi 112
step-urgent-safety-text = Hãy gọi 112 nếu bạn hoặc gia đình bạn đang gặp nguy hiểm ngay lúc này. Bạn cũng có thể nhờ cảnh sát, nhà tạm lánh hoặc đường dây hỗ trợ giúp đỡ. Việc này miễn phí.
step-urgent-housing-title = Hãy nhờ giúp đỡ về chỗ ở ngay hôm nay
step-urgent-housing-text = Hãy liên hệ với dịch vụ xã hội của { -hyvinvointialue } nơi bạn sống ngay hôm nay và cho họ biết bạn không có nơi ở an toàn. Cũng hãy báo cho đô thị của bạn.
step-urgent-money-title = Hãy nhờ giúp đỡ về tiền bạc
step-urgent-money-text = Nếu bạn không có tiền mua thức ăn hoặc trả hóa đơn, hãy nộp đơn xin trợ cấp sinh hoạt cơ bản từ { -kela }. Dịch vụ xã hội có thể giúp bạn trong trường hợp khẩn cấp.
step-urgent-health-title = Nhận chăm sóc sức khỏe
step-urgent-health-text = Hãy liên hệ với trạm y tế của bạn. Nếu cần gấp, hãy gọi { -paivystysapu } theo số 116 117. Số này hoạt động ở phần lớn các vùng: xem trên 116117.fi. Trong trường hợp khẩn cấp, hãy gọi 112.
step-urgent-family-title = Hỏi về việc đưa gia đình sang
step-urgent-family-text = Đoàn tụ gia đình có các quy định và thời hạn riêng. Hãy xem trên migri.fi và sớm xin tư vấn.
step-urgent-legal-title = Hãy xin tư vấn pháp lý
step-urgent-legal-text = Hãy hỏi dịch vụ hướng dẫn và tư vấn xem bạn có thể nhận tư vấn pháp lý ở đâu. Một số dịch vụ tư vấn là miễn phí.

## Steps: first steps
step-register-dvv-title = Đăng ký địa chỉ của bạn với { -dvv }
step-register-dvv-text = Hãy đăng ký tại { -dvv } để bạn có đô thị cư trú. Nhiều dịch vụ cần thông tin này.
step-first-identity-code-title = Nhận mã số định danh cá nhân
step-first-identity-code-text = Mã số định danh cá nhân thường đã có sẵn trên thẻ giấy phép cư trú của bạn. Nếu không có, bạn sẽ được cấp mã khi đăng ký tại { -dvv }. Bạn cần mã này ở ngân hàng, ở { -kela } và trong chăm sóc sức khỏe.
step-first-kela-title = Hỏi { -kela } về an sinh xã hội
step-first-kela-text = Hãy xin thẻ { -kela } trong OmaKela và nộp tờ khai chuyển đến Phần Lan. Sau đó { -kela } quyết định xem bạn có thuộc diện an sinh xã hội Phần Lan hay không.
step-first-tax-card-title = Lấy thẻ thuế
step-first-tax-card-text = Hãy lấy thẻ thuế từ { -vero } trước khi bạn bắt đầu làm việc. Đưa thẻ cho chủ lao động của bạn.
step-first-bank-title = Mở tài khoản ngân hàng
step-first-bank-text = Bạn cần tài khoản ngân hàng để nhận lương và trợ cấp. Cũng hãy xin ngân hàng cấp mã ngân hàng trực tuyến.

## Steps: your assessment
step-assessment-employment-title = Buổi đánh giá của bạn do { -tyollisyyspalvelut } thực hiện
step-assessment-employment-text = Bạn đã đăng ký là người tìm việc, vì vậy { -tyollisyyspalvelut } cùng bạn thực hiện buổi đánh giá và lập kế hoạch hội nhập. Hãy liên hệ với họ và đặt lịch.
step-assessment-municipality-title = Buổi đánh giá của bạn do đô thị của bạn thực hiện
step-assessment-municipality-text = Theo câu trả lời của bạn, dịch vụ hội nhập của đô thị chịu trách nhiệm về buổi đánh giá và kế hoạch hội nhập của bạn. Hãy liên hệ với họ và đặt lịch.
step-assessment-ask-title = Yêu cầu đánh giá kỹ năng và nhu cầu của bạn
step-assessment-ask-text = Hãy hỏi dịch vụ hướng dẫn và tư vấn ở đô thị của bạn xem ai thực hiện buổi đánh giá cho bạn. Nếu bạn đăng ký là người tìm việc đang thất nghiệp, đó là { -tyollisyyspalvelut }. Nếu không, thường là đô thị.
step-window-open-title = Yêu cầu kế hoạch hội nhập kịp thời
step-window-open-text = Buổi đánh giá và kế hoạch hội nhập đầu tiên được thực hiện trong vòng 3 năm kể từ giấy phép cư trú hoặc lần đăng ký đầu tiên của bạn. Hãy sớm yêu cầu.
step-window-passed-title = Đã hơn 3 năm kể từ giấy phép đầu tiên của bạn
step-window-passed-text = Kế hoạch hội nhập đầu tiên thường được lập trong vòng 3 năm. Hãy hỏi cán bộ phụ trách hồ sơ của bạn xem bạn vẫn có thể làm gì. Các khóa học ngôn ngữ và các dịch vụ khác có thể vẫn dành cho bạn.
step-jobseeker-register-title = Đăng ký làm người tìm việc
step-jobseeker-register-text = Bạn muốn có việc làm hoặc khóa đào tạo. Hãy đăng ký làm người tìm việc trong { -tyomarkkinatori(case: "with-finnish") } hoặc tại { -tyollisyyspalvelut }.
step-interpreter-title = Yêu cầu phiên dịch viên
step-interpreter-text = Khi đặt lịch, hãy cho văn phòng biết bạn cần phiên dịch viên. Buổi đánh giá được thực hiện bằng ngôn ngữ bạn hiểu.
step-social-services-title = Đánh giá của dịch vụ xã hội
step-social-services-text = Những người được bảo hộ quốc tế thường được hướng dẫn đến buổi đánh giá nhu cầu của dịch vụ xã hội. Việc này giúp bạn nhận được sự hỗ trợ bạn cần.
step-unaccompanied-plan-title = Hỗ trợ cho người trẻ không có người giám hộ
step-unaccompanied-plan-text = Người trẻ đến đây mà không có người giám hộ thường sẽ được hướng dẫn đến buổi đánh giá nhu cầu của dịch vụ xã hội. Một kế hoạch được lập cho bạn cùng với dịch vụ xã hội. Hãy hỏi người liên lạc hoặc nhân viên xã hội của bạn.
step-talk-health-title = Nói chuyện với ai đó về sức khỏe của bạn
step-talk-health-text = Hãy đặt lịch tại trạm y tế hoặc với dịch vụ xã hội. Bạn có thể kể cho họ điều gì làm cho việc học hoặc làm việc trở nên khó khăn với bạn.

## Steps: language
step-literacy-title = Khóa học đọc viết
step-literacy-text = Hãy hỏi về khóa học đọc viết. Khóa học dành cho những người chưa đọc hoặc viết tốt, hoặc mới làm quen với bảng chữ cái Latinh. Các quy định có thể thay đổi vào năm 2027: hãy hỏi cán bộ phụ trách hồ sơ của bạn.
step-integration-training-title = Khóa đào tạo hội nhập: tiếng Phần Lan hoặc tiếng Thụy Điển
step-integration-training-text = Khóa đào tạo hội nhập dạy tiếng Phần Lan hoặc tiếng Thụy Điển, và dạy về xã hội và đời sống lao động. Khóa học thường kéo dài khoảng một năm. Một bài kiểm tra cho biết nhóm nào phù hợp với bạn. Các quy định có thể thay đổi vào năm 2027: hãy hỏi cán bộ phụ trách hồ sơ của bạn.
step-language-with-work-title = Học ngôn ngữ song song với công việc
step-language-with-work-text = Bạn đã sẵn sàng đi làm. Hãy hỏi về các khóa học ngôn ngữ bán thời gian mà bạn có thể học trong khi làm việc.
step-language-fluent-title = Kỹ năng ngôn ngữ của bạn đã tốt
step-language-fluent-text = Có thể bạn không cần khóa đào tạo ngôn ngữ. Hãy hỏi về các dịch vụ khác, ví dụ việc học hoặc việc làm.
step-civic-orientation-title = Định hướng công dân bằng ngôn ngữ của bạn
step-civic-orientation-text = Hãy hỏi về khóa định hướng công dân bằng nhiều ngôn ngữ. Khóa học kéo dài ít nhất 70 giờ và nói về các quyền, dịch vụ, công việc và cuộc sống hằng ngày ở Phần Lan.
step-digital-skills-title = Học cách dùng dịch vụ trực tuyến
step-digital-skills-text = Nhiều dịch vụ là trực tuyến. Hãy hỏi thư viện hoặc đô thị của bạn về sự giúp đỡ và các khóa học để dùng điện thoại, máy tính và dịch vụ trực tuyến.

## Steps: education and recognition
step-simhe-title = Hướng dẫn cho người có trình độ học vấn cao
step-simhe-text = Dịch vụ { -simhe } tại một số trường đại học hướng dẫn những người có học vấn đại học và giúp công nhận những gì bạn đã học trước đây.
step-recognition-oph-title = Tìm hiểu trình độ bằng cấp của bạn
step-recognition-oph-text = { -oph } có thể quyết định bằng cấp nước ngoài của bạn ở trình độ nào tại Phần Lan. Hãy mang theo các giấy chứng nhận. Xem trên oph.fi cách nộp đơn.
step-regulated-valvira-title = Quyền làm việc trong ngành y tế hoặc xã hội
step-regulated-valvira-text = Để làm việc trong ngành y tế hoặc xã hội, bạn cần quyền hành nghề do { -lvv } cấp (trước đây là Valvira). Bạn cũng cần biết đủ tiếng Phần Lan hoặc tiếng Thụy Điển.
step-regulated-oph-title = Quyền làm giáo viên hoặc làm việc trong giáo dục mầm non
step-regulated-oph-text = Dạy học và giáo dục mầm non là những nghề được pháp luật quy định. { -oph } quyết định xem học vấn của bạn có cho bạn quyền làm các nghề đó hay không.

## Steps: children
step-daycare-title = Nộp đơn xin giáo dục mầm non
step-daycare-text = Hãy nộp đơn xin giáo dục mầm non (nhà trẻ) tại đô thị của bạn. Mức phí tùy thuộc vào thu nhập của bạn. Hãy nộp đơn sớm.
step-preprimary-title = Giáo dục tiền tiểu học
step-preprimary-text = Giáo dục tiền tiểu học là bắt buộc trong năm trước khi đi học. Giáo dục này miễn phí. Đô thị của bạn cho bạn biết cách đăng ký.
step-school-title = Trường học cho con bạn
step-school-text = Giáo dục là bắt buộc từ 7 tuổi. Nếu con bạn chưa nói được tiếng Phần Lan hoặc tiếng Thụy Điển, hãy hỏi về lớp dự bị để chuẩn bị đi học.
step-upper-secondary-title = Việc học cho con bạn ở tuổi thiếu niên
step-upper-secondary-text = Người trẻ phải đi học đến 18 tuổi hoặc đến khi lấy được bằng cấp bậc trung học (phổ thông hoặc nghề). Hãy hỏi về việc học ở bậc trung học hoặc về TUVA, chương trình dự bị cho việc học này.

## Steps: studies and work
step-vocational-title = Đào tạo nghề
step-vocational-text = Hãy hỏi về TUVA, chương trình dự bị để lấy bằng cấp bậc trung học (phổ thông hoặc nghề). Cũng hãy hỏi về việc học nghề ở bậc trung học.
step-university-title = Học đại học
step-university-text = Hãy hỏi về việc học đại học và các yêu cầu về ngôn ngữ. Dịch vụ { -simhe } có thể hướng dẫn bạn.
step-self-motivated-title = Trước tiên hãy thỏa thuận về việc học trong kế hoạch của bạn
step-self-motivated-text = Nếu bạn muốn đi học và vẫn giữ trợ cấp thất nghiệp, hãy thỏa thuận về việc học trong kế hoạch hội nhập trước khi bắt đầu.
step-business-title = Tư vấn để thành lập doanh nghiệp
step-business-text = Hãy hỏi { -tyollisyyspalvelut } để được tư vấn về việc thành lập doanh nghiệp ở Phần Lan.
step-work-routes-title = Các con đường đến với việc làm
step-work-routes-text = Hãy hỏi { -tyollisyyspalvelut } về đào tạo cho thị trường lao động, thử việc hoặc việc làm có hỗ trợ lương.
step-community-title = Gặp gỡ mọi người và tìm sự hỗ trợ
step-community-text = Các tổ chức và hoạt động giải trí giúp bạn gặp gỡ mọi người và tìm việc làm. Ví dụ là các tổ chức của chính người nhập cư, tổ chức sinh viên, chương trình cố vấn và hội nghề nghiệp. Hãy hỏi đô thị của bạn xem có gì ở gần bạn.
step-follow-up-plan-title = Nếu chương trình kết thúc mà chưa có việc làm
step-follow-up-plan-text = Khi chương trình hội nhập của bạn kết thúc và bạn chưa có việc làm, một kế hoạch tiếp theo (jatkosuunnitelma) sẽ được lập cùng bạn: một kế hoạch cho các bước tiếp theo của bạn. Các con đường có thể là, ví dụ, đào tạo cho thị trường lao động, việc làm có hỗ trợ lương, thử việc, TUVA (chương trình dự bị để lấy bằng cấp bậc trung học, phổ thông hoặc nghề), học nghề, học đại học, đào tạo lấy bằng cấp, hoạt động lao động phục hồi và phục hồi chức năng. Nếu bạn là người tìm việc, kế hoạch việc làm của bạn được xây dựng dựa trên kế hoạch tiếp theo.
step-social-guidance-title = Giúp đỡ về các việc hằng ngày
step-social-guidance-text = Bạn cần thêm hỗ trợ trong cuộc sống hằng ngày? Hãy hỏi về hướng dẫn xã hội hỗ trợ hội nhập, và về sự giúp đỡ khi đi làm các thủ tục (asiointiapu). Một số đô thị cũng hướng dẫn về cuộc sống hằng ngày ngoài dịch vụ xã hội. Hãy hỏi đô thị của bạn.
