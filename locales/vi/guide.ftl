# Bản dịch máy từ tiếng Anh. Các chủ đề của hướng dẫn: có đúng các khóa như tiếng Anh.

## first-steps
topic-first-steps-title = Các bước đầu tiên của bạn ở Phần Lan
topic-first-steps-summary = Danh sách này cho thấy những việc đầu tiên mà phần lớn mọi người làm sau khi chuyển đến đây. Hãy đánh dấu mỗi bước khi bạn đã làm xong. Thứ tự có thể khác đối với bạn.
topic-first-steps-step-1 = Mở một bước để đọc thêm về bước đó. Bạn có thể xem cần làm gì và cần đi đâu.
topic-first-steps-step-2 = Có điều gì chưa rõ không? Hãy nhờ giúp đỡ. Dịch vụ hội nhập hoặc dịch vụ hướng dẫn và tư vấn ở đô thị của bạn có thể giúp bạn.

## residence-permit
topic-residence-permit-title = Giấy phép cư trú và đăng ký
topic-residence-permit-summary = Phần lớn mọi người cần giấy phép cư trú của { -migri-full } ({ -migri }). Công dân EU và các nước Bắc Âu không cần giấy phép. Nhưng họ phải đăng ký. Bạn cần giấy phép hoặc giấy đăng ký của mình cho nhiều bước khác.
topic-residence-permit-step-1 = Bạn có cần giấy phép cư trú không? Hãy nộp đơn cho { -migri }. Xem trên migri.fi giấy phép nào phù hợp với lý do bạn chuyển đến.
topic-residence-permit-step-2 = Bạn là công dân của một nước EU? Hãy đăng ký quyền sống ở Phần Lan với { -migri } trong vòng 3 tháng sau khi đến. Bạn là công dân của một nước Bắc Âu và ở lại hơn 6 tháng? Khi đó hãy đến đăng ký trực tiếp tại { -dvv } trong vòng một tháng. Xem trên { -infofinland } cách làm việc này.
topic-residence-permit-step-3 = Hãy giữ thẻ giấy phép cư trú cẩn thận. Bạn cần thẻ này ở nhiều văn phòng. Nếu bạn làm mất thẻ, hãy hỏi { -migri } cần làm gì.
topic-residence-permit-step-4 = Giấy phép của bạn chỉ có giá trị trong một thời gian nhất định. Hãy nộp đơn xin gia hạn giấy phép trước khi giấy phép hết hạn. Xem các quy định và ngày tháng trên migri.fi.

## right-to-stay
topic-right-to-stay-title = Giữ quyền ở lại của bạn
topic-right-to-stay-summary = Giấy phép cư trú của bạn chỉ có giá trị trong một thời gian nhất định. Để ở lại Phần Lan, hãy giữ cho giấy phép còn hiệu lực và luôn báo thông tin mới cho { -migri }. Sau một số năm, bạn có thể được cấp giấy phép cư trú vĩnh viễn.
topic-right-to-stay-step-1 = Hãy nộp đơn xin gia hạn giấy phép trước khi giấy phép của bạn hết hạn. Giấy phép gia hạn là một giấy phép mới cho phép bạn tiếp tục sống ở đây. Hãy nộp đơn trực tuyến trong { -enter-finland }, dịch vụ trực tuyến của { -migri }.
topic-right-to-stay-step-2 = Hãy báo cho { -migri } khi hoàn cảnh của bạn thay đổi. Ví dụ, công việc của bạn kết thúc hoặc gia đình bạn thay đổi. Địa chỉ mới thì bạn báo cho { -dvv }.
topic-right-to-stay-step-3 = Đôi khi { -migri } gửi thư cho bạn và yêu cầu thêm thông tin. Hãy trả lời trước hạn chót ghi trong thư. Hãy nhờ giúp đỡ nếu thư khó hiểu.
topic-right-to-stay-step-4 = Các quy định mới về giấy phép cư trú vĩnh viễn có hiệu lực từ ngày 8 tháng 1 năm 2026. Theo quy định chung, bạn cần đã sống ở Phần Lan được 6 năm. Bạn cũng cần biết tiếng Phần Lan hoặc tiếng Thụy Điển ở mức đủ tốt (trình độ đạt yêu cầu). Và bạn cần có 2 năm làm việc. Trong 2 năm đó, thời gian bạn nhận trợ cấp thất nghiệp hoặc trợ cấp sinh hoạt không được quá 3 tháng. Nếu có thu nhập cao hoặc có bằng cấp từ Phần Lan, 4 năm có thể là đủ. Xem chi tiết trên migri.fi.
topic-right-to-stay-step-5 = Giấy phép của bạn dựa trên công việc? Nếu công việc của bạn kết thúc, bạn có 3 hoặc 6 tháng để tìm việc mới. Hãy hỏi { -migri } thời hạn nào áp dụng cho bạn.

## identity-code
topic-identity-code-title = Mã số định danh cá nhân và địa chỉ
topic-identity-code-summary = { -dvv } lưu hồ sơ về những người sống ở Phần Lan. Khi đăng ký, bạn có thể được cấp mã số định danh cá nhân. { -dvv } cũng ghi lại đô thị cư trú của bạn. Nhiều dịch vụ cần thông tin này.
topic-identity-code-step-1 = Hãy đăng ký tại { -dvv } sau khi bạn đến. Xem trên dvv.fi cách đăng ký. Trang này cũng cho bạn biết cần mang theo giấy tờ gì.
topic-identity-code-step-2 = Mã số định danh cá nhân thường đã có sẵn trên thẻ giấy phép cư trú của bạn. Nếu không có, bạn sẽ được cấp mã khi đăng ký. Bạn vẫn cần đăng ký địa chỉ và đô thị cư trú của mình tại { -dvv }. Bạn cần mã này ở ngân hàng, ở { -kela } và trong chăm sóc sức khỏe. Hãy giữ mã cẩn thận.
topic-identity-code-step-3 = Khi bạn chuyển đến địa chỉ mới, hãy báo cho { -dvv }. Xem trên dvv.fi cách làm việc này.
topic-identity-code-step-4 = Có người thân trong gia đình sống cùng bạn không? Hãy đăng ký cả họ tại { -dvv }, kể cả con cái của bạn. Mỗi người được cấp mã số định danh riêng.

## kela
topic-kela-title = { -kela } và an sinh xã hội
topic-kela-summary = { -kela } trả nhiều khoản trợ cấp ở Phần Lan. Trước tiên, { -kela } quyết định xem bạn có thuộc diện an sinh xã hội Phần Lan hay không. Nếu có, bạn có thể nộp đơn xin các khoản trợ cấp của { -kela }.
topic-kela-step-1 = Hãy xin thẻ { -kela } trong OmaKela, dịch vụ trực tuyến của { -kela }. Cũng hãy nộp tờ khai chuyển đến Phần Lan. Sau đó { -kela } quyết định xem bạn có thuộc diện an sinh xã hội Phần Lan hay không. Xem trên kela.fi cách làm việc này.
topic-kela-step-2 = Nếu bạn thuộc diện này, bạn sẽ được cấp thẻ { -kela }. Hãy mang thẻ theo người. Ví dụ, bạn xuất trình thẻ ở hiệu thuốc. Quyền được chăm sóc sức khỏe công của bạn đến từ đô thị cư trú, không phải từ thẻ.
topic-kela-step-3 = { -kela } có trợ cấp cho nhiều hoàn cảnh, ví dụ trợ cấp nhà ở và trợ cấp trẻ em. Bạn nhận được gì tùy thuộc vào hoàn cảnh của bạn. { -kela } quyết định.
topic-kela-step-4 = Bạn phải nộp đơn riêng cho từng khoản trợ cấp. Hãy báo cho { -kela } khi cuộc sống của bạn thay đổi. Ví dụ, thu nhập, địa chỉ hoặc gia đình của bạn thay đổi.

## money
topic-money-title = Tiền bạc trong những tháng đầu
topic-money-summary = Trong những tháng đầu, bạn có thể cần giúp đỡ về tiền bạc. { -kela } trả nhiều khoản trợ cấp. Bạn phải nộp đơn riêng cho từng khoản trợ cấp. Chủ đề này nói về các khoản phổ biến nhất.
topic-money-step-1 = Bạn đang thất nghiệp và có kế hoạch hội nhập? Bạn có thể được nhận trợ cấp thất nghiệp trong thời gian thực hiện kế hoạch. Trước tiên hãy đăng ký là người tìm việc đang thất nghiệp. Sau đó nộp đơn xin trợ cấp từ { -kela }.
topic-money-step-2 = Bạn có thể nộp đơn xin trợ cấp trong OmaKela, dịch vụ trực tuyến của { -kela }. Cũng có các mẫu đơn bằng tiếng Anh.
topic-money-step-3 = Thu nhập của bạn thấp? Bạn có thể được nhận trợ cấp nhà ở thông thường từ { -kela }. Trợ cấp này giúp bạn trả các chi phí nhà ở. { -kela } quyết định dựa trên hoàn cảnh của bạn.
topic-money-step-4 = Trợ cấp sinh hoạt (toimeentulotuki) là khoản hỗ trợ cuối cùng khi các thu nhập khác của bạn không đủ cho nhu cầu cơ bản. Hãy nộp đơn xin trợ cấp này từ { -kela }. Trong một số trường hợp, dịch vụ xã hội của { -hyvinvointialue } nơi bạn sống có thể giúp thêm. Hãy hỏi họ.
topic-money-step-5 = Một khoản trợ cấp có thể bị ngừng hoặc bị giảm. Điều này có thể xảy ra nếu bạn không tham gia kế hoạch hội nhập hoặc các dịch vụ đã thỏa thuận trong kế hoạch. Điều này cũng có thể xảy ra nếu bạn không báo cho { -kela } về các thay đổi. Ví dụ, thu nhập, gia đình hoặc địa chỉ của bạn thay đổi. Hãy báo ngay cho { -kela } về các thay đổi.
topic-money-step-6 = Bạn chăm sóc con dưới 3 tuổi ở nhà? Bạn có thể được nhận trợ cấp chăm sóc con tại nhà từ { -kela }. Các quy định có thể thay đổi vào năm 2027. Hãy hỏi cán bộ phụ trách hồ sơ của bạn.

## tax
topic-tax-title = Thẻ thuế và thuế
topic-tax-summary = Ở Phần Lan, thuế được trừ vào tiền lương trước khi bạn nhận lương. Bạn cần thẻ thuế của { -vero-full } ({ -vero }). Thẻ thuế cho chủ lao động biết cần trừ bao nhiêu thuế.
topic-tax-step-1 = Hãy lấy thẻ thuế trước khi bạn bắt đầu làm việc. Xem trên vero.fi cách lấy thẻ thuế.
topic-tax-step-2 = Hãy đưa thẻ thuế cho chủ lao động. Chủ lao động cần thẻ này để trả lương cho bạn đúng.
topic-tax-step-3 = Nếu không có thẻ thuế, chủ lao động sẽ trừ nhiều thuế hơn rất nhiều từ tiền lương của bạn.
topic-tax-step-4 = Mỗi năm, { -vero } gửi cho bạn một bản khai thuế để kiểm tra. Hãy đọc kỹ. Nếu có gì sai, hãy sửa trước ngày ghi trên đó.

## bank-id
topic-bank-id-title = Tài khoản ngân hàng và định danh trực tuyến
topic-bank-id-summary = Bạn cần tài khoản ngân hàng để nhận lương và trợ cấp. Mã ngân hàng trực tuyến chứng minh bạn là ai trên internet. Việc này gọi là xác thực danh tính mạnh. Bạn dùng nó cho { -suomi-fi } và nhiều dịch vụ điện tử khác.
topic-bank-id-step-1 = Hãy chọn một ngân hàng và hỏi cách mở tài khoản. Hỏi xem bạn cần những giấy tờ gì.
topic-bank-id-step-2 = Hãy mang giấy tờ tùy thân đến ngân hàng. Ví dụ, mang hộ chiếu và thẻ giấy phép cư trú.
topic-bank-id-step-3 = Hãy xin ngân hàng cấp mã ngân hàng trực tuyến. Bạn dùng mã này để đăng nhập vào ngân hàng và vào nhiều dịch vụ công. Không bao giờ đưa mã của bạn cho người khác.
topic-bank-id-step-4 = Hãy đăng nhập vào { -suomi-fi } bằng mã của bạn. Ở đó bạn có thể dùng nhiều dịch vụ công điện tử ở cùng một nơi.

## letters
topic-letters-title = Thư chính thức và định danh trực tuyến
topic-letters-summary = Các cơ quan chức năng gửi thư cho bạn về các việc của bạn. Một số thư là quyết định. Hãy đọc ngay, vì thư có thể có hạn chót. Để đọc thư và dùng dịch vụ điện tử trực tuyến, bạn cần xác thực danh tính điện tử mạnh.
topic-letters-step-1 = Quyết định và các thư khác đến qua bưu điện hoặc trong hộp thư { -suomi-fi } ({ -suomi-fi }-viestit). Hộp thư { -suomi-fi } là hộp thư trực tuyến an toàn cho thư từ các cơ quan chức năng. Bạn bật hộp thư này trong { -suomi-fi }. Sau đó, hãy thường xuyên xem tin nhắn ở đó.
topic-letters-step-2 = Quyết định (päätös) là câu trả lời chính thức của một cơ quan chức năng về việc của bạn. Quyết định cho bạn biết cách khiếu nại và hạn đến ngày nào. Khiếu nại nghĩa là yêu cầu thay đổi quyết định. Ngày cuối cùng gọi là hạn chót khiếu nại. Hãy đọc mỗi quyết định ngay, để bạn có đủ thời gian.
topic-letters-step-3 = Thư khó hiểu? Hãy nhờ giúp đỡ. Dịch vụ hướng dẫn và tư vấn có thể giải thích cho bạn. Bạn cũng có thể yêu cầu phiên dịch viên.
topic-letters-step-4 = Xác thực danh tính điện tử mạnh chứng minh bạn là ai trên internet. Thường bạn dùng mã ngân hàng trực tuyến cho việc này. Hãy xin ngân hàng của bạn cấp mã.
topic-letters-step-5 = Ngân hàng từ chối cấp mã ngân hàng trực tuyến cho bạn? Hãy hỏi ngân hàng xem họ chấp nhận những giấy tờ nào. Thẻ căn cước do cảnh sát cấp cho người nước ngoài hoặc chứng thư di động (định danh trên điện thoại) có thể giúp được. Mỗi ngân hàng tự quyết định việc này, vì vậy hãy hỏi ngân hàng của bạn.

## work
topic-work-title = Việc làm và { -tyollisyyspalvelut }
topic-work-summary = { -tyollisyyspalvelut(case: "capital") } giúp bạn tìm việc làm hoặc khóa đào tạo. Từ ngày 1 tháng 1 năm 2025, các đô thị cung cấp { -tyollisyyspalvelut }. Bạn đăng ký làm người tìm việc qua { -tyomarkkinatori(case: "with-finnish") }.
topic-work-step-1 = Hãy đăng ký làm người tìm việc trong { -tyomarkkinatori }. Nếu bạn không làm được trực tuyến, hãy nhờ { -tyollisyyspalvelut } của bạn giúp.
topic-work-step-2 = Bạn đã đăng ký là người tìm việc đang thất nghiệp? Khi đó { -tyollisyyspalvelut } chịu trách nhiệm về các dịch vụ hội nhập của bạn. Họ đánh giá kỹ năng của bạn và cùng bạn lập kế hoạch.
topic-work-step-3 = Hãy viết sơ yếu lý lịch (CV). Ghi học vấn, kinh nghiệm làm việc và kỹ năng của bạn. Cập nhật khi có điều gì thay đổi.
topic-work-step-4 = Hãy giữ cẩn thận các giấy chứng nhận học tập và làm việc. Mang theo khi bạn gặp { -tyollisyyspalvelut } hoặc chủ lao động.

## integration
topic-integration-title = Dịch vụ hội nhập
topic-integration-summary = Dịch vụ hội nhập giúp bạn học ngôn ngữ, tìm việc làm và hiểu xã hội Phần Lan. Nếu bạn đã đăng ký là người tìm việc đang thất nghiệp, { -tyollisyyspalvelut } chịu trách nhiệm về bạn. Với nhiều người khác, ví dụ những người không tham gia thị trường lao động, đô thị chịu trách nhiệm. Hãy hỏi nếu bạn không chắc chắn.
topic-integration-step-1 = Hãy đọc thông tin cơ bản về cuộc sống ở Phần Lan, như hướng dẫn này. Nếu có câu hỏi, hãy hỏi dịch vụ hướng dẫn và tư vấn ở đô thị của bạn.
topic-integration-step-2 = Hãy yêu cầu đánh giá kỹ năng và nhu cầu dịch vụ của bạn (đánh giá ban đầu). Việc đánh giá được thực hiện bằng ngôn ngữ bạn hiểu. Bạn có thể có phiên dịch viên.
topic-integration-step-3 = Sau buổi đánh giá, bạn có thể được lập kế hoạch hội nhập. Kế hoạch liệt kê các khóa học và dịch vụ dành cho bạn. Kế hoạch đầu tiên được lập trong vòng 3 năm kể từ giấy phép hoặc lần đăng ký đầu tiên của bạn.
topic-integration-step-4 = Khóa đào tạo hội nhập thường kéo dài khoảng một năm. Bạn học tiếng Phần Lan hoặc tiếng Thụy Điển. Bạn cũng học về xã hội và đời sống lao động. Các quy định có thể thay đổi vào năm 2027: hãy hỏi cán bộ phụ trách hồ sơ của bạn.
topic-integration-step-5 = Bạn cũng có thể tham gia khóa định hướng công dân. Khóa học được dạy bằng nhiều ngôn ngữ và kéo dài ít nhất 70 giờ. Bạn học về các quyền, dịch vụ, công việc và cuộc sống hằng ngày.

## language
topic-language-title = Học tiếng Phần Lan hoặc tiếng Thụy Điển
topic-language-summary = Tiếng Phần Lan và tiếng Thụy Điển là ngôn ngữ chính thức của Phần Lan. Ở nhiều vùng, phần lớn mọi người nói tiếng Phần Lan. Biết ngôn ngữ này giúp bạn tìm việc làm và xoay xở cuộc sống hằng ngày. Hãy hỏi xem ngôn ngữ nào tốt nhất ở nơi bạn sống.
topic-language-step-1 = Khóa đào tạo hội nhập có dạy tiếng Phần Lan hoặc tiếng Thụy Điển. Hãy hỏi về việc này tại buổi đánh giá hoặc tại dịch vụ hội nhập của bạn.
topic-language-step-2 = Bạn gặp khó khăn khi đọc hoặc viết? Hay bạn chưa quen với các chữ cái dùng trong tiếng Phần Lan (bảng chữ cái Latinh)? Khi đó hãy hỏi về khóa học đọc viết. Các quy định về khóa học này có thể thay đổi vào năm 2027: hãy hỏi cán bộ phụ trách hồ sơ của bạn.
topic-language-step-3 = Giáo dục tự do cho người lớn (vapaa sivistystyö) cũng có các khóa học ngôn ngữ. Trung tâm giáo dục người lớn (kansalaisopisto) là một ví dụ. Hãy hỏi đô thị của bạn về các khóa học ở gần bạn.
topic-language-step-4 = Bạn nhận trợ cấp thất nghiệp và muốn tự chọn việc học? Hãy thỏa thuận về việc học trong kế hoạch của bạn trước khi bắt đầu. Nếu không, bạn có thể mất trợ cấp.

## qualifications
topic-qualifications-title = Sử dụng bằng cấp và nghề nghiệp của bạn
topic-qualifications-summary = Học vấn từ nước ngoài có thể giúp bạn tìm việc làm ở Phần Lan. Với một số công việc, bạn cần có quyết định chính thức trước. Chủ đề này cho bạn biết nên hỏi ở đâu.
topic-qualifications-step-1 = Bạn có bằng đại học từ nước ngoài? { -oph } có thể quyết định bằng đó ở trình độ nào tại Phần Lan. Xem trên oph.fi cách nộp đơn.
topic-qualifications-step-2 = Một số nghề nghiệp được pháp luật quy định. Bạn cần có quyền chính thức để làm các nghề đó. Với nhiều nghề trong số đó, { -oph } quyết định xem học vấn của bạn có cho bạn quyền này hay không.
topic-qualifications-step-3 = Bạn muốn làm việc trong ngành y tế hoặc xã hội? Bạn cần quyền hành nghề do { -lvv(case: "with-finnish") } cấp, trước đây là Valvira. Bạn cũng phải biết tiếng Phần Lan hoặc tiếng Thụy Điển đủ tốt.
topic-qualifications-step-4 = Chủ lao động tư nhân tự quyết định xem học vấn của bạn có phù hợp với công việc hay không. Bạn có bằng đại học? Dịch vụ { -simhe } tại một số trường đại học có thể hướng dẫn bạn.

## health-care
topic-health-care-title = Nhận chăm sóc sức khỏe
topic-health-care-summary = Chăm sóc sức khỏe công và dịch vụ xã hội do { -hyvinvointialue(case: "with-finnish") } của bạn điều hành. Ở Helsinki, Thành phố Helsinki điều hành các dịch vụ này. Trạm y tế thường là nơi đầu tiên bạn liên hệ. Để dùng dịch vụ chăm sóc sức khỏe công, bạn thường cần có đô thị cư trú.
topic-health-care-step-1 = Trạm y tế (terveysasema) là trung tâm y tế công của khu vực bạn. Ở đó bạn có thể gặp y tá hoặc bác sĩ. Hãy tìm trạm y tế của bạn và hỏi cách đặt lịch hẹn đầu tiên.
topic-health-care-step-2 = Quyền được chăm sóc sức khỏe công của bạn đến từ đô thị cư trú. Đây là đô thị nơi bạn được đăng ký là đang sống. Quyền này không đến từ thẻ { -kela }. Hãy đăng ký tại { -dvv } để có đô thị cư trú.
topic-health-care-step-3 = Bạn vẫn đang chờ có đô thị cư trú? Trong trường hợp khẩn cấp, bạn vẫn được chăm sóc. Bạn có thể phải trả chi phí sau. Với các dịch vụ chăm sóc khác, bạn vẫn có thể có quyền được chăm sóc sức khỏe công, ví dụ vì bạn làm việc ở Phần Lan. Bạn phải nộp đơn riêng cho việc này: hãy hỏi { -kela }. Bạn cũng có thể đến phòng khám tư.
topic-health-care-step-4 = Chăm sóc răng miệng công cũng là một phần của chăm sóc sức khỏe công. Hãy hỏi ở trạm y tế hoặc ở dịch vụ nha khoa công cách đặt lịch.
topic-health-care-step-5 = Bạn đang mang thai? Hãy đến phòng khám thai sản (neuvola). Phòng khám theo dõi sức khỏe của bạn và của em bé. Trẻ em chưa đến tuổi đi học đến phòng khám sức khỏe trẻ em. Phòng khám kiểm tra sức khỏe và sự phát triển của trẻ.
topic-health-care-step-6 = Bạn cần giúp đỡ bằng ngôn ngữ của mình? Hãy yêu cầu phiên dịch viên khi bạn đặt lịch hẹn. Hãy cho họ biết bạn nói ngôn ngữ nào.

## health
topic-health-title = Ốm đột ngột và chăm sóc y tế gấp
topic-health-summary = Chủ đề này cho bạn biết cần làm gì khi bạn bị ốm đột ngột hoặc cần được chăm sóc nhanh. Về chăm sóc sức khỏe hằng ngày, hãy đọc chủ đề “Nhận chăm sóc sức khỏe”. Chỉ gọi 112 khi tính mạng, sức khỏe, tài sản hoặc môi trường gặp nguy hiểm.
topic-health-step-1 = Trạm y tế (terveysasema) thường là nơi đầu tiên bạn liên hệ. Hãy tìm trạm y tế gần nhất. Hỏi cách đặt lịch hẹn.
topic-health-step-2 = Bạn cần được chăm sóc nhanh? Nếu không phải trường hợp khẩn cấp, hãy gọi { -paivystysapu } theo số 116 117. Họ cho bạn biết cần làm gì và cần đi đâu. Số này hoạt động ở phần lớn các vùng, nhưng không phải ở mọi nơi. Xem trên 116117.fi.
topic-health-step-3 = Trong trường hợp khẩn cấp, hãy gọi 112. Ví dụ, có người không thở được, bất tỉnh hoặc chảy máu nhiều.
topic-health-step-4 = Bạn cần giúp đỡ bằng ngôn ngữ của mình? Hãy yêu cầu phiên dịch viên khi bạn đặt lịch hẹn.

## emergency
topic-emergency-title = Số khẩn cấp 112
topic-emergency-summary = 112 là số khẩn cấp ở Phần Lan. Hãy gọi khi tính mạng, sức khỏe, tài sản hoặc môi trường gặp nguy hiểm, ví dụ khi có cháy. Bạn sẽ liên lạc được với cảnh sát, xe cứu thương và lực lượng cứu hỏa và cứu nạn.
topic-emergency-step-1 = Hãy gọi 112 và giữ bình tĩnh. Nói bạn là ai, bạn đang ở đâu và chuyện gì đã xảy ra. Trả lời các câu hỏi.
topic-emergency-step-2 = Đừng gác máy cho đến khi được bảo là bạn có thể gác máy. Làm theo các chỉ dẫn bạn nhận được.
topic-emergency-step-3 = Hãy cài ứng dụng { -app-112-suomi } trên điện thoại. Ứng dụng có thể giúp trung tâm cấp cứu tìm ra bạn đang ở đâu.
topic-emergency-step-4 = Nếu có người đã uống phải chất độc hoặc uống quá nhiều thuốc, hãy gọi { -myrkytystietokeskus }. Số điện thoại có trên trang này. Nếu người đó bất tỉnh hoặc khó thở, hãy gọi 112.

## housing
topic-housing-title = Tìm nhà ở
topic-housing-summary = Nhà ở là một trong những thứ đầu tiên bạn cần. Bạn có thể thuê nhà của đô thị, của chủ nhà phi lợi nhuận hoặc của chủ nhà tư nhân. { -kela } có thể giúp trả chi phí nếu thu nhập của bạn thấp.
topic-housing-step-1 = Hãy tìm nhà thuê. Hỏi đô thị của bạn về nhà thuê của đô thị và nhà thuê phi lợi nhuận. Hãy nộp đơn sớm, vì bạn có thể phải chờ.
topic-housing-step-2 = Hãy đọc kỹ hợp đồng thuê nhà trước khi ký. Chủ nhà thường yêu cầu tiền đặt cọc. Hãy hỏi khi nào bạn được nhận lại tiền.
topic-housing-step-3 = Thu nhập của bạn thấp? Bạn có thể được nhận trợ cấp nhà ở từ { -kela }. { -kela } quyết định dựa trên hoàn cảnh của bạn.
topic-housing-step-4 = Khi chuyển nhà, hãy báo địa chỉ mới cho { -dvv }. Nếu bạn nhận trợ cấp, cũng hãy báo cho { -kela }.

## children
topic-children-title = Trẻ em, nhà trẻ và trường học
topic-children-summary = Chủ đề này dành cho các gia đình có con. Chủ đề nói về nhà trẻ, trường học và chăm sóc sức khỏe cho trẻ em. Ở Phần Lan, giáo dục là bắt buộc đối với trẻ em và thanh thiếu niên.
topic-children-step-1 = Giáo dục mầm non (varhaiskasvatus) là dịch vụ chăm sóc ban ngày cho trẻ nhỏ. Hãy nộp đơn riêng cho dịch vụ này tại đô thị của bạn. Mức phí tùy thuộc vào thu nhập của gia đình bạn.
topic-children-step-2 = Giáo dục tiền tiểu học là bắt buộc trong năm trước khi trẻ bắt đầu đi học. Giáo dục này miễn phí.
topic-children-step-3 = Giáo dục là bắt buộc từ 7 đến 18 tuổi. Thời gian này có thể kết thúc sớm hơn nếu người trẻ đã lấy được bằng cấp bậc trung học (phổ thông hoặc nghề).
topic-children-step-4 = Con bạn vẫn đang học tiếng Phần Lan hoặc tiếng Thụy Điển? Trẻ có thể được học lớp dự bị để chuẩn bị đi học. Lớp này kéo dài khoảng một năm học.
topic-children-step-5 = Phòng khám sức khỏe trẻ em (neuvola) kiểm tra sức khỏe và sự phát triển của trẻ nhỏ. { -hyvinvointialue(case: "capital") } của bạn điều hành các phòng khám này. Hãy hỏi họ cách đặt lịch khám.

## rights
topic-rights-title = Quyền và nghĩa vụ của bạn
topic-rights-summary = Ở Phần Lan, mọi người đều có các quyền cơ bản như nhau. Bạn cũng có nghĩa vụ. Ví dụ, bạn phải tuân theo pháp luật và nộp thuế.
topic-rights-step-1 = Mọi người đều bình đẳng trước pháp luật. Phân biệt đối xử bị cấm, ví dụ vì nguồn gốc, tôn giáo, giới tính hoặc khuyết tật.
topic-rights-step-2 = Phụ nữ và nam giới có quyền bình đẳng. Điều này đúng ở nhà, ở nơi làm việc và trong xã hội.
topic-rights-step-3 = Bạo lực là tội phạm, kể cả trong gia đình. Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 112. { -nollalinja } giúp bất cứ ai gặp bạo lực trong mối quan hệ thân thiết. Số điện thoại của đường dây có trên trang này.
topic-rights-step-4 = Ở nơi làm việc, bạn có quyền được trả mức lương đã thỏa thuận. Hãy yêu cầu hợp đồng bằng văn bản. Hãy giữ các phiếu lương của bạn.

## everyday
topic-everyday-title = Cuộc sống hằng ngày
topic-everyday-summary = Chủ đề này cho bạn lời khuyên về cuộc sống hằng ngày ở Phần Lan. Chủ đề nói về ngân sách, hóa đơn, dịch vụ trực tuyến và rác thải. Thời gian rảnh cũng quan trọng. Hãy tham gia một câu lạc bộ, một nhóm thể thao hoặc một hội để gặp gỡ mọi người.
topic-everyday-step-1 = Hãy lên kế hoạch tiền bạc. Ghi lại thu nhập và chi phí của bạn mỗi tháng.
topic-everyday-step-2 = Hãy trả hóa đơn đúng hạn. Hóa đơn không trả có thể ảnh hưởng xấu đến lịch sử tín dụng của bạn. Nếu bạn không trả được, hãy liên hệ sớm với bên gửi hóa đơn.
topic-everyday-step-3 = Hãy dùng { -suomi-fi } cho nhiều dịch vụ công điện tử. Thư viện công cộng miễn phí. Nhiều thư viện có máy tính, và nhân viên có thể giúp bạn sử dụng.
topic-everyday-step-4 = Hãy phân loại rác để tái chế. Hỏi chủ nhà hoặc đô thị của bạn về các quy định ở nơi bạn sống.

## driving-licence
topic-driving-licence-title = Giấy phép lái xe từ nước khác
topic-driving-licence-summary = Bạn có thể lái xe ở Phần Lan bằng giấy phép lái xe từ nước ngoài không? Điều đó tùy thuộc vào nước nơi bạn được cấp giấy phép. Hãy tìm hiểu các quy định sớm, khi vẫn còn thời gian.
topic-driving-licence-step-1 = Giấy phép lái xe từ một nước EU hoặc EEA vẫn có giá trị ở Phần Lan. EEA là các nước EU cùng với Iceland, Liechtenstein và Na Uy.
topic-driving-licence-step-2 = Nhiều giấy phép khác chỉ có giá trị trong một thời gian giới hạn sau khi bạn chuyển đến đây. Sau đó, bạn phải đổi giấy phép của mình sang giấy phép Phần Lan. Với một số giấy phép, bạn cũng phải thi lái xe. Bạn đổi giấy phép tại { -ajovarma }, các điểm dịch vụ về giấy phép lái xe.
topic-driving-licence-step-3 = Hãy xem các quy định cho nước của bạn trên { -infofinland }. Hãy làm sớm, trước khi hết thời hạn.

## help
topic-help-title = Nơi nhận trợ giúp
topic-help-summary = Bạn không phải tự mình tìm hiểu mọi thứ. Dịch vụ hướng dẫn và tư vấn dành cho mọi người nhập cư. Dịch vụ này cũng dành cho những người không có giấy phép cư trú. Bạn có thể hỏi họ về các dịch vụ và cuộc sống hằng ngày.
topic-help-step-1 = Hãy hỏi đô thị của bạn nơi nhận hướng dẫn và tư vấn. Họ có thể cho bạn biết nên liên hệ với dịch vụ nào.
topic-help-step-2 = { -infofinland } có thông tin về cuộc sống ở Phần Lan bằng nhiều ngôn ngữ. Hãy dùng khi bạn cần thông tin bằng ngôn ngữ của mình.
topic-help-step-3 = Bạn đang gặp khủng hoảng và cần người để nói chuyện? Hãy gọi đường dây hỗ trợ khủng hoảng { -mieli }. Đường dây bằng tiếng Phần Lan hoạt động 24 giờ. Các ngôn ngữ khác có số điện thoại và giờ hoạt động riêng. Tất cả các số đều có trên trang này.
topic-help-step-4 = Trong trường hợp khẩn cấp, hãy gọi 112. Hãy gọi khi tính mạng, sức khỏe, tài sản hoặc môi trường gặp nguy hiểm.

## interpreters
topic-interpreters-title = Phiên dịch viên
topic-interpreters-summary = Phiên dịch viên chuyển lời bạn nói sang ngôn ngữ khác, và lời cán bộ nói sang ngôn ngữ của bạn. Có phiên dịch viên, bạn có thể hiểu các việc của mình và giải thích chúng rõ ràng.
topic-interpreters-step-1 = Việc này do cơ quan chức năng bắt đầu? Khi đó cơ quan sẽ sắp xếp phiên dịch viên và trả chi phí phiên dịch.
topic-interpreters-step-2 = Bạn tự bắt đầu việc này? Ví dụ, bạn đã nộp đơn xin một điều gì đó. Khi đó hãy hỏi cơ quan xem họ có sắp xếp phiên dịch viên không.
topic-interpreters-step-3 = Hãy cho họ biết ngôn ngữ của bạn khi đặt lịch. Bạn có thể yêu cầu phiên dịch viên nói phương ngữ của bạn. Bạn cũng có thể yêu cầu phiên dịch viên là nữ hoặc nam.
topic-interpreters-step-4 = Buổi đánh giá kỹ năng và nhu cầu dịch vụ của bạn được thực hiện bằng ngôn ngữ bạn hiểu. Bạn có thể có phiên dịch viên nếu cần.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Ngân hàng và { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Dịch vụ hội nhập của đô thị
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Đô thị của bạn
authority-oph = { -oph-full }
authority-lvv = { -lvv } (giấy phép trong ngành y tế và xã hội)
authority-simhe = Dịch vụ { -simhe } tại các trường đại học
authority-ngos = Các tổ chức và hội đoàn
authority-guidance = Dịch vụ hướng dẫn và tư vấn
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Số khẩn cấp
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Đường dây hỗ trợ khủng hoảng bằng tiếng Phần Lan, 24 giờ ({ -mieli })
phone-crisis-en-ar = Đường dây hỗ trợ khủng hoảng bằng tiếng Anh và tiếng Ả Rập ({ -mieli })
phone-crisis-uk = Đường dây hỗ trợ khủng hoảng bằng tiếng Ukraina ({ -mieli })
phone-crisis-ru = Đường dây hỗ trợ khủng hoảng bằng tiếng Nga ({ -mieli })
phone-crisis-sv = Đường dây hỗ trợ khủng hoảng bằng tiếng Thụy Điển ({ -mieli })
phone-nollalinja = { -nollalinja }: đường dây hỗ trợ cho bất cứ ai gặp bạo lực trong mối quan hệ thân thiết
phone-nollalinja-short = { -nollalinja }: cùng đường dây hỗ trợ, số ngắn

## Checklist
check-permit = Xin giấy phép cư trú hoặc đăng ký việc cư trú
check-register = Đăng ký tại { -dvv } và nhận mã số định danh
check-kela = Hỏi { -kela } về an sinh xã hội
check-tax-card = Lấy thẻ thuế
check-bank = Mở tài khoản ngân hàng và lấy mã ngân hàng
check-jobseeker = Đăng ký làm người tìm việc
check-health = Tìm trạm y tế của bạn
check-integration = Yêu cầu dịch vụ hội nhập
check-language = Bắt đầu học tiếng Phần Lan hoặc tiếng Thụy Điển
check-housing = Tìm nhà ở

## Official sources
topic-sources-heading = Nguồn chính thức

# Chủ sở hữu các trang chính thức, hiển thị dạng "<chủ sở hữu>: <tên trang>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu(case: "capital") }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Tên các trang chính thức: trang nói về điều gì, không kèm chủ sở hữu.
source-infofinland-registering = Đăng ký là cư dân
source-infofinland-health = Dịch vụ y tế ở Phần Lan
source-infofinland-dental = Chăm sóc răng miệng
source-infofinland-driving = Giấy phép lái xe
source-infofinland-housing = Nhà thuê
source-infofinland-daycare = Giáo dục mầm non
source-infofinland-basic-education = Giáo dục cơ bản
source-infofinland-living = Sống ở Phần Lan
source-infofinland-business = Thành lập doanh nghiệp
source-kotoutuminen-who = Ai được đánh giá
source-kotoutuminen-assessment = Đánh giá kỹ năng và nhu cầu dịch vụ
source-kotoutuminen-guidance = Hướng dẫn và tư vấn
source-kotoutuminen-training = Khóa đào tạo hội nhập
source-kotoutuminen-independent-study = Tự chọn việc học
source-kotoutuminen-benefits = Trợ cấp thất nghiệp và trợ cấp xã hội trong thời gian hội nhập
source-kotoutuminen-interpretation = Hiểu và phiên dịch
source-kotoutuminen-language-choice = Chọn tiếng Phần Lan hoặc tiếng Thụy Điển
source-kotoutuminen-families = Trẻ em, thanh thiếu niên và gia đình
source-kotoutuminen-plan = Kế hoạch hội nhập
source-migri-enter-finland = Dịch vụ trực tuyến { -enter-finland }
source-migri-extended-permit = Giấy phép gia hạn
source-migri-permanent = Giấy phép cư trú vĩnh viễn
source-intermin-permanent = Quy định mới về giấy phép cư trú vĩnh viễn (bằng tiếng Phần Lan)
source-dvv-nordic = Chuyển nhà giữa các nước Bắc Âu
source-kela-card = Thẻ { -kela }
source-kela-moving = Chuyển đến Phần Lan
source-kela-unemployment = Trợ cấp thị trường lao động
source-kela-housing = Trợ cấp nhà ở thông thường
source-kela-social-assistance = Trợ cấp sinh hoạt
source-kela-child-home-care = Trợ cấp chăm sóc con tại nhà
source-vero-tax-card = Thẻ thuế
source-vero-moving = Chuyển đến Phần Lan và thuế
source-suomifi-identification = Xác thực danh tính
source-suomifi-messages = Hộp thư { -suomi-fi }
source-tyomarkkinatori-jobseeker = Dịch vụ cho người tìm việc
source-oph-recognition = Công nhận bằng cấp
source-lvv-home = Quyền hành nghề trong ngành y tế và xã hội
source-erc-112 = Khi nào cần gọi 112
source-116117 = { -paivystysapu(case: "capital") } ở khu vực của bạn
source-mieli-emergency = Nơi nhận trợ giúp khi gặp khủng hoảng
source-nollalinja = Giúp đỡ khi gặp bạo lực trong mối quan hệ thân thiết
source-finlex-integration-act = Luật Thúc đẩy Hội nhập (bằng tiếng Phần Lan)
source-finlex-civic-orientation = Nghị định về định hướng công dân (bằng tiếng Phần Lan)
source-tem-reform = Những thay đổi dự kiến đối với dịch vụ hội nhập (bằng tiếng Phần Lan)
